// NotaWijzer's picture reading, loaded only when a patient opens a photo or a scanned PDF
// (the loader's nwRead imports it; it is never part of the first paint). Everything runs on the device:
// the picture is turned upright (EXIF) and scaled down here, prepared in picture-prep.js (a
// worker: page found, grey, light evened out, straightened), and its words recognised by
// Tesseract (tesseract.js, Apache-2.0, with its core and the Dutch and English models, all
// self-hosted in tesseract/) in Tesseract's own worker. The words with their boxes go back to
// the engine, which rebuilds the lines (src/read/picture.rs).
//
// read(bytes, type, onStep) is what the page calls (the loader's nwRead, assets/boot.js): a PDF's text runs with pdf.js
// (pdf-text.js), as "P" and their JSON; a picture's words, or those of a PDF without text (a
// scan), as "W" and their JSON; or "!" and what went wrong. onStep("pdf", 0, page, pages) is
// told each page of a PDF.
//
// readPicture(bytes, type, onStep) and readScan(bytes, onStep) resolve with JSON:
//   { pages: [{ width, height, light, sharp, angle, turned, words: [[text, confidence, x0, y0, x1,
//     y1, baseline, size], …] }, …] }
// or with "!" and what went wrong: "!Unreadable" (not a picture the browser can decode),
// "!Unavailable" (the recogniser did not load). onStep(step, done, of) is told "prepare",
// "load" (done %), "recognise" (done %), with the page and the number of pages for a scan.
// strip(page, x0, y0, x1, y1) gives the part of the last picture a line was read from, as a
// data: URL (the page's CSP allows images from data: and 'self' only).

const LONG_SIDE = 3000; // px: a 12-megapixel photo (4032 × 3024) is scaled to this first
const MIN_LONG_SIDE = 1400; // smaller pictures are enlarged to this: Tesseract wants letters of 20 px
// The Dutch model first (3 MB); the English one (another 3 MB, 16 s on a slow phone network) only
// when what was read is an English nota: then every page is read again with both, as all pictures
// were before (tests/fixtures/picture: the English photo reads as it did).
const DUTCH = 'nld';
const BOTH = 'nld+eng';
const ENGLISH = /\b(invoice|total|amount|description|session|client|date of birth)\b/gi;
const NOT_ENGLISH = /\b(factuur|nota|notanummer|totaal|bedrag|omschrijving|datum|behandeling|consult)\b/gi;
const english = (pages) => {
  const text = pages.flatMap((p) => p.words.map((w) => w[0])).join(' ');
  return (text.match(ENGLISH) ?? []).length > (text.match(NOT_ENGLISH) ?? []).length;
};

// keep spaces between words as Tesseract saw them; one page, any layout
const PARAMETERS = { preserve_interword_spaces: '1', user_defined_dpi: '300' };

let recogniser = null; // Tesseract's worker, kept for the next picture
let langs = DUTCH; // the models it has
let pages = []; // the prepared pages of the last picture, for the strips
let report = () => {};

const here = (path) => new URL(path, import.meta.url).href;

// wasm-feature-detect's SIMD probe (a function using v128): which Tesseract core to load
const SIMD = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11]);

async function tesseract() {
  if (recogniser) return recogniser;
  const { default: Tesseract } = await import('./tesseract/tesseract.esm.min.js');
  const core = WebAssembly.validate(SIMD) ? 'tesseract-core-simd-lstm.js' : 'tesseract-core-lstm.js';
  recogniser = await Tesseract.createWorker(langs, Tesseract.OEM.LSTM_ONLY, {
    workerPath: here('./tesseract/worker.min.js'),
    corePath: here(`./tesseract/${core}`),
    langPath: here('./tesseract'),
    workerBlobURL: false, // the CSP allows workers from 'self' only, not from blob:
    cacheMethod: 'none', // nothing is stored on the device; the browser's cache keeps the files
    gzip: true,
    logger: (m) => {
      if (m.status === 'recognizing text') report('recognise', Math.round(m.progress * 100));
      else if (/^loading/.test(m.status)) report('load', Math.round(m.progress * 100));
    },
  });
  // keep spaces between words as Tesseract saw them; one page, any layout
  await recogniser.setParameters(PARAMETERS);
  return recogniser;
}

