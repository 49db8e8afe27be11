// Starts the WebAssembly app. Trunk's own loader would be an inline script,
// which the strict Content-Security-Policy forbids, so index.html loads this
// file instead. Both names are stable (Trunk.toml: filehash = false) and are
// resolved against this file's URL, so the app works under any sub-path.
import init from './partnership-selfcheck.js';

init({ module_or_path: new URL('partnership-selfcheck_bg.wasm', import.meta.url) }).catch((error) => {
  console.error('Partnership Self-Check could not start:', error);
});
