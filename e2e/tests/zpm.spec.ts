// A patient opens the nota of today, a zorgprestatiemodel (ZPM) nota, and understands it.
import { readFileSync } from 'node:fs';
import { SAMPLES, expect, test } from '../fixtures/notawijzer-page';

const ENGINE = ['engine-loader.js', 'notawijzer-engine.js', 'notawijzer-engine_bg.wasm', 'views.css', 'tariffs/index.json', 'keep.js'];

const CASES = [
  {
    name: 'praktijk',
    file: SAMPLES.praktijk,
    total: '€ 639,97',
    zvt: '3 · Psychische aandoening matig',
    line: 'Op dinsdag 19 maart 2024 had u een consult voor uw behandeling met een gezondheidszorgpsycholoog.',
    tariff: 'Het maximumtarief van de NZa voor deze code in 2024 is € 135,89',
    due: '5 maart 2025',
    // a diagnosis and 195 minutes: "Behandeling kort 100-199" at its 2018 tariff
    comparison: ['naar schatting € 379,79', 'het product Behandeling kort 100-199, tegen het maximumtarief van 2018', 'tot nu toe € 260,18 meer'],
  },
  {
    name: 'export',
    file: SAMPLES.export,
    total: '€ 681,08',
    zvt: '4 · Psychische aandoening ernstig',
    line: 'Op dinsdag 5 december 2023 had u een consult voor uw behandeling met een gezondheidszorgpsycholoog.',
    tariff: 'Het maximumtarief van de NZa voor deze code in 2023 is € 128,40',
    due: '28 november 2024',
    // neither profile nor diagnosis: no estimate, and the eigen risico across New Year
    comparison: ['Daarom maakt NotaWijzer geen schatting', 'tot € 271,78 meer eigen risico'],
  },
  {
    name: 'noorderlicht',
    file: SAMPLES.noorderlicht,
    total: '€ 377,58',
    zvt: '2 · Psychische aandoening licht, grotere zorgbehoefte',
    line: 'Deze toeslag hoort bij het consult van 13 mei 2025.',
    tariff: 'Het maximumtarief van de NZa voor deze code in 2025 is € 12,09',
    due: '14 april 2026',
    comparison: ['naar schatting € 885,01', 'het product GB-ggz Middel, tegen het maximumtarief van 2021', 'tot nu toe € 507,43 minder'],
  },
] as const;

for (const c of CASES) {
  test(`ZPM sample through the file input: ${c.name}`, async ({ app, page }) => {
    await app.open();
    const before = app.requests.length;
    await app.upload(c.file);
    // nothing but the engine (fetched once the page is idle), from the page's own origin
    const origin = new URL(page.url()).origin;
    const later = app.requests.slice(before).filter((u) => !ENGINE.some((f) => u === `${origin}/${f}`));
    expect(later).toEqual([]);
    await expect(page.getByTestId('read-errors')).toHaveCount(0);
    await expect(page.getByTestId('month-total')).toHaveText(c.total);
    await expect(page.getByTestId('zorgvraagtype')).toHaveText(c.zvt);
    await expect(page.getByTestId('retype-due')).toContainText(c.due);
    await expect(page.getByTestId('nav-cluster')).toHaveText('Zorgvraagtype');
    await app.expectAccessible();
    await app.expectNoHorizontalScroll(320);
    await app.screenshots(`zpm-${c.name}`);
    await page.getByTestId('nav-uitleg').click();
    await expect(page.getByTestId('lines')).toContainText(c.line);
    await expect(page.getByTestId('lines')).toContainText(c.tariff);
    await app.expectAccessible();
    await app.expectNoHorizontalScroll(320);
    await app.screenshots(`zpm-${c.name}-uitleg`);
    await page.getByTestId('nav-cluster').click();
    await expect(page.getByTestId('cluster').locator('h2')).toHaveText('Uw zorgvraagtype');
    await expect(page.getByTestId('review-date')).toContainText(c.due);
    await expect(page.getByTestId('cluster')).toContainText('bepaalt niet de prijs');
    await expect(page.getByTestId('cluster-tree').locator('[aria-current="true"]')).toContainText(c.zvt.split(' · ')[0]);
    await expect(page.getByTestId('cluster-tree')).not.toContainText('Niet te clusteren');
    await app.expectAccessible();
    await app.screenshots(`zpm-${c.name}-zorgvraagtype`);
    await page.getByTestId('nav-vergelijking').click();
    for (const words of c.comparison) await expect(page.getByTestId('comparison')).toContainText(words);
    await app.expectAccessible();
    expect(app.sending).toEqual([]);
    app.expectNoProblems();
  });

  test(`ZPM sample pasted: ${c.name}`, async ({ app, page }) => {
    await app.open();
    await app.paste(readFileSync(c.file, 'utf8'));
    await expect(page.getByTestId('month-total')).toHaveText(c.total);
    await expect(page.getByTestId('zorgvraagtype')).toHaveText(c.zvt);
    await expect(page.getByTestId('read-errors')).toHaveCount(0);
    app.expectNoProblems();
  });
}

test('the 2025 example: findings in words, the credit and care outside the basic package', async ({ app, page }) => {
  // a week after the nota's date: the yearly re-assessment (14 April 2026) is still ahead
  await page.clock.setFixedTime(new Date('2025-06-10T12:00:00'));
  await app.open();
  await page.getByTestId('example-zpm-button').click();
  await expect(page.getByTestId('summary')).toBeVisible();
  await expect(page.getByTestId('month-total')).toHaveText('€ 377,58');
  // care outside the basic package is worth knowing, and no error
  await expect(page.getByTestId('verdict')).toHaveText('NotaWijzer vond niets wat niet lijkt te kloppen.');
  await expect(page.getByTestId('nothing-wrong')).toHaveText('NotaWijzer vond niets wat niet lijkt te kloppen.');
  await expect(page.getByTestId('findings')).toContainText('zorg buiten het basispakket');
  await expect(page.getByTestId('findings').getByRole('heading', { name: 'Goed om te weten' })).toBeVisible();
  await page.getByTestId('nav-uitleg').click();
  await expect(page.getByTestId('lines')).toContainText('Deze regel is een creditering');
  await expect(page.getByTestId('lines')).toContainText('per blok van 30 minuten');
  app.expectNoProblems();
});

