// Associations embed NotaWijzer; insurers open it from their portal. See EMBEDDING.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { FIXTURES, expect, test } from '../fixtures/notawijzer-page';

const APP = 'http://127.0.0.1:4177';
const PARTNER = 'http://127.0.0.1:4174';
const STRANGER = 'http://127.0.0.1:4175';
const ROOT = join(FIXTURES, '..', '..');

/** From `opener`'s page, open the app in a new window (as a portal may) and wait until it is ready. */
async function openAppFrom(page: Page, context: BrowserContext, opener: string) {
  await page.goto(`${opener}/`);
  const [popup] = await Promise.all([
    context.waitForEvent('page'),
    page.evaluate((app) => { (window as any).nw = window.open(`${app}/`, 'nw'); }, APP),
  ]);
  return popup;
}

test('EMBEDDING.md holds exactly the snippets these tests use', () => {
  const doc = readFileSync(join(ROOT, 'EMBEDDING.md'), 'utf8');
  for (const file of ['association.html', 'portal.html']) {
    const snippet = readFileSync(join(ROOT, 'e2e', 'host', file), 'utf8').trim();
    expect(doc, file).toContain(snippet);
  }
});

test('association page: the app in embed mode reports its height and the iframe grows', async ({ page }) => {
  await page.goto(`${PARTNER}/association.html`);
  const frame = page.frameLocator('#notawijzer');
  await frame.getByTestId('example-button').click();
  await expect(frame.getByTestId('cumulative')).toHaveText('€ 8.700,00');
  await frame.getByTestId('nav-uitleg').click();
  await expect(frame.getByTestId('lines')).toBeVisible();
  // no page chrome inside the frame
  await expect(frame.locator('.brand')).toBeHidden();
  await expect(frame.locator('footer')).toBeHidden();
  // the host page set the iframe's height from the app's messages
  await expect.poll(async () => page.evaluate(() => parseInt(document.getElementById('notawijzer')!.style.height, 10)))
    .toBeGreaterThan(1000);
  const content = await page.frame({ url: /4177/ })!.evaluate(() => document.body.offsetHeight);
  const height = await page.evaluate(() => parseInt(document.getElementById('notawijzer')!.style.height, 10));
  expect(height).toBe(content);
});

test('portal: sends the Henk nota by postMessage and gets the summary back', async ({ page }) => {
  await page.goto(`${PARTNER}/portal.html`);
  const summary = await page.waitForFunction(() => (window as any).notawijzerSummary).then((h) => h.jsonValue());
  expect(summary).toMatchObject({
    type: 'notawijzer:summary',
    version: 1,
    read: true,
    notas: 2,
    month_total: '1300.00',
    cumulative: '8700.00',
    dbc_difference: '-350.00',
    findings: [],
    errors: 0,
  });
  const frame = page.frameLocator('#notawijzer');
  await expect(frame.getByTestId('month-total')).toHaveText('€ 1.300,00');
  await expect(frame.getByTestId('cumulative')).toHaveText('€ 8.700,00');
});

test('a message from an origin not on the allow-list is ignored: nothing changes', async ({ page, context }) => {
  const popup = await openAppFrom(page, context, STRANGER);
  const warnings: string[] = [];
  popup.on('console', (m) => warnings.push(m.text()));
  await expect(popup.getByTestId('example-button')).toBeVisible();
  const replies: unknown[] = [];
  await page.exposeFunction('record', (m: unknown) => replies.push(m));
  await page.evaluate(async ([app, nota]) => {
    window.addEventListener('message', (e) => (window as any).record(e.data));
    (window as any).nw.postMessage({ type: 'notawijzer:open', version: 1, nota }, app);
  }, [APP, readFileSync(join(FIXTURES, 'henk-2017-02-zorgcluster.txt'), 'utf8')]);
  await popup.waitForTimeout(1000);
  await expect(popup.getByTestId('summary')).toHaveCount(0);
  expect(replies).toEqual([]);
  expect(warnings.filter((w) => w.includes('NotaWijzer'))).toEqual([]);
});

test('a stranger cannot frame the app (frame-ancestors)', async ({ page }) => {
  await page.goto(`${STRANGER}/association.html`);
  await page.waitForTimeout(1500);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  const hasApp = frame ? await frame.locator('[data-testid=example-button]').count().catch(() => 0) : 0;
  expect(hasApp).toBe(0);
});

