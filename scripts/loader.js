// Starts the WebAssembly app of this page. Trunk's own loader would be an
// inline script, which the strict Content-Security-Policy forbids, so each
// page loads this file instead. It starts whichever app the page preloads
// (Trunk.toml: pattern_preload), so the self-check and the tools page share
// it; URLs resolve against the page, so any sub-path works.
//
// The .wasm is compiled as it streams in, starting now, while the
// JavaScript glue is still being fetched and evaluated; the glue then only
// instantiates the compiled module. (The fetch is served by the preload.)
// Streaming compilation needs the host to send the .wasm as
// application/wasm; from a host that does not, the whole file is compiled
// once it has arrived, which is slower but works.
const script = document.querySelector('link[rel="modulepreload"]');
const wasm = document.querySelector('link[rel="preload"][as="fetch"]');

// The release build's index.html holds a hidden copy of the app's own
// header and intro (scripts/prerender.mjs), in English, taken with no
// query; the same in each other language the switch offers is in a file of
// its own, named on the copy (data-intro-<code>). The copy is shown at
// once, while the WebAssembly is still arriving, made to look as the app
// will: the school's name and accent from the query (as text, never
// markup), without the facilitators' part in staff mode. Until another
// language's copy has arrived, and whenever the app may start elsewhere
// (results in the fragment, a saved draft, storage blocked) or in a
// language without a copy, only the page's frame is shown: the header,
// without the intro, and without its words when they are not in the app's
// language. The copy sits just before the mount element, which Yew empties
// when it starts. When the app has rendered there, the copy goes, in the
// same task, so no frame shows both or neither; a press on one of its
// buttons is then replayed on the app's button with the same id, and
// keyboard focus moves to the same control. Start itself, when the query
// leaves the first question as the copy has it, shows the copy's first
// question at once (see showQuestion and catchUp below).
const DRAFT_KEY = 'partnership-selfcheck:draft'; // src/browser.rs DRAFT_KEY
const LANGUAGE_KEY = 'partnership-selfcheck:language'; // src/browser.rs LANGUAGE_KEY
const mount = document.getElementById('psc-app');
const first = document.getElementById('psc-static');
const query = new URLSearchParams(location.search);

/** The language the app will open in, as far as the loader can tell. */
function language(stored) {
  // As src/core/config/language.rs: `lang`, then the person's choice, then
  // the browser's. An unknown `lang` falls through to the others, which
  // only the app can weigh, so it is taken as a language without a copy.
  // The browser's language counts by its first part ("es-MX" opens "es").
  const chosen = query.getAll('lang').pop()?.trim() ?? stored;
  return (chosen ?? (navigator.languages?.[0] ?? navigator.language ?? 'en').split('-')[0]).toLowerCase();
}

/** Whether the app will start on the intro, and in which language. */
function startsOn() {
  try {
    const draft = localStorage.getItem(DRAFT_KEY);
    return { intro: location.hash.length < 2 && draft === null, code: language(localStorage.getItem(LANGUAGE_KEY)) };
  } catch {
    // Storage is blocked: the app will say so above the intro.
    return { intro: false, code: language(null) };
  }
}

/** The school's name as src/core/config/mod.rs keeps it, or nothing. */
function schoolName() {
  let kept = null;
  for (const value of query.getAll('name')) {
    const name = value.trim().replace(/\p{Cc}/gu, '');
    if (name && [...name].length <= 80) kept = name;
  }
  return kept;
}

