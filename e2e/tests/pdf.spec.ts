// A patient opens the PDF they received: chosen or dropped, read in the browser (pdf.js, loaded
// only now, from NotaWijzer's own origin), with the same figures as the text the PDF was made of.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, expect, test, type NotaWijzerPage } from '../fixtures/notawijzer-page';
import type { Page } from '@playwright/test';

const PDFS = join(FIXTURES, 'pdf');
const pdf = (name: string) => join(PDFS, name);

// Each fixture PDF with what the text fixture it was made from shows.
const READABLE = [
  { file: 'noorderlicht-chromium.pdf', pages: 1, total: '€ 377,58', zvt: '2 · Psychische aandoening licht, grotere zorgbehoefte' },
  { file: 'praktijk-reportlab.pdf', pages: 1, total: '€ 639,97', zvt: '3 · Psychische aandoening matig' },
  { file: 'praktijk-rotated.pdf', pages: 1, total: '€ 639,97', zvt: '3 · Psychische aandoening matig' },
  { file: 'export-two-pages.pdf', pages: 2, total: '€ 681,08', zvt: '4 · Psychische aandoening ernstig' },
  { file: 'henk-chromium.pdf', pages: 1, total: '€ 1.300,00', cumulative: '€ 8.700,00' },
] as const;

/** The time from choosing a file to its total on screen: the first PDF in a tab (pdf.js and the
 * deferred module loaded on the way) and the next one, written for the README's table. */
function noteTiming(file: string, cold: number, warm: number) {
  const dir = join(FIXTURES, '..', '..', 'e2e', 'test-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `pdf-timing-${file}.json`), JSON.stringify({ file, cold, warm }));
}

async function drop(page: Page, file: string) {
  const bytes = [...readFileSync(pdf(file))];
  const transfer = await page.evaluateHandle(([data, name]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(data as number[])], name as string, { type: 'application/pdf' }));
    return dt;
  }, [bytes, file] as const);
  await page.locator('footer').dispatchEvent('dragover', { dataTransfer: transfer });
  await page.locator('footer').dispatchEvent('drop', { dataTransfer: transfer });
}

function sameOrigin(app: NotaWijzerPage, page: Page) {
  const origin = new URL(page.url()).origin;
  expect(app.requests.filter((u) => !u.startsWith(origin))).toEqual([]);
  expect(app.sending).toEqual([]);
}

for (const c of READABLE) {
  test(`PDF chosen and dropped: ${c.file}`, async ({ app, page }) => {
    await app.open();
    const before = app.requests.length;
    // at first paint only the one-line loader (js/pdf.js); no extractor, no pdf.js
    expect(app.requests.filter((u) => /pdfjs\/|pdf-text\.js/.test(u)), 'no PDF reader at first paint').toEqual([]);
    const started = Date.now();
    await app.upload(pdf(c.file));
    await expect(page.getByTestId('month-total')).toHaveText(c.total);
    const cold = Date.now() - started;
    await expect(page.getByTestId('read-errors')).toHaveCount(0);
    if ('zvt' in c) await expect(page.getByTestId('zorgvraagtype')).toHaveText(c.zvt);
    if ('cumulative' in c) await expect(page.getByTestId('cumulative')).toHaveText(c.cumulative);
    // pdf.js came from this origin, only now
    const later = app.requests.slice(before);
    expect(later.some((u) => u.endsWith('/pdfjs/pdf.min.mjs'))).toBe(true);
    expect(later.some((u) => u.endsWith('/pdfjs/pdf.worker.min.mjs'))).toBe(true);
    // what was read can be looked at
    const read = page.getByTestId('pdf-text');
    await expect(read.locator('summary')).toHaveText(new RegExp(`Zo heeft NotaWijzer uw PDF gelezen \\(${c.file}, ${c.pages} ${c.pages === 1 ? 'pagina' : "pagina's"}\\)`));
    await read.locator('summary').click();
    await expect(read.locator('pre')).toContainText(c.total.replace('€ ', '').replace('1.300,00', '1.300'));
    await app.expectAccessible();
    await app.expectNoHorizontalScroll(320);
    if (c.file === 'export-two-pages.pdf') await app.screenshots('pdf-export-two-pages');
    // the same file dropped on the page (after clearing, so the figures must come back)
    await app.openPanel();
    await page.getByRole('button', { name: 'Begin opnieuw' }).click();
    await expect(page.getByTestId('month-total')).toHaveCount(0);
    const again = Date.now();
    await drop(page, c.file);
    await expect(page.getByTestId('month-total')).toHaveText(c.total);
    noteTiming(c.file, cold, Date.now() - again);
    await expect(page.getByTestId('pdf-text').locator('summary')).toContainText(c.file);
    sameOrigin(app, page);
    app.expectNoProblems();
  });
}