test('a malformed message from a partner is ignored with a console warning', async ({ page, context }) => {
  const popup = await openAppFrom(page, context, PARTNER);
  const warnings: string[] = [];
  popup.on('console', (m) => { if (m.type() === 'warning' && m.text().startsWith('NotaWijzer')) warnings.push(m.text()); });
  await expect(popup.getByTestId('example-button')).toBeVisible();
  await page.evaluate((app) => {
    (window as any).nw.postMessage({ type: 'notawijzer:open', version: 2, nota: 'Zorgnota' }, app);
    (window as any).nw.postMessage({ type: 'notawijzer:open', version: 1, nota: 42 }, app);
    (window as any).nw.postMessage('hello', app);
  }, APP);
  await expect.poll(() => warnings.length).toBe(3);
  expect(warnings[0]).toContain('NotaWijzer ignored a malformed message from http://127.0.0.1:4174: version 2 is not supported');
  expect(warnings[1]).toContain('`nota` must be a string');
  expect(warnings[2]).toContain('the message is not an object');
  await expect(popup.getByTestId('summary')).toHaveCount(0);
  // a valid message from the same partner works
  await page.evaluate(([app, nota]) => {
    (window as any).nw.postMessage({ type: 'notawijzer:open', version: 1, nota, lang: 'en' }, app);
  }, [APP, readFileSync(join(FIXTURES, 'henk-2017-02-zorgcluster.txt'), 'utf8')]);
  await expect(popup.getByTestId('cumulative')).toHaveText('€8,700.00');
});

test('?src= from a partner loads the nota with the session', async ({ page }) => {
  await page.goto(`${APP}/?src=${encodeURIComponent(`${PARTNER}/api/nota/henk-2017-02.txt`)}`);
  await expect(page.getByTestId('cumulative')).toHaveText('€ 8.700,00');
  await expect(page.getByTestId('nav-vergelijking')).toBeVisible();
});

for (const [what, src, message] of [
  ['another origin', `${STRANGER}/api/nota/henk-2017-02.txt`, 'NotaWijzer opent geen nota van http://127.0.0.1:4175'],
  ['a session that expired (401)', `${PARTNER}/api/nota/expired`, 'U bent niet (meer) ingelogd'],
  ['a nota that is gone (404)', `${PARTNER}/api/nota/missing`, 'De nota is niet gevonden.'],
  ['a nota that is too large', `${PARTNER}/api/nota/huge`, 'groter dan NotaWijzer kan lezen'],
  ['a server that does not let NotaWijzer read (no CORS)', `${PARTNER}/api/nota/no-cors`, 'NotaWijzer kon de nota niet ophalen'],
] as const) {
  test(`?src= refused or failed with a message: ${what}`, async ({ page }) => {
    await page.goto(`${APP}/?src=${encodeURIComponent(src)}`);
    await expect(page.getByTestId('notice')).toContainText(message);
    await expect(page.getByRole('alert')).toBeVisible();
    await expect(page.getByTestId('summary')).toHaveCount(0);
  });
}

test('a build without partners refuses every ?src=, even its own origin', async ({ page }) => {
  await page.goto(`http://127.0.0.1:4173/?src=${encodeURIComponent('http://127.0.0.1:4173/index.html')}`);
  await expect(page.getByTestId('notice')).toContainText('NotaWijzer opent geen nota van http://127.0.0.1:4173');
});

for (const [hash, heading] of [
  ['#/uitleg', 'Alle regels uitgelegd'],
  ['#/cluster', 'Uw zorgcluster'],
  ['#/vergelijking', 'Vergelijking met het oude DBC-model'],
] as const) {
  test(`deep link ${hash} opens its view`, async ({ app, page }) => {
    await page.goto(`./${hash}`);
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Open uw nota' })).toBeHidden();
    await expect(page.locator(`nav a[href="${hash}"]`)).toHaveAttribute('aria-current', 'page');
    await app.expectAccessible();
  });
}

