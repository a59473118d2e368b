// Tariffs from their source (issue 29): a table a host put beside the app (dist/tariffs/, named in
// its index.json) is fetched by the engine from the app's own origin, once, only for a year a line
// needs; without one the line says "unknown" as before.
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, FIXTURES } from '../fixtures/notawijzer-page';

const DIST = join(FIXTURES, '..', '..', 'dist', 'tariffs');
const INDEX = join(DIST, 'index.json');
const NOTA = [
  'Praktijk Voorbeeld',
  'Factuurnummer: V31-001',
  'Factuurdatum: 3 februari 2031',
  '',
  'Datum | Code | Omschrijving | Bedrag',
  '13-01-2031 | CO0627 | Behandeling 60 minuten, gezondheidszorgpsycholoog | € 168,94',
  '20-01-2031 | CO0627 | Behandeling 60 minuten, gezondheidszorgpsycholoog | € 199,00',
  '',
].join('\n');

// one test at a time: the table is put into dist/ for the first and taken away after it
test.describe.configure({ mode: 'serial' });

test('a host\'s table for 2031: fetched once from the app\'s own origin, its maximum used and named', async ({ app, page }) => {
  const before = readFileSync(INDEX, 'utf8');
  writeFileSync(join(DIST, 'nza-2031.json'), JSON.stringify({
    format: 'notawijzer-tariffs', version: 1, kind: 'nza', year: 2031, insurer: null,
    source: 'https://www.zorgprestatiemodel.nl/tarievenlijst-2031-voorbeeld', decision: 'TB/REG-31000-01 (voorbeeld)',
    imported: '2030-12-20', file: 'tarievenlijst-2031.xlsx', sha256: '0'.repeat(64),
    rows: [{ code: 'CO0627', name: 'Behandeling 60 minuten', amount: '168.94' }],
  }));
  writeFileSync(INDEX, JSON.stringify({ format: 'notawijzer-tariff-index', version: 1, tables: [{
    file: 'nza-2031.json', kind: 'nza', year: 2031, insurer: null, source: 'https://www.zorgprestatiemodel.nl/tarievenlijst-2031-voorbeeld',
    decision: 'TB/REG-31000-01 (voorbeeld)', imported: '2030-12-20', rows: 1,
  }] }));
  try {
    const requests: string[] = [];
    page.context().on('request', (r) => requests.push(r.url()));
    await page.clock.setFixedTime(new Date('2031-02-10T12:00:00'));
    await app.open();
    await app.paste(NOTA);
    await expect(page.getByTestId('top-findings')).toContainText('168,94');
    await page.getByTestId('nav-uitleg').click();
    await expect(page.getByTestId('lines')).toContainText('bron: NZa-tarievenlijst 2031, TB/REG-31000-01 (voorbeeld), op deze site gezet op 2030-12-20');
    expect(requests.filter((u) => u.endsWith('/tariffs/nza-2031.json'))).toHaveLength(1);
    expect(requests.filter((u) => !u.startsWith('http://127.0.0.1:4173/'))).toEqual([]);
    app.expectNoProblems();
  } finally {
    writeFileSync(INDEX, before);
    rmSync(join(DIST, 'nza-2031.json'), { force: true });
  }
});

test('no table for the year: no request for one, the maximum said to be unknown', async ({ app, page }) => {
  const requests: string[] = [];
  page.context().on('request', (r) => requests.push(r.url()));
  await page.clock.setFixedTime(new Date('2031-02-10T12:00:00'));
  await app.open();
  await app.paste(NOTA);
  await page.getByTestId('nav-uitleg').click();
  await expect(page.getByTestId('lines')).toContainText('kent het maximumtarief van CO0627 in 2031 niet');
  expect(requests.filter((u) => u.includes('/tariffs/nza-'))).toEqual([]);
  app.expectNoProblems();
});

// An insurer's payout list (a made-up insurer and amount: no insurer's list is public in a form a
// test may copy): offered once "no contract" is ticked, fetched once when chosen, and the most that
// comes back is the list's, named.
test('an insurer\'s payout list: offered, fetched once when chosen, its amount per line and its name', async ({ app, page }) => {
  const before = readFileSync(INDEX, 'utf8');
  const source = 'https://example.org/voorbeeld-zorg-maximale-vergoedingen-2025.xlsx';
  writeFileSync(join(DIST, 'payout-voorbeeld-zorg-2025.json'), JSON.stringify({
    format: 'notawijzer-tariffs', version: 1, kind: 'payout', year: 2025, insurer: 'Voorbeeld Zorg', source, decision: null,
    imported: '2026-12-07', file: 'vergoedingen-2025.xlsx', sha256: '0'.repeat(64),
    rows: [{ code: 'CO0627', name: null, amount: '120.00' }],
  }));
  writeFileSync(INDEX, JSON.stringify({ format: 'notawijzer-tariff-index', version: 1, tables: [{
    file: 'payout-voorbeeld-zorg-2025.json', kind: 'payout', year: 2025, insurer: 'Voorbeeld Zorg', source, decision: null,
    imported: '2026-12-07', rows: 1,
  }] }));
  try {
    const requests: string[] = [];
    page.context().on('request', (r) => requests.push(r.url()));
    await page.clock.setFixedTime(new Date('2025-12-01T12:00:00'));
    await app.open();
    await app.upload(join(FIXTURES, 'real', 'praktijk-2025-11-noshow.txt'));
    const section = page.getByTestId('payment');
    await expect(section.getByRole('heading', { name: 'Wat betaalt u?' })).toBeVisible();
    const insurer = page.getByLabel('Uw zorgverzekeraar');
    await expect(insurer).toBeHidden();
    await page.getByLabel('Mijn zorgaanbieder heeft geen contract met mijn zorgverzekeraar').check();
    await expect(insurer).toBeVisible();
    await expect(insurer).toHaveAccessibleDescription(/lijst van wat ze hoogstens terugbetalen: Voorbeeld Zorg\./);
    expect(requests.filter((u) => u.includes('/tariffs/payout-'))).toEqual([]);
    // a name the site has no list of: said at the field
    await insurer.fill('Ander');
    await expect(page.locator('#pay-insurer-error')).toHaveText('Van die verzekeraar heeft deze site geen lijst. Kies uit: Voorbeeld Zorg.');
    await expect(insurer).toHaveAttribute('aria-invalid', 'true');
    // the one it has: two lines of CO0627 at most € 120,00 each, less the € 85,00 still open
    await insurer.fill('voorbeeld zorg');
    await page.getByLabel('Eigen risico dat u in 2025 al betaalde (euro)').fill('300');
    await expect(section).toContainText('hoogstens € 155,00 terug (na uw eigen risico). U betaalt dus minstens € 378,53 zelf.');
    await expect(section).toContainText(`Bron: Voorbeeld Zorg, lijst maximale vergoedingen 2025, op deze site gezet op 2026-12-07, ${source}.`);
    await expect(insurer).toHaveValue('voorbeeld zorg');
    expect(requests.filter((u) => u.endsWith('/tariffs/payout-voorbeeld-zorg-2025.json'))).toHaveLength(1);
    expect(requests.filter((u) => u.endsWith('/tariffs/index.json'))).toHaveLength(1);
    expect(requests.filter((u) => !u.startsWith('http://127.0.0.1:4173/'))).toEqual([]);
    await app.expectAccessible();
    await app.screenshots('payment-payout-list');
    app.expectNoProblems();
  } finally {
    writeFileSync(INDEX, before);
    rmSync(join(DIST, 'payout-voorbeeld-zorg-2025.json'), { force: true });
  }
});