function prepare(bitmap) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(here('./picture-prep.js'));
    worker.onmessage = ({ data }) => {
      worker.terminate();
      if (data.error) reject(new Error(data.error));
      else resolve(data);
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message));
    };
    worker.postMessage({ bitmap }, [bitmap]);
  });
}

// A picture's pixels upright (EXIF), at most LONG_SIDE on the long side.
async function upright(blob) {
  const full = await createImageBitmap(blob, { imageOrientation: 'from-image' });
  const long = Math.max(full.width, full.height);
  const scale = long > LONG_SIDE ? LONG_SIDE / long : long < MIN_LONG_SIDE ? MIN_LONG_SIDE / long : 1;
  if (scale === 1) return full;
  const width = Math.round(full.width * scale);
  const height = Math.round(full.height * scale);
  const canvas = new OffscreenCanvas(width, height);
  const g = canvas.getContext('2d');
  g.imageSmoothingQuality = 'high';
  g.drawImage(full, 0, 0, width, height);
  full.close();
  return canvas.transferToImageBitmap();
}

// Portable greymap: what Tesseract's Leptonica reads without decoding anything.
function pgm(width, height, grey) {
  const head = new TextEncoder().encode(`P5\n${width} ${height}\n255\n`);
  const out = new Uint8Array(head.length + grey.length);
  out.set(head);
  out.set(grey, head.length);
  return out;
}

// Every word with its box, and its line's baseline and height: the baseline is where most of the
// line's letters and digits stand (the median of their bottoms), so a hyphen or a comma, which
// stands higher or lower, is not taken for another line.
function words(blocks) {
  const out = [];
  for (const block of blocks ?? []) {
    for (const para of block.paragraphs ?? []) {
      for (const line of para.lines ?? []) {
        const ws = (line.words ?? []).filter((w) => String(w.text ?? '').trim());
        const bottoms = ws.filter((w) => /[\p{L}\p{N}]/u.test(w.text)).map((w) => w.bbox.y1).sort((a, b) => a - b);
        const base = bottoms.length ? bottoms[bottoms.length >> 1] : line.bbox.y1;
        const size = line.rowAttributes?.row_height || line.bbox.y1 - line.bbox.y0;
        for (const w of ws) {
          out.push([w.text.trim(), Math.round(w.confidence), w.bbox.x0, w.bbox.y0, w.bbox.x1, w.bbox.y1, base, Math.round(size)]);
        }
      }
    }
  }
  return out;
}

const meanConfidence = (ws) => {
  const letters = ws.reduce((n, w) => n + w[0].length, 0);
  return letters ? ws.reduce((s, w) => s + w[1] * w[0].length, 0) / letters : 0;
};

// One prepared page read; read again upside down when it reads badly (a phone held upside down).
async function recognise(prep) {
  const r = await tesseract();
  const grey = new Uint8Array(prep.grey);
  const read = async () => words((await r.recognize(pgm(prep.width, prep.height, grey), {}, { blocks: true })).data.blocks);
  let found = await read();
  let turned = false;
  if (meanConfidence(found) < 70 && prep.sharp >= 8) {
    grey.reverse(); // the page turned 180°: the pixels in reverse order
    const again = await read();
    if (meanConfidence(again) > meanConfidence(found) + 5) {
      found = again;
      turned = true;
    } else {
      grey.reverse();
    }
  }
  return { width: prep.width, height: prep.height, light: prep.light, sharp: prep.sharp, angle: prep.angle, turned, words: found };
}

