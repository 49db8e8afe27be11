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
    .catch((error) => console.error('Partnership Self-Check could not start:', error));
} else {
  console.error('Partnership Self-Check could not start: the page names no app to load.');
}
