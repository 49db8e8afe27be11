// Starts the WebAssembly app of this page. Trunk's own loader would be an
// inline script, which the strict Content-Security-Policy forbids, so each
// page loads this file instead. It starts whichever app the page preloads
// (Trunk.toml: pattern_preload), so the self-check and the tools page share
// it; URLs resolve against the page, so any sub-path works.
const script = document.querySelector('link[rel="modulepreload"]');
const wasm = document.querySelector('link[rel="preload"][as="fetch"]');
if (script && wasm) {
  import(script.href)
    .then(({ default: init }) => init({ module_or_path: wasm.href }))
    .catch((error) => console.error('Partnership Self-Check could not start:', error));
} else {
  console.error('Partnership Self-Check could not start: the page names no app to load.');
}
