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
// keyboard focus moves to the same control.
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

if (first && mount) {
  let pressed = null;
  const { intro, code } = startsOn();
  const colour = accent();
  if (colour) first.style.setProperty('--psc-theme-accent', colour);
  dress(intro, code === 'en');
  const file = intro && first.getAttribute(`data-intro-${code}`);
  if (file) {
    // Another language's copy, when it arrives before the app.
    fetch(file).then((response) => (response.ok ? response.text() : null)).then((markup) => {
      if (markup && first.isConnected) {
        first.innerHTML = markup;
        first.lang = code;
        dress(intro, true);
      }
    }, () => {});
  }
  first.addEventListener('click', (event) => {
    const button = event.target.closest('button[id]');
    if (button && !pressed) {
      pressed = button.id;
      first.setAttribute('aria-busy', 'true');
    }
  });
  first.hidden = false;
  // Mutation observers report before the next frame is painted.
  new MutationObserver((_, observer) => {
    if (!mount.firstElementChild) return;
    observer.disconnect();
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
