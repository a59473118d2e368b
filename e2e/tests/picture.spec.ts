// A patient photographs their paper nota, or opens a scan: the text is recognised in the browser
// (Tesseract, loaded only now, from NotaWijzer's own origin), read by the same readers, and every
// care line shows the strip of the picture it was read from. Fixtures: tests/fixtures/picture.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, expect, test, type NotaWijzerPage } from '../fixtures/notawijzer-page';
import type { Page } from '@playwright/test';

const PICTURES = join(FIXTURES, 'picture');
const picture = (name: string) => join(PICTURES, name);
const TYPES: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp', pdf: 'application/pdf' };

// Recognition takes seconds, not milliseconds: a first picture loads Tesseract too.
test.describe.configure({ timeout: 120_000 });

const READABLE = [
  { file: 'photo-noorderlicht.jpg', total: '€ 377,58', pages: 1, lines: 6 },
  { file: 'photo-noorderlicht.webp', total: '€ 377,58', pages: 1, lines: 6 },
  { file: 'photo-praktijk-12mp.jpg', total: '€ 639,97', pages: 1, lines: 5 },
  { file: 'photo-upside-down.jpg', total: '€ 377,58', pages: 1, lines: 6 },
  { file: 'photo-dark.jpg', total: '€ 377,58', pages: 1, lines: 6 },
  { file: 'scan-praktijk-200dpi.png', total: '€ 639,97', pages: 1, lines: 5 },
  { file: 'photo-english.jpg', total: '€ 697,70', pages: 1, lines: 4 },
  { file: 'scan-factoring-3-pages.pdf', total: '€ 5.323,52', pages: 3, lines: 39 },
] as const;

function noteTiming(file: string, ms: number) {
  const dir = join(FIXTURES, '..', '..', 'e2e', 'test-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `picture-timing-${file}.json`), JSON.stringify({ file, ms }));
}

async function drop(page: Page, file: string) {
  const bytes = [...readFileSync(picture(file))];
  const type = TYPES[file.split('.').pop() ?? ''];
  const transfer = await page.evaluateHandle(([data, name, type]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(data as number[])], name as string, { type: type as string }));
    return dt;
  }, [bytes, file, type] as const);
  await page.locator('footer').dispatchEvent('dragover', { dataTransfer: transfer });
  await page.locator('footer').dispatchEvent('drop', { dataTransfer: transfer });
}

