// Starts NotaWijzer's engine (src/bin/notawijzer-engine.rs) in its web worker. The page
// may post its request before the WebAssembly is ready: such messages wait here and are handed
// over once it is. A module that fails to load raises an error the page shows (never a silent wait).
importScripts('./notawijzer-engine.js');
const early = [];
self.onmessage = (event) => early.push(event);
wasm_bindgen({ module_or_path: './notawijzer-engine_bg.wasm' }).then(
  () => early.forEach((event) => self.onmessage(event)),
  (error) => setTimeout(() => { throw error; }),
);
