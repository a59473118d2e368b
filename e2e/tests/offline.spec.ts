// The next visit (issue 30): NotaWijzer's service worker keeps the app's own files, so the second
// visit starts from the device and works offline; it keeps nothing of a nota; inside a partner's
// page it is not registered; a new version is said when it is ready. And the manifest that puts
// NotaWijzer on a home screen.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, FIXTURES } from '../fixtures/notawijzer-page';

test.use({ serviceWorkers: 'allow' });
test.describe.configure({ mode: 'serial' });

const SW = join(FIXTURES, '..', '..', 'dist', 'sw.js');
const PDF = join(FIXTURES, 'pdf', 'noorderlicht-chromium.pdf');

/** Every address the service worker's caches hold. */
async function kept(page) {
  return page.evaluate(async () => {
    const out: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      out.push(...(await cache.keys()).map((r) => r.url));
    }
    return out;
  });
}

test('the second visit starts from the device and works offline: the page, the example, a PDF; nothing of a nota is kept', async ({ app, page, context }) => {
  test.setTimeout(90_000);
  await app.open();
  // registered once the engine is in; the first visit's files kept when it installs
  await page.evaluate(() => navigator.serviceWorker.ready);
  // the next visit, from the device; a PDF opened (pdf.js kept the first time it is asked for)
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await app.upload(PDF);
  await expect(page.getByTestId('month-total')).toHaveText('€ 377,58');

  await context.setOffline(true);
  await page.goto('./?example=1');
  await expect(page.getByTestId('month-total')).toHaveText('€ 1.300,00');
  await app.openPanel();
  await app.upload(PDF);
  await expect(page.getByTestId('month-total')).toHaveText('€ 377,58');
  await context.setOffline(false);

  // only the build's own files, by their plain address: no nota, no text, no query, no host table
  const urls = await kept(page);
  expect(urls).toContain('http://127.0.0.1:4173/index.html');
  expect(urls.some((u) => u.endsWith('_bg.wasm'))).toBe(true);
  for (const url of urls) {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:4173\/[\w./-]+$/);
    expect(url).not.toMatch(/noorderlicht|tariffs\//);
  }
  expect(app.sending).toEqual([]);
});

test('inside a partner\'s page (?embed=1) no service worker is registered', async ({ page }) => {
  await page.goto('./?embed=1&example=1');
  await expect(page.getByTestId('month-total')).toHaveText('€ 1.300,00');
  // the engine is in: a registration would have been asked for by now
  await page.waitForTimeout(1000);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});

test('a new version is said when it is ready', async ({ app, page }) => {
  await app.open();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  const before = readFileSync(SW, 'utf8');
  try {
    writeFileSync(SW, `${before}\n// another build\n`);
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: 'Er is een nieuwe versie van NotaWijzer' })).toBeVisible();
  } finally {
    writeFileSync(SW, before);
  }
});

test('the manifest puts NotaWijzer on a home screen: its name, start address and icons', async ({ page, request }) => {
  await page.goto('./');
  const href = await page.locator('link[rel=manifest]').getAttribute('href');
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({ name: 'NotaWijzer ggz', short_name: 'NotaWijzer', start_url: './', display: 'standalone' });
  for (const icon of manifest.icons) {
    const response = await request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
  }
});
