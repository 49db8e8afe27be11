// The baseline page of `make bench`: nothing but a module script that adds
// one button (id psc-start) whose press adds a heading (class question).
// Measured like the widget, it shows what the machine, the browser and the
// harness cost before any of the widget's bytes or work.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Writes the baseline page into `dir` (index.html and start.js). */
export async function writeBaselinePage(dir) {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Baseline</title>'
    + '<link rel="icon" href="data:,"><script type="module" src="start.js"></script></head><body></body></html>\n');
  await writeFile(join(dir, 'start.js'), "const b = document.createElement('button');\nb.id = 'psc-start';\nb.textContent = 'Start';\n"
    + "b.onclick = () => { const h = document.createElement('h2'); h.className = 'question'; h.textContent = 'Question 1'; document.body.append(h); };\n"
    + 'document.body.append(b);\n');
  return dir;
}
