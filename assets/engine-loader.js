// Starts NotaWijzer's engine (src/bin/notawijzer-engine.rs) in its web worker. The page compiles
// the engine's WebAssembly while this script loads and sends the module as a message (assets/boot.js;
// null when it could not, and this worker fetches it itself). The page may post its requests before
// the engine is ready: they wait here and are handed over once it is. A module that fails to load
// raises an error the page shows (never a silent wait).
importScripts('./notawijzer-engine.js');
const early = [];
let started = false;
self.onmessage = (event) => {
  const module = event.data;
  if (started || !(module === null || module instanceof WebAssembly.Module)) {
    early.push(event);
    return;
  }
  started = true;
  wasm_bindgen({ module_or_path: module ?? './notawijzer-engine_bg.wasm' }).then(
    () => early.forEach((e) => self.onmessage(e)),
    (error) => setTimeout(() => { throw error; }),
  );
};