test('deep link with a nota: the view stays, the nav moves between views', async ({ page }) => {
  await page.goto(`${PARTNER}/portal.html`);
  const frame = page.frameLocator('#notawijzer');
  await expect(frame.getByTestId('cumulative')).toHaveText('€ 8.700,00');
  await frame.getByTestId('nav-vergelijking').click();
  await expect(frame.getByTestId('comparison')).toContainText('€ 350,00 minder');
  await expect(frame.getByTestId('chart')).toBeVisible();
  await frame.getByTestId('nav-cluster').click();
  await expect(frame.getByTestId('cluster-name')).toHaveText('Psychische aandoening ernstig');
  await frame.getByTestId('nav-uitleg').click();
  await expect(frame.getByTestId('lines')).toContainText('Op woensdag 15 februari 2017');
});

test('?lang=en and a view together', async ({ page }) => {
  await page.goto('./?lang=en#/cluster');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 2, name: 'Your care cluster' })).toBeVisible();
  await expect(page.getByText('Show all 21 care clusters', { exact: true }).first()).toBeVisible();
});

test('theme: a safe accent colour and font apply; anything else is ignored', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.goto('./?embed=1&accent=006400&font=serif');
  await expect(page.getByTestId('example-button')).toBeVisible();
  const applied = await page.evaluate(() => [getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(),
    getComputedStyle(document.body).fontFamily]);
  expect(applied[0]).toBe('#006400');
  expect(applied[1]).toContain('Georgia');
  expect(await page.getByTestId('example-button').evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(0, 100, 0)');
  await page.goto('./?accent=ffff00&font=' + encodeURIComponent('x;}body{display:none'));
  await expect(page.getByTestId('example-button')).toBeVisible();
  const kept = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
  expect(kept).toBe('#1d4e89');
  expect(warnings.some((w) => w.includes('ignored accent'))).toBe(true);
  expect(warnings.some((w) => w.includes('ignored font'))).toBe(true);
});

test('dist/ works from a sub-path of a static host', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  await page.goto('http://127.0.0.1:4178/tools/notawijzer/?lang=en');
  await page.getByTestId('example-button').click();
  await expect(page.getByTestId('cumulative')).toHaveText('€8,700.00');
  expect(problems).toEqual([]);
});

test('moving between views keeps the language, the query and the nota', async ({ page }) => {
  await page.goto('./?lang=en&embed=1');
  await page.getByTestId('example-button').click();
  await expect(page.getByTestId('cumulative')).toHaveText('€8,700.00');
  await page.getByTestId('nav-uitleg').click();
  await expect(page).toHaveURL(/\?lang=en&embed=1#\/uitleg$/);
  await expect(page.getByTestId('lines')).toContainText('On Wednesday 15 February 2017');
  await page.getByTestId('nav-overzicht').click();
  await expect(page.getByTestId('cumulative')).toHaveText('€8,700.00');
});

test('an insurer portal: the JSON overview by ?src= and by notawijzer:open, explained the same way', async ({ page, context }) => {
  await page.goto(`${APP}/?src=${encodeURIComponent(`${PARTNER}/api/overview.json`)}`);
  await expect(page.getByTestId('insurer-years')).toHaveText('Eigen risico 2026: € 385,00 gebruikt, nog € 0,00 over van € 385,00.');
  await expect(page.getByTestId('insurer-notes')).toContainText('1 declaratie is nog niet verwerkt');
  const popup = await openAppFrom(page, context, PARTNER);
  await expect(popup.getByTestId('example-button')).toBeVisible();
  const json = JSON.parse(readFileSync(join(FIXTURES, 'overviews', 'insurer-portal.json'), 'utf8'));
  const replies: any[] = [];
  await page.exposeFunction('recordOverview', (m: unknown) => replies.push(m));
  await page.evaluate(async ([app, nota]) => {
    window.addEventListener('message', (e) => (window as any).recordOverview(e.data));
    (window as any).nw.postMessage({ type: 'notawijzer:open', version: 1, nota, name: 'portal.json' }, app);
  }, [APP, json] as const);
  await expect(popup.getByTestId('insurer-years')).toHaveText('Eigen risico 2026: € 385,00 gebruikt, nog € 0,00 over van € 385,00.');
  await expect.poll(() => replies.find((r) => r?.type === 'notawijzer:summary')).toMatchObject({ read: true, notas: 0, overviews: 1 });
});
