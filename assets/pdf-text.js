// NotaWijzer's PDF extraction, loaded only when a patient opens a PDF (the loader's nwRead imports picture-text.js, which imports it; it is
// never part of the first paint). pdf.js (pdfjs-dist, Apache-2.0, self-hosted in pdfjs/) parses the
// file in its own worker; this keeps text only: no script, no eval, no fonts, no images.
//
// readPdf(bytes, onPage) resolves with JSON: per page [rotate, x0, y0, x1, y1, runs], each run
// [text, a, b, c, d, e, f, width, height] in PDF user space; src/read/pdf.rs rebuilds the lines. It
// rejects with an Error whose name says what went wrong: "PasswordException", "InvalidPDFException",
// or another pdf.js name for a damaged file.
import * as pdfjs from './pdfjs/pdf.min.mjs';

// pdf.js's worker: the one the loader started when the PDF was chosen (its download then ran beside
// this module's and pdf.js's own), else one pdf.js starts itself
if (globalThis.nwPdfWorker) pdfjs.GlobalWorkerOptions.workerPort = globalThis.nwPdfWorker;
else pdfjs.GlobalWorkerOptions.workerSrc = new URL('./pdfjs/pdf.worker.min.mjs', import.meta.url).href;

// Opens the document and hands each page to `each(page, n, pages)`, collecting what it returns;
// the document is always destroyed after. `images` lets pdf.js decode images (a scan is drawn):
// text needs no image decoders. Rejects with an Error named as readPdf's are.
async function eachPage(bytes, images, each) {
  const task = pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false, // CVE-2024-4367: never compile font code
    enableXfa: false,
    disableFontFace: true, // text only: no fonts are loaded into the page
    useSystemFonts: false,
    disableAutoFetch: true,
    disableStream: true,
    stopAtErrors: false,
    ...(images ? {} : { useWasm: false }), // the image decoders: text needs none
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    throw named(error);
  }
  try {
    const out = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      out.push(await each(page, n, doc.numPages));
      page.cleanup();
    }
    return out;
  } catch (error) {
    throw named(error);
  } finally {
    await task.destroy();
  }
}

export async function readPdf(bytes, onPage) {
  const pages = await eachPage(bytes, false, async (page, n, of) => {
    onPage(n, of);
    const content = await page.getTextContent();
    const runs = content.items
      .filter((item) => typeof item.str === 'string' && item.str.length > 0)
      .map((item) => [item.str, ...item.transform, item.width, item.height]);
    return [page.rotate, ...page.view, runs];
  });
  return JSON.stringify(pages);
}

function named(error) {
  const out = new Error(String(error?.message ?? error));
  out.name = /password/i.test(`${error?.name} ${error?.message}`) ? 'PasswordException' : String(error?.name ?? 'Error');
  return out;
}

// The pages of a PDF drawn as pictures at `dpi` (a scan: a PDF with no text, only images), for
// picture-text.js to recognise. Rejects with an Error named as readPdf's are.
export function renderPages(bytes, dpi, onPage) {
  return eachPage(bytes, true, async (page, n, of) => {
    onPage(n, of);
    const viewport = page.getViewport({ scale: dpi / 72 });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(viewport.width);
    canvas.height = Math.round(viewport.height);
    const canvasContext = canvas.getContext('2d');
    canvasContext.fillStyle = '#fff';
    canvasContext.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvas, canvasContext, viewport, annotationMode: pdfjs.AnnotationMode.DISABLE }).promise;
    return createImageBitmap(canvas);
  });
}