function sameOrigin(app: NotaWijzerPage, page: Page) {
  const origin = new URL(page.url()).origin;
  expect(app.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
  expect(app.sending).toEqual([]);
}

async function shown(page: Page) {
  const shown = page.getByTestId('summary').or(page.getByTestId('read-errors')).or(page.getByTestId('not-a-nota'));
  await expect(shown.first()).toBeVisible({ timeout: 60_000 });
}

for (const c of READABLE) {
  test(`picture chosen and dropped: ${c.file}`, async ({ app, page }) => {
    await app.open();
    expect(app.requests.filter((u) => /tesseract|picture-/.test(u)), 'no recogniser at first paint').toEqual([]);
    const started = Date.now();
    await page.getByTestId('file-input').setInputFiles(picture(c.file));
    await shown(page);
    noteTiming(c.file, Date.now() - started);
    await expect(page.getByTestId('month-total')).toHaveText(c.total);
    await expect(page.getByTestId('read-errors')).toHaveCount(0);
    // Tesseract and its Dutch model came from this origin, only now
    expect(app.requests.some((u) => u.endsWith('/tesseract/nld.traineddata.gz'))).toBe(true);
    expect(app.requests.some((u) => /\/tesseract\/tesseract-core-(simd-)?lstm\.wasm$/.test(u))).toBe(true);
    // what was recognised can be looked at, and corrected in the text box
    const read = page.getByTestId('pdf-text');
    await expect(read.locator('summary')).toHaveText(
      `Zo heeft NotaWijzer uw foto gelezen (${c.file}, ${c.pages} ${c.pages === 1 ? 'pagina' : "pagina's"})`,
    );
    await expect(page.getByTestId('paste-text')).toHaveValue(new RegExp(c.total.replace('€ ', '').replace('.', '\\.')));
    // every care line shows the strip of the picture it was read from
    await page.evaluate(() => { location.hash = '#/uitleg'; });
    const strips = page.getByTestId('line-picture').locator('img.strip');
    await expect(strips.first()).toBeVisible();
    await expect(strips).toHaveCount(Math.min(c.lines, 100));
    const first = strips.first();
    expect(await first.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(await first.evaluate((img) => (img as HTMLImageElement).naturalWidth > 4 * (img as HTMLImageElement).naturalHeight)).toBe(true);
    await expect(first).toHaveAttribute('alt', 'Stukje van de foto waar deze regel staat');
    await app.expectAccessible();
    if (c.file === 'photo-noorderlicht.jpg') await app.screenshots('picture-noorderlicht-lines');
    // the same file dropped on the page (after clearing, so the figures must come back)
    await page.evaluate(() => { location.hash = '#/overzicht'; });
    await app.openPanel();
    await page.getByRole('button', { name: 'Begin opnieuw' }).click();
    await expect(page.getByTestId('month-total')).toHaveCount(0);
    await expect(page.getByTestId('paste-text')).toHaveValue('');
    await drop(page, c.file);
    await shown(page);
    await expect(page.getByTestId('month-total')).toHaveText(c.total);
    sameOrigin(app, page);
    app.expectNoProblems();
  });
}

test('a photo dropped on the page, then corrected and read again', async ({ app, page }) => {
  await app.open();
  await drop(page, 'photo-noorderlicht.jpg');
  await shown(page);
  await expect(page.getByTestId('month-total')).toHaveText('€ 377,58');
  await app.screenshots('picture-noorderlicht-overview');
  // the patient corrects an amount in the recognised text and reads it again
  await app.openPanel();
  const box = page.getByTestId('paste-text');
  await expect(box).toBeVisible();
  const text = await box.inputValue();
  expect(text).toContain('€ 36,46');
  await box.fill(text.replace('€ 36,46', '€ 46,46'));
  await page.getByTestId('paste-button').click();
  await expect(page.getByTestId('findings')).toContainText('€ 377,58');
  await expect(page.getByTestId('findings')).toContainText('€ 387,58');
  await app.expectAccessible();
  sameOrigin(app, page);
  app.expectNoProblems();
});

test('the steps are shown as the patient understands them', async ({ app, page }) => {
  await app.open();
  const seen = await app.watchNotices();
  await page.getByTestId('file-input').setInputFiles(picture('scan-factoring-3-pages.pdf'));
  await shown(page);
  expect(seen.some((t) => t.startsWith('NotaWijzer maakt de foto klaar om te lezen'))).toBe(true);
  expect(seen.some((t) => /^Tekst herkennen… \d+ % \(pagina 3 van 3\)$/.test(t))).toBe(true);
  app.expectNoProblems();
});

const UNREADABLE = [
  { file: 'photo-blurred.jpg', says: 'photo-blurred.jpg: de foto is te wazig: NotaWijzer kan de tekst niet lezen. Wat u kunt proberen:' },
] as const;

for (const c of UNREADABLE) {
  test(`a picture that cannot be read says why and what to try: ${c.file}`, async ({ app, page }) => {
    await app.open();
    await page.getByTestId('file-input').setInputFiles(picture(c.file));
    const notice = page.getByTestId('notice');
    await expect(notice).toContainText(c.says, { timeout: 60_000 });
    await expect(notice).toContainText('Houd de telefoon recht boven de nota');
    await expect(notice).toHaveAttribute('role', 'alert');
    await expect(page.getByTestId('summary')).toHaveCount(0);
    await app.expectAccessible();
    await app.screenshots('picture-blurred');
    await app.example();
    sameOrigin(app, page);
    app.expectNoProblems();
  });
}

test('a photo of something that is no nota says so, never "nothing wrong"', async ({ app, page }) => {
  await app.open();
  await page.getByTestId('file-input').setInputFiles(picture('photo-boodschappen.jpg'));
  await expect(page.getByTestId('not-a-nota')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('summary')).toHaveCount(0);
  await expect(page.getByText('NotaWijzer vond niets wat niet lijkt te kloppen')).toHaveCount(0);
  await app.expectAccessible();
  app.expectNoProblems();
});

test('a HEIC photo this browser cannot open says how to send it as JPEG', async ({ app, page }) => {
  await app.open();
  // the start of a HEIC file (an ISO box "ftyp" of brand "heic"): Chromium decodes no HEIC
  const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic'), Buffer.alloc(4000, 0)]);
  await page.getByTestId('file-input').setInputFiles({ name: 'IMG_0412.HEIC', mimeType: 'image/heic', buffer: heic });
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('IMG_0412.HEIC: dit is een HEIC-foto', { timeout: 30_000 });
  await expect(notice).toContainText('„Meest compatibel”');
  app.expectNoProblems();
});

test('the old scan is read now; lines that do not add up say a digit may be misread', async ({ app, page }) => {
  await app.open();
  await page.getByTestId('file-input').setInputFiles(join(FIXTURES, 'pdf', 'scan.pdf'));
  await shown(page);
  await expect(page.getByTestId('findings')).toContainText('misschien is een cijfer verkeerd herkend');
  app.expectNoProblems();
});

test('the picker takes pictures and the camera button opens the camera on a phone', async ({ app, page }) => {
  await app.open();
  await expect(page.getByTestId('file-input')).toHaveAttribute('accept', /image\/\*/);
  const camera = page.getByTestId('camera-input');
  await expect(camera).toHaveAttribute('accept', 'image/*');
  await expect(camera).toHaveAttribute('capture', 'environment');
  await expect(page.locator('label[for="camera-input"]')).toHaveText('Maak een foto van uw nota');
  await camera.setInputFiles(picture('scan-praktijk-200dpi.png'));
  await shown(page);
  await expect(page.getByTestId('month-total')).toHaveText('€ 639,97');
});

// The native tests (tests/picture.rs) rebuild lines from words recorded once (record.mjs); this
// keeps them honest: the browser recognises exactly those words today.
test('the recorded recognition is what the browser recognises now', async ({ app, page }) => {
  test.setTimeout(300_000);
  await app.open();
  // every picture (the PDFs are drawn by pdf.js first: the native tests cover their recordings)
  const files = readdirSync(PICTURES).filter((f) => /\.(jpg|png)$/.test(f));
  expect(files.length).toBeGreaterThanOrEqual(10);
  for (const file of files) {
    const recorded = readFileSync(picture(file.replace(/\.[a-z]+$/, '.words.json')), 'utf8').trim();
    const now = await page.evaluate(
      async ([data, type]) => {
        const m = await import('./picture-text.js');
        return m.readPicture(new Uint8Array(data as number[]), type as string, () => {});
      },
      [[...readFileSync(picture(file))], TYPES[file.split('.').pop() ?? '']] as const,
    );
    expect(now, file).toBe(recorded);
  }
  app.expectNoProblems();
});

test('a photo held too close says part of the nota is outside it, before what could not be read', async ({ app, page }) => {
  await app.open();
  await page.getByTestId('file-input').setInputFiles(picture('photo-partial.jpg'));
  await shown(page);
  const cut = page.getByTestId('picture-cut');
  await expect(cut).toContainText('Misschien viel een deel van de nota buiten de foto. Maak de foto nog eens, met de hele nota erop.');
  await expect(page.getByTestId('read-errors')).toBeVisible();
  expect(await cut.evaluate((c) => !!(c.compareDocumentPosition(document.querySelector('[data-testid="read-errors"]')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
  await expect(page.getByText('NotaWijzer vond niets wat niet lijkt te kloppen')).toHaveCount(0);
  await app.expectAccessible();
  await app.screenshots('picture-partial');
  app.expectNoProblems();
});
