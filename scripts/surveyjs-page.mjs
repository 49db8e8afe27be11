// The comparison page of `make bench`: SurveyJS (npm survey-core and
// survey-js-ui 2.5.38, installed into .tools/ by scripts/setup.sh) with 30
// questions, each a choice of four like a rubric row, written into a folder
// of its own so that the benchmark serves it exactly as it serves dist/
// (brotli, cold cache). Its scripts and styles are the packages' own
// minified files; the page's own script only describes the questions and
// renders them, as a site embedding SurveyJS would.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MODULES = join(REPO, '.tools', 'node_modules');
const FILES = [
  ['survey-core', 'survey.core.min.js'],
  ['survey-core', 'survey-core.min.css'],
  ['survey-js-ui', 'survey-js-ui.min.js'],
];

/** The id of the first question's title, which the benchmark waits for. */
export const FIRST_QUESTION = '.sd-question__title';

/** Writes the SurveyJS page into `dir`; throws when the packages are missing. */
export async function writeSurveyJsPage(dir) {
  for (const [pkg, file] of FILES) {
    if (!existsSync(join(MODULES, pkg, file))) throw new Error(`${pkg}/${file} is missing: run scripts/setup.sh`);
  }
  await mkdir(dir, { recursive: true });
  await Promise.all(FILES.map(([pkg, file]) => copyFile(join(MODULES, pkg, file), join(dir, file))));
  const elements = Array.from({ length: 30 }, (_, i) => ({
    type: 'radiogroup',
    name: `q${i + 1}`,
    title: `Question ${i + 1}: which of these describes the school best?`,
    choices: ['Fortress', 'Come-if-we-call', 'Open-Door', 'Partnership'],
  }));
  const survey = { pages: [0, 1, 2, 3, 4].map((p) => ({ name: `p${p + 1}`, elements: elements.slice(p * 6, p * 6 + 6) })) };
  await writeFile(join(dir, 'survey.js'), `const model = new Survey.Model(${JSON.stringify(survey)});
document.addEventListener('DOMContentLoaded', () => model.render(document.getElementById('survey')));
`);
  await writeFile(join(dir, 'index.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>SurveyJS, 30 questions</title>
<link rel="stylesheet" href="survey-core.min.css">
<script src="survey.core.min.js"></script>
<script src="survey-js-ui.min.js"></script>
<script src="survey.js"></script>
</head><body><div id="survey"></div></body></html>
`);
  return dir;
}