async function readPages(bitmaps, onStep) {
  report = (step, done) => onStep(step, done, read.length + 1, bitmaps.length);
  let read = [];
  forget();
  const preps = [];
  for (const bitmap of bitmaps) {
    onStep('prepare', 0, read.length + 1, bitmaps.length);
    const prep = await prepare(bitmap);
    const page = await recognise(prep);
    preps.push(prep);
    pages.push({ bitmap: prep.page, turned: page.turned });
    read.push(page);
  }
  if (langs === DUTCH && english(read)) {
    // an English nota: the English model too, and every page read again
    langs = BOTH;
    const r = await tesseract();
    await r.reinitialize(BOTH, 1); // OEM.LSTM_ONLY
    await r.setParameters(PARAMETERS);
    read = [];
    pages = [];
    for (const prep of preps) {
      const page = await recognise(prep);
      pages.push({ bitmap: prep.page, turned: page.turned });
      read.push(page);
    }
  }
  return JSON.stringify({ pages: read });
}

export async function read(bytes, type, onStep) {
  const words = (json) => (json.startsWith('!') ? json : `W${json}`);
  if (type !== 'application/pdf') return words(await readPicture(bytes, type, onStep));
  let readPdf;
  try {
    ({ readPdf } = await import('./pdf-text.js'));
  } catch {
    return '!Unavailable';
  }
  let runs;
  try {
    // a copy: pdf.js hands its data to its worker, and the bytes are needed again for a scan
    runs = await readPdf(bytes.slice(), (n, of) => onStep('pdf', 0, n, of));
  } catch (error) {
    return `!${error?.name}`;
  }
  // a page [rotate, x0, y0, x1, y1, runs] with a run [text, …] that is not blank
  const text = JSON.parse(runs).some((page) => page[5].some((run) => String(run[0]).trim()));
  return text ? `P${runs}` : words(await readScan(bytes, onStep));
}

export async function readPicture(bytes, type, onStep) {
  let bitmap;
  try {
    bitmap = await upright(new Blob([bytes], { type }));
  } catch {
    return '!Unreadable';
  }
  try {
    return await readPages([bitmap], onStep);
  } catch {
    return '!Unavailable';
  }
}

// A PDF without text: each page drawn at 200 dpi by pdf.js (pdf-text.js), then read as a picture.
export async function readScan(bytes, onStep) {
  let bitmaps;
  try {
    const { renderPages } = await import('./pdf-text.js');
    bitmaps = await renderPages(bytes, 200, (n, of) => onStep('prepare', 0, n, of));
  } catch (error) {
    return `!${error?.name ?? 'Unavailable'}`;
  }
  try {
    return await readPages(bitmaps, onStep);
  } catch {
    return '!Unavailable';
  }
}

const strips = new Map(); // each strip is drawn once: the views render it again and again

export function strip(...box) {
  const key = box.join(' ');
  if (!strips.has(key)) strips.set(key, drawStrip(...box));
  return strips.get(key);
}

function drawStrip(n, x0, y0, x1, y1) {
  const page = pages[n];
  if (!page) return '';
  const { bitmap, turned } = page;
  const pad = Math.round(Math.min(y1 - y0, 60) * 0.15);
  let [sx0, sy0, sx1, sy1] = [x0 - pad, y0 - pad, x1 + pad, y1 + pad].map(Math.round);
  if (turned) [sx0, sy0, sx1, sy1] = [bitmap.width - sx1, bitmap.height - sy1, bitmap.width - sx0, bitmap.height - sy0];
  sx0 = Math.max(0, sx0);
  sy0 = Math.max(0, sy0);
  sx1 = Math.min(bitmap.width, sx1);
  sy1 = Math.min(bitmap.height, sy1);
  if (sx1 <= sx0 || sy1 <= sy0) return '';
  const scale = Math.min(1, 1200 / (sx1 - sx0), 64 / (sy1 - sy0));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round((sx1 - sx0) * scale));
  canvas.height = Math.max(1, Math.round((sy1 - sy0) * scale));
  const g = canvas.getContext('2d');
  if (turned) {
    g.translate(canvas.width, canvas.height);
    g.rotate(Math.PI);
  }
  g.imageSmoothingQuality = 'high';
  g.drawImage(bitmap, sx0, sy0, sx1 - sx0, sy1 - sy0, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/png');
}

// The last picture forgotten ("Begin opnieuw", or another nota opened).
export function forget() {
  for (const page of pages) page.bitmap.close();
  pages = [];
  strips.clear();
}
