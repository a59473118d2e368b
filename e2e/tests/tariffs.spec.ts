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
  writeFileSync(INDEX, JSON.stringify({ format: 'notawijzer-tariff-index', version: 1, tables: ['nza-2031.json'] }));
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