test('the same nota opened after its re-assessment date is judged at its own date, not today', async ({ app, page }) => {
  await page.clock.setFixedTime(new Date('2026-11-24T12:00:00'));
  await app.open();
  await page.getByTestId('example-zpm-button').click();
  // nothing that looks wrong: the re-assessment was not yet due for care in May 2025
  await expect(page.getByTestId('verdict')).toHaveText('NotaWijzer vond niets wat niet lijkt te kloppen.');
  await expect(page.getByTestId('findings')).not.toContainText('opnieuw bepaald moeten worden');
  await expect(page.getByTestId('retype-due')).toHaveText('Opnieuw bepalen uiterlijk 14 april 2026 · op tijd voor deze nota');
  app.expectNoProblems();
});

test('a CSV file is accepted by the picker', async ({ page, app }) => {
  await app.open();
  await expect(page.getByTestId('file-input')).toHaveAttribute('accept', /\.csv/);
});

test('the file button speaks the page language and shows keyboard focus', async ({ app, page }) => {
  await app.open();
  // the label is the button; the browser's own "Choose Files" is not shown
  const label = page.locator('label[for="file-input"]');
  await expect(label).toHaveText('Kies een of meer bestanden');
  const box = await page.getByTestId('file-input').boundingBox();
  expect(box!.width).toBeLessThanOrEqual(1);
  await page.getByTestId('file-input').focus();
  await expect(page.getByTestId('file-input')).toBeFocused();
  // focus with the keyboard shows on the label
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('file-input')).toBeFocused();
  await expect(label).toHaveCSS('outline-style', 'solid');
  // and choosing a file through it still works
  await app.upload(SAMPLES.praktijk);
  await expect(page.getByTestId('month-total')).toHaveText('€ 639,97');
  await app.expectAccessible();
  app.expectNoProblems();
});

// The comparison with the DBC model comes from the engine, a worker the page fetches from its own
// origin once it has painted and is idle (never part of the first paint).
test('the DBC comparison and eigen risico of a ZPM nota, at 375 and 1280 px', async ({ app, page }) => {
  await app.open();
  // the engine's requests start after the page's load event
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const engine = performance.getEntriesByType('resource').filter((r) => r.name.includes('engine'));
    return { load: nav.loadEventEnd, engine: engine.map((r) => r.startTime) };
  });
  for (const start of timing.engine) expect(start, 'the engine is fetched after the first paint').toBeGreaterThanOrEqual(timing.load);
  await app.upload(SAMPLES.noorderlicht);
  await page.getByTestId('nav-vergelijking').click();
  const view = page.getByTestId('comparison');
  await expect(view).toContainText('Met het zorgprestatiemodel kostte uw behandeltraject tot nu toe € 377,58 (zorg van 6 mei 2025 tot en met 27 mei 2025).');
  await expect(view).toContainText('Met het oude DBC-model zou hetzelfde traject naar schatting € 885,01 kosten');
  await expect(view).toContainText('Met het zorgprestatiemodel is dat tot nu toe € 507,43 minder.');
  await expect(view).toContainText('profiel „middel”');
  // the eigen risico: care outside the basic package does not count; one year, so the same
  const table = page.getByTestId('eigen-risico-table');
  await expect(table.locator('tbody tr').first()).toHaveText(['2025', '€ 239,43', '€ 239,43', '€ 385,00'].join(''));
  await expect(view).toContainText('Uw traject valt tot nu toe in één jaar');
  // two charts, each bar named in words for a screen reader
  await expect(page.getByTestId('chart')).toHaveCount(2);
  await expect(page.getByRole('img', { name: /DBC-model, schatting met het tarief van 2021: € 885,01/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /Zorgprestatiemodel: hoogstens € 239,43/ })).toBeVisible();
  await app.expectAccessible();
  await app.expectNoHorizontalScroll(320);
  await app.screenshots('zpm-comparison-noorderlicht');
  // in English: the engine renders the nota it keeps again (no file is sent twice)
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(view).toContainText('Under the zorgprestatiemodel that is €507.43 less so far.');
  await app.expectAccessible();
  // every request stayed on the page's origin, and nothing was sent
  const origin = new URL(page.url()).origin;
  expect(app.requests.filter((u) => !u.startsWith(origin))).toEqual([]);
  expect(app.requests.filter((u) => u.includes('notawijzer-engine')).length).toBeGreaterThan(0);
  expect(app.sending).toEqual([]);
  app.expectNoProblems();
});

test('a trajectory across New Year: the eigen risico of 2023 and 2024 apart', async ({ app, page }) => {
  await app.open();
  await app.upload(SAMPLES.export);
  await page.getByTestId('nav-vergelijking').click();
  const rows = page.getByTestId('eigen-risico-table').locator('tbody tr');
  await expect(rows).toHaveText(['2023€ 409,30€ 385,00€ 385,00', '2024€ 271,78€ 271,78€ 0,00', 'Samen€ 681,08€ 656,78€ 385,00']);
  await expect(page.getByTestId('comparison')).toContainText('Uw traject loopt over de jaarwisseling.');
  await app.expectAccessible();
  await app.screenshots('zpm-comparison-export');
  app.expectNoProblems();
});
