// The only piece of PDF reading in the first-paint download: it imports NotaWijzer's extractor
// (pdf-text.js, next to index.html) when a patient opens a PDF, and pdf.js with it.
export function readPdf(bytes, onPage) {
  return import(new URL('pdf-text.js', document.baseURI).href).then((m) => m.readPdf(bytes, onPage));
}
