// NotaWijzer's loader.
//
// An external module, because the Content-Security-Policy allows no inline script
// (script-src 'self' 'wasm-unsafe-eval'). Trunk writes the <script> tag that loads this file
// (Trunk.toml, pattern_script) with the hashed names of the wasm-bindgen glue and the WebAssembly.
// Progress goes to the initializer (initializer.js), which has the interface of Trunk's
// data-initializer: onStart, onProgress({current, total}), onComplete, onSuccess, onFailure.
import initializer from './initializer.js';

const tag = document.querySelector('script[data-wasm]');
const hooks = initializer();

// Another language than Dutch: its words (messages/app.<lang>.txt for the page, messages/<lang>.txt
// for the engine; scripts/messages.sh writes them) are fetched beside the WebAssembly, which waits
// for them before the page first shows (src/shell/messages.rs). `nwTexts(code)`: the promise of
// `[the page's table, the engine's message]`, fetched once; rejected when they did not come (then
// the next call fetches them again). The engine's message is `[code, the page's table, U+001D, the
// engine's]`: its views use the page's words too (src/bin/notawijzer-engine.rs).
const texts = {};
globalThis.nwTexts = (code) => (texts[code] ??= Promise.all(
  [`messages/app.${code}.txt`, `messages/${code}.txt`].map((url) =>
    fetch(url).then((r) => (r.ok ? r.text() : Promise.reject(new Error(url))))),
).then(([page, engine]) => [page, [code, `${page}\x1d${engine}`]], (error) => { delete texts[code]; throw error; }));
// the languages besides Dutch (src/words/lang.rs); a failure is the page's to say, not the console's
const lang = new URLSearchParams(location.search).get('lang')?.toLowerCase();
if (['en', 'tr', 'ar', 'pl', 'uk'].includes(lang)) globalThis.nwTexts(lang).catch(() => {});

function withProgress(response) {
  const total = Number(response.headers.get('content-length')) || 0;
  if (!response.body || !total) {
    return response;
  }
  const reader = response.body.getReader();
  let current = 0;
  const stream = new ReadableStream({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) {
        hooks.onProgress?.({ current: total, total });
        controller.close();
        return;
      }
      current += value.byteLength;
      hooks.onProgress?.({ current: Math.min(current, total), total });
      controller.enqueue(value);
    },
  });
  return new Response(stream, { headers: response.headers, status: response.status, statusText: response.statusText });
}

hooks.onStart?.();
try {
  const { default: init } = await import(tag.dataset.js);
  const response = await fetch(tag.dataset.wasm, { credentials: 'same-origin' });
  if (!response.ok) {
    throw new Error(`${tag.dataset.wasm}: HTTP ${response.status}`);
  }
  const wasm = await init({ module_or_path: withProgress(response) });
  hooks.onComplete?.();
  hooks.onSuccess?.(wasm);
} catch (error) {
  hooks.onComplete?.();
  hooks.onFailure?.(error);
}