const UNREADABLE = [
  { file: 'password.pdf', says: 'deze PDF is beveiligd met een wachtwoord. NotaWijzer vraagt nooit om wachtwoorden.' },
  { file: 'damaged.pdf', says: 'deze PDF is beschadigd of geen echte PDF' },
] as const;

for (const c of UNREADABLE) {
  test(`a PDF that cannot be read says why: ${c.file}`, async ({ app, page }) => {
    await app.open();
    await page.getByTestId('file-input').setInputFiles(pdf(c.file));
    const notice = page.getByTestId('notice');
    await expect(notice).toContainText(`${c.file}: ${c.says}`);
    await expect(notice).toHaveAttribute('role', 'alert');
    await expect(page.getByTestId('summary')).toHaveCount(0);
    await app.expectAccessible();
    // the page still works: the example opens
    await app.example();
    sameOrigin(app, page);
    app.expectNoProblems();
  });
}

// The native tests (tests/pdf.rs) rebuild lines from runs recorded once (record.mjs); this keeps
// them honest: the browser extracts exactly those runs today.
test('the recorded runs are what the browser extracts now', async ({ app, page }) => {
  await app.open();
  for (const c of [...READABLE.map((r) => r.file), 'scan.pdf']) {
    const recorded = readFileSync(pdf(c.replace(/\.pdf$/, '.runs.json')), 'utf8').trim();
    const now = await page.evaluate(async (data) => {
      const { readPdf } = await import('./pdf-text.js');
      return readPdf(new Uint8Array(data), () => {});
    }, [...readFileSync(pdf(c))]);
    expect(now, c).toBe(recorded);
  }
  app.expectNoProblems();
});

test('the picker offers PDFs and says so', async ({ app, page }) => {
  await app.open();
  await expect(page.getByTestId('file-input')).toHaveAttribute('accept', /^\.pdf,.*application\/pdf/);
  await expect(page.locator('#file-hint')).toContainText('De PDF van uw nota of een foto ervan (tot 10 MB)');
});

test('a PDF over 10 MB is refused before it is read', async ({ app, page }) => {
  await app.open();
  const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(10 * 1024 * 1024 + 1, 32)]);
  await page.getByTestId('file-input').setInputFiles({ name: 'groot.pdf', mimeType: 'application/pdf', buffer: big });
  await expect(page.getByTestId('notice')).toContainText('groot.pdf: deze PDF is groter dan 10 MB');
  expect(app.requests.filter((u) => /pdfjs/.test(u)), 'pdf.js is not even loaded').toEqual([]);
  app.expectNoProblems();
});

test('progress is shown page by page', async ({ app, page }) => {
  await app.open();
  const seen = await app.watchNotices();
  await app.upload(pdf('export-two-pages.pdf'));
  await expect(page.getByTestId('month-total')).toHaveText('€ 681,08');
  expect(seen.some((t) => t.includes('pagina 2 van 2'))).toBe(true);
  app.expectNoProblems();
});