/** The accent as src/core/config/colour.rs makes it readable with white text. */
function accent() {
  let kept = null;
  for (const value of query.getAll('accent')) {
    const hex = value.trim().replace(/^#/, '');
    if (!/^[0-9a-f]{6}$/i.test(hex)) continue;
    let rgb = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
    const luminance = () => rgb.map((c) => (c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
      .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
    while (1.05 / (luminance() + 0.05) < 4.5) rgb = rgb.map((c) => Math.floor(c * 0.92));
    kept = `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  }
  return kept;
}

/** Makes the copy look as the app will; `words`: whether its words are in the app's language. */
function dress(intro, words) {
  const name = schoolName();
  if (name) {
    const span = document.createElement('span');
    span.className = 'psc-school-name';
    span.textContent = name;
    first.querySelector('.psc-brand')?.append(span);
  }
  first.querySelector('main').hidden = !(intro && words);
  if (!words) {
    // The frame keeps its size, and shows only the school's name. (A copy
    // in the app's language, arriving later, is new markup.)
    for (const part of first.querySelector('header').children) part.style.visibility = 'hidden';
    first.querySelector('.psc-school-name')?.style.setProperty('visibility', 'visible');
  }
  if (query.getAll('mode').map((mode) => mode.trim()).filter((mode) => /^(full|staff)$/.test(mode)).pop() === 'staff') {
    // The facilitators' part follows the intro's own buttons (src/app/steps/mod.rs).
    const actions = first.querySelector('#psc-intro-about')?.parentElement;
    while (actions?.nextElementSibling) actions.nextElementSibling.remove();
  }
  // The app's links keep the embed configuration, and open in a tab of
  // their own when the page is framed; so do the copy's.
  for (const link of first.querySelectorAll('a[href]')) {
    const [path, fragment] = link.getAttribute('href').split('#');
    link.setAttribute('href', path + location.search + (fragment === undefined ? '' : `#${fragment}`));
    if (window.top !== window) Object.assign(link, { target: '_blank', rel: 'noopener' });
  }
}

// The settings that leave the first question as the copy has it; the
// others (`order=book`, `barriers`, `notes`, `debug`) change it or the
// steps around it, and then Start waits for the app.
const QUESTION_SETTINGS = ['name', 'accent', 'lang', 'mode', 'min_team'];
const LEVELS = ['fortress', 'come_if_we_call', 'open_door', 'partnership']; // src/core/model Level::ALL

/**
 * `practices` in the order src/core/order.rs `shuffled` lists them for
 * `seed`: a Fisher–Yates walk on fastrand's WyRand with 32-bit draws
 * (Lemire's method), in BigInt arithmetic. tests/e2e/first_question.mjs
 * checks it against the core's own list and against the app.
 */
function shuffled(practices, seed) {
  const mask = (1n << 64n) - 1n;
  let state = seed;
  const next32 = () => {
    state = (state + 0x2d358dccaa6c78a5n) & mask;
    const t = state * (state ^ 0x8bb84b93962eacc9n);
    return Number((t ^ (t >> 64n)) & 0xffffffffn);
  };
  const below = (n) => {
    let product = next32() * n;
    if (product % 2 ** 32 < n) {
      const least = (2 ** 32 - n) % n;
      while (product % 2 ** 32 < least) product = next32() * n;
    }
    return Math.floor(product / 2 ** 32);
  };
  const out = [...practices];
  for (let i = 1; i < out.length; i++) {
    const j = below(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** A new assessment id, as src/browser.rs `random_id` makes one. */
function newId() {
  const bytes = globalThis.crypto?.getRandomValues
    ? crypto.getRandomValues(new Uint8Array(5))
    : Array.from({ length: 5 }, () => Math.floor(Math.random() * 256));
  return [...bytes].reduce((id, byte) => (id << 8n) | BigInt(byte), 0n);
}

/**
 * The copy's first question from `template`, its practices listed in the
 * order the app will list them for a new id, which the app takes
 * (src/browser.rs `starting_id`) once the question is shown. Made while
 * the browser is idle, so that Start has only to show it.
 */
function makeQuestion(template) {
  const main = template.content.firstElementChild.cloneNode(true);
  const id = newId();
  for (const fieldset of main.querySelectorAll('.psc-practices')) {
    const practices = [...fieldset.querySelectorAll('.psc-check')].map((check) => {
      const [, level, position] = /-([a-z_]+)-(\d+)$/.exec(check.querySelector('input').id);
      return { check, key: LEVELS.indexOf(level) * 256 + Number(position) };
    }).sort((a, b) => a.key - b.key);
    // The first area's number (1) is folded into the seed, as in the core.
    for (const { check } of shuffled(practices, id ^ (1n << 56n))) fieldset.append(check);
  }
  return { template, main, id: id.toString(16).padStart(10, '0') };
}

/**
 * Puts the question in place of the copy's intro. The app then starts in
 * the hidden mount element, and catches up with the copy before it is
 * shown.
 */
function showQuestion({ main, id }) {
  document.documentElement.setAttribute('data-psc-assessment', id);
  first.querySelector('main').replaceWith(main);
  mount.hidden = true;
  // Focus in the next frame, where the page is laid out for painting
  // anyway, rather than laying it out once more in this task.
  requestAnimationFrame(() => main.querySelector('#psc-heading')?.focus());
  return main;
}

/** The copy's selects (the language) that the person changed. */
const changed = new Set();

/** A choice made in one of the copy's selects is made in the app too. */
function carryChoices() {
  for (const select of changed) {
    const twin = mount.querySelector(`#${CSS.escape(select.id)}`);
    if (twin && twin.value !== select.value) {
      twin.value = select.value;
      twin.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }
}

/**
 * Brings the app, started on its intro in the hidden mount element, to
 * where the person is on the copy's first question: Start, then each box
 * and choice as the copy has it, then the copy goes and the app shows, in
 * one task, and a button pressed on the copy is pressed on the app.
 */
function catchUp(question, pressed) {
  const inApp = (id) => mount.querySelector(`#${CSS.escape(id)}`);
  const finish = () => {
    for (const field of question.querySelectorAll('input[id]')) {
      const twin = inApp(field.id);
      if (twin && twin.checked !== field.checked && (field.checked || field.type === 'checkbox')) twin.click();
    }
    carryChoices();
    const focused = first.contains(document.activeElement) ? document.activeElement.id : '';
    first.remove();
    mount.hidden = false;
    if (focused) document.getElementById(focused)?.focus();
    if (pressed()) document.getElementById(pressed())?.click();
  };
  new MutationObserver((_, observer) => {
    if (!mount.querySelector('.psc-area-step')) return;
    observer.disconnect();
    // A task of its own, so that the app's start and this are not one long task.
    setTimeout(finish);
  }).observe(mount, { childList: true, subtree: true });
  inApp('psc-start')?.click();
}

if (first && mount) {
  let pressed = null;
  let question = null;
  let made = null;
  const asked = [...query.keys()].every((key) => QUESTION_SETTINGS.includes(key));
  const { intro, code } = startsOn();
  const colour = accent();
  if (colour) first.style.setProperty('--psc-theme-accent', colour);
  dress(intro, code === 'en');
  const file = intro && first.getAttribute(`data-intro-${code}`);
  if (file) {
    // Another language's copy, when it arrives before the app.
    fetch(file).then((response) => (response.ok ? response.text() : null)).then((markup) => {
      if (markup && first.isConnected && !question) {
        first.innerHTML = markup;
        first.lang = code;
        dress(intro, true);
      }
    }, () => {});
  }
  first.addEventListener('click', (event) => {
    const button = event.target.closest('button[id]');
    const template = first.querySelector('template[data-psc-step]');
    if (button?.id === 'psc-start' && template && asked && !question && !pressed) {
      question = showQuestion(made?.template === template ? made : makeQuestion(template));
    } else if (button && !pressed) {
      pressed = button.id;
      first.setAttribute('aria-busy', 'true');
    }
  });
  first.addEventListener('change', (event) => { if (event.target.matches('select[id]')) changed.add(event.target); });
  first.hidden = false;
  // The question is made ahead, after the first screen has been painted.
  const ahead = () => {
    const template = first.querySelector('template[data-psc-step]');
    if (template && asked && !question) made = makeQuestion(template);
  };
  requestAnimationFrame(() => setTimeout(ahead));
  // Mutation observers report before the next frame is painted.
  new MutationObserver((_, observer) => {
    if (!mount.firstElementChild) return;
    observer.disconnect();
    if (question) {
      // A task of its own, after the app's first render.
      setTimeout(() => catchUp(question, () => pressed));
      return;
    }
    carryChoices();
    const focused = first.contains(document.activeElement) ? document.activeElement.id : '';
    first.remove();
    if (pressed) document.getElementById(pressed)?.click();
    else if (focused) document.getElementById(focused)?.focus();
  }).observe(mount, { childList: true });
}

function failed(error) {
  console.error('Partnership Self-Check could not start:', error);
  // No button that does nothing is left on the page.
  if (first) first.hidden = true;
  const message = document.getElementById('psc-load-failed');
  if (message) message.hidden = false;
}

if (script && wasm) {
  const compiled = fetch(wasm.href).then((response) => {
    if (!response.ok) throw new Error(`${wasm.href} answered ${response.status}`);
    const type = (response.headers.get('Content-Type') || '').split(';')[0].trim().toLowerCase();
    return type === 'application/wasm'
      ? WebAssembly.compileStreaming(response)
      : response.arrayBuffer().then((bytes) => WebAssembly.compile(bytes));
  });
  import(script.href)
    .then(({ default: init }) => init({ module_or_path: compiled }))
    .catch(failed);
} else {
  failed('the page names no app to load.');
}
