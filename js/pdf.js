export const readPdf = (b, p) => import(new URL('pdf-text.js', document.baseURI).href).then((m) => m.readPdf(b, p).catch((e) => `!${e?.name}`), () => '!Unavailable');
