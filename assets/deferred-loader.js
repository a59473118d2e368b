// Starts NotaWijzer's deferred module (src/bin/notawijzer-deferred.rs) in its web worker. The app
// may post its request before the WebAssembly is ready: such messages wait here and are handed
// over once it is. A module that fails to load raises an error the app shows (never a silent wait).
importScripts('./notawijzer-deferred.js');
const early = [];
self.onmessage = (event) => early.push(event);
wasm_bindgen({ module_or_path: './notawijzer-deferred_bg.wasm' }).then(
  () => early.forEach((event) => self.onmessage(event)),
  (error) => setTimeout(() => { throw error; }),
);
