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
// intro (scripts/prerender.mjs). It is shown at once, while the WebAssembly
// is still arriving, but only when the app is certain to start on that very
// screen: no results in the fragment, no saved draft or language choice, a
// browser that prefers English, and no name, colour, language, staff mode
// or debug notice in the query that would change its look. The copy sits just
// before the mount element, which Yew empties when it starts. When the app
// has rendered there, the copy goes, in the same task, so no frame shows
// both or neither; a press on one of its buttons is then replayed on the
// app's button with the same id, and keyboard focus moves to the same
// control.
const DRAFT_KEY = 'partnership-selfcheck:draft'; // src/browser.rs DRAFT_KEY
const mount = document.getElementById('psc-app');
const first = document.getElementById('psc-static');

const LANGUAGE_KEY = 'partnership-selfcheck:language'; // src/browser.rs LANGUAGE_KEY

function appStartsOnIntro() {
  if (location.hash.length > 1) return false;
  const query = new URLSearchParams(location.search);
  if (['name', 'accent', 'lang', 'mode', 'debug'].some((key) => query.has(key))) return false;
  // The copy is in English: a browser that prefers another language may
  // open the app in it (src/core/config/language.rs), so the copy waits.
  if (!/^en\b/i.test(navigator.languages?.[0] ?? navigator.language ?? 'en')) return false;
  try {
    return localStorage.getItem(DRAFT_KEY) === null && localStorage.getItem(LANGUAGE_KEY) === null;
  } catch {
    // Storage is blocked: the app will say so above the intro.
    return false;
  }
}

if (first && mount) {
  let pressed = null;
  if (appStartsOnIntro()) {
    // The app's links keep the embed configuration; so do the copy's.
    if (location.search) for (const link of first.querySelectorAll('a[href]')) link.search = location.search;
    first.addEventListener('click', (event) => {
      const button = event.target.closest('button[id]');
      if (button && !pressed) {
        pressed = button.id;
        first.setAttribute('aria-busy', 'true');
      }
    });
    first.hidden = false;
  }
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
