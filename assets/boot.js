// NotaWijzer's loader.
//
// An external module, because the Content-Security-Policy allows no inline script
// (script-src 'self' 'wasm-unsafe-eval'). Trunk writes the <script> tag that loads this file
// (Trunk.toml, pattern_script) with the hashed names of the wasm-bindgen glue and the WebAssembly.
// It imports nothing: on a phone every module the page waits for is a round trip (562 ms on
// Lighthouse's slow 4G), so the loading indicator and the PDF and picture loader are here.

const tag = document.querySelector('script[data-wasm]');
const byId = (id) => document.getElementById(id);
// The loading indicator while the WebAssembly downloads (the app replaces the whole loading block
// when it starts).
const hooks = {
  onProgress({ current, total }) {
    const bar = byId('loading-progress');
    if (bar && total) {
      bar.max = total;
      bar.value = current;
    }
  },
  onFailure(error) {
    const text = byId('loading-text');
    if (text) {
      text.textContent =
        'NotaWijzer kon niet laden. Laad de pagina opnieuw. / NotaWijzer could not load. Please reload the page.';
    }
    console.error('NotaWijzer could not start:', error);
  },
};

// Opening a PDF or a picture (src/shell/pdf.rs): NotaWijzer's reader, picture-text.js next to
// index.html, imported only when a patient opens one. `nwRead` always resolves ("!Unavailable"
// when the reader did not load); `nwStrip` draws the strip of the last picture a line came from,
// `nwForget` forgets that picture.
// A PDF's modules and pdf.js's worker are asked for at once, side by side (one after another, each
// import waits a round trip for the one before).
let reader;
const at = (path) => new URL(path, document.baseURI).href;
globalThis.nwRead = (bytes, type, onStep) => {
  if (type === 'application/pdf') {
    globalThis.nwPdfWorker ??= new Worker(at('pdfjs/pdf.worker.min.mjs'), { type: 'module' });
    ['pdf-text.js', 'pdfjs/pdf.min.mjs'].forEach((m) => import(at(m)).catch(() => {}));
  }
  return import(at('picture-text.js')).then((r) => (reader = r).read(bytes, type, onStep), () => '!Unavailable');
};
globalThis.nwStrip = (...box) => (reader ? reader.strip(...box) : '');
globalThis.nwForget = () => reader && reader.forget();

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

// The engine (src/bin/notawijzer-engine.rs, in a worker): its download starts the moment the page's
// own WebAssembly is in (it then takes no bandwidth from the first paint), side by side with the
// worker's scripts, and the page compiles it while it streams in; the worker gets the compiled
// module as its first message (assets/engine-loader.js). The page takes that worker when it first
// asks for the engine (`nwWorker`, src/shell/engine.rs); a worker started again after a failure
// gets the same module, or fetches the engine itself when it did not compile here.
let engine;
let early;
const spawn = () => {
  const worker = new Worker('engine-loader.js');
  // a worker that failed before the page took it is not given to the page (its error was said to
  // no one): the page gets a new one, whose failure it hears
  worker.addEventListener('error', () => { worker.failed = true; });
  engine.then((module) => worker.postMessage(module)).catch(() => worker.postMessage(null));
  return worker;
};
const warm = () => {
  if (!engine) {
    engine = WebAssembly.compileStreaming(fetch('notawijzer-engine_bg.wasm'));
    engine.then(keep, keep);
  }
  early ??= spawn();
};
// The service worker (keep.js registers it): after the engine is in, so that the engine's first
// download is not shared with the worker's, and not in the first paint's download.
const keep = () => import(at('keep.js')).catch(() => {});

globalThis.nwWorker = () => {
  warm();
  const worker = early && !early.failed ? early : spawn();
  early = null;
  return worker;
};

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
        hooks.onProgress({ current: total, total });
        controller.close();
        warm();
        return;
      }
      current += value.byteLength;
      hooks.onProgress({ current: Math.min(current, total), total });
      controller.enqueue(value);
    },
  });
  return new Response(stream, { headers: response.headers, status: response.status, statusText: response.statusText });
}

try {
  const { default: init } = await import(tag.dataset.js);
  // the very request of the head's preload (Trunk.toml), so that every engine uses that download
  const response = await fetch(tag.dataset.wasm, { mode: 'no-cors', credentials: 'include' });
  if (!response.ok) {
    throw new Error(`${tag.dataset.wasm}: HTTP ${response.status}`);
  }
  await init({ module_or_path: withProgress(response) });
  warm();
} catch (error) {
  hooks.onFailure(error);
}
