// The bill most patients hold: the insurer's overview, bill or settlement (issue 28;
// tests/fixtures/overviews, tests/overviews.rs). Chosen, pasted, dropped, with a nota; never a name
// or a birth date on the page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, FIXTURES } from '../fixtures/notawijzer-page';

const OV = join(FIXTURES, 'overviews');
const PRIVATE = ['Boer', '14-05-1979', '204518873', 'Yilmaz', '187654321', 'Bakker', '21-06-1984', '09-08-2011', 'Visser', '17-02-1976'];

async function expectNothingPrivate(page: import('@playwright/test').Page) {
  const body = await page.locator('body').innerText();
  for (const p of PRIVATE) expect(body, `the page shows ${p}`).not.toContain(p);
}

test('an eigen-risico bill, chosen: what to pay now, by when, what is left; a letter', async ({ app, page }) => {
  await page.clock.setFixedTime(new Date('2026-11-10T12:00:00'));
  await app.open();
  await app.upload(join(OV, 'salland-style-eigen-risico.txt'));
  const insurer = page.getByTestId('insurer');
  await expect(page.getByTestId('not-a-nota')).toHaveCount(0);
  await expect(page.getByTestId('insurer-headline')).toContainText('U moet uw zorgverzekeraar € 194,04 betalen, voor zorg in 2026.');
  await expect(page.getByTestId('insurer-headline')).toContainText('maandag 30 november 2026');
  await expect(page.getByTestId('insurer-years')).toHaveText('Eigen risico 2026: € 279,04 gebruikt, nog € 105,96 over van € 385,00.');
  await expect(page.getByTestId('insurer-verdict')).toHaveText('NotaWijzer las 4 regels van dit overzicht en vond niets wat niet lijkt te kloppen.');
  await expect(insurer.locator('.insurer-row')).toHaveCount(4);
  await expect(insurer.locator('.insurer-row').first()).toContainText('gezondheidszorgpsycholoog');
  await expect(page.getByTestId('letter')).toHaveValue(/Ik herken deze regel niet/);
  await expectNothingPrivate(page);
  await app.expectAccessible();
  await app.expectNoHorizontalScroll(375);
  await app.screenshots('overview-bill');
  app.expectNoProblems();
});

test('a family overview, pasted: rows per person, a child without eigen risico, no names', async ({ app, page }) => {
  await page.clock.setFixedTime(new Date('2026-12-07T12:00:00'));
  await app.open();
  await app.paste(readFileSync(join(OV, 'family-overview.txt'), 'utf8'));
  await expect(page.getByTestId('insurer')).toBeVisible();
  await expect(page.getByTestId('insurer').getByRole('heading', { name: 'Verzekerde 2' })).toBeVisible();
  await expect(page.getByTestId('insurer-headline')).toContainText('Dit overzicht is geen rekening');
  await expect(page.getByTestId('insurer-notes')).toContainText('Verzekerde 2 was jonger dan 18');
  await expectNothingPrivate(page);
  await app.expectAccessible();
  await app.screenshots('overview-family');
  app.expectNoProblems();
});

test('an eindafrekening, dropped: it pays back, it asks nothing', async ({ app, page }) => {
  await app.open();
  const text = readFileSync(join(OV, 'eindafrekening.txt'), 'utf8');
  const transfer = await page.evaluateHandle((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], 'eindafrekening.txt', { type: 'text/plain' }));
    return dt;
  }, text);
  await page.locator('footer').dispatchEvent('dragover', { dataTransfer: transfer });
  await page.locator('footer').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByTestId('insurer-headline')).toHaveText('Uw zorgverzekeraar betaalt u € 148,15 terug.');
  await expect(page.getByTestId('insurer')).not.toContainText('U moet');
  app.expectNoProblems();
});

test('a nota and its overview together: processed, not yet, what it costs so far', async ({ app, page }) => {
  await app.open();
  await app.upload(join(OV, 'pair', 'nota-praktijk-horizon.txt'), join(OV, 'pair', 'overview-declaraties.txt'));
  await expect(page.getByTestId('summary')).toBeVisible();
  const matching = page.getByTestId('matching');
  await expect(matching).toContainText('2 regels van de nota heeft uw zorgverzekeraar verwerkt.');
  await expect(matching).toContainText('dinsdag 20 mei 2025: € 168,94 op de nota staat nog niet op het overzicht.');
  await expect(matching).toContainText('tot nu toe kost die u € 376,88');
  await expect(page.locator('textarea#letter')).toHaveCount(1);
  await app.expectAccessible();
  await app.screenshots('overview-pair');
  app.expectNoProblems();
});

test('in Arabic the overview reads right to left, amounts left to right', async ({ app, page }) => {
  await page.clock.setFixedTime(new Date('2026-11-10T12:00:00'));
  await app.open('?lang=ar');
  await app.upload(join(OV, 'vgz-style-zorgkostenfactuur.txt'));
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByTestId('insurer-headline')).toContainText('299,10');
  await expect(page.getByTestId('insurer-notes')).toContainText('2025');
  await app.expectAccessible();
  await app.expectNoHorizontalScroll(375);
  await app.screenshots('overview-arabic');
  app.expectNoProblems();
});

test('a photographed screen of a family overview: recognised in the browser, read per person', async ({ app, page }) => {
  test.setTimeout(120_000);
  await page.clock.setFixedTime(new Date('2026-12-07T12:00:00'));
  await app.open();
  await page.getByTestId('file-input').setInputFiles(join(FIXTURES, 'picture', 'screen-overview-family.jpg'));
  await expect(page.getByTestId('insurer')).toBeVisible({ timeout: 100_000 });
  await expect(page.getByTestId('insurer-years')).toContainText('Verzekerde 1: Eigen risico 2026: € 285,58 gebruikt, nog € 99,42 over van € 385,00.');
  await expect(page.getByTestId('insurer').locator('.insurer-row')).toHaveCount(5);
  await expectNothingPrivate(page);
  app.expectNoProblems();
});

test('an overview printed to PDF by the browser: read from its text', async ({ app, page }) => {
  await page.clock.setFixedTime(new Date('2026-11-10T12:00:00'));
  await app.open();
  await page.getByTestId('file-input').setInputFiles(join(FIXTURES, 'pdf', 'overview-bill-chromium.pdf'));
  await expect(page.getByTestId('insurer-headline')).toContainText('U moet uw zorgverzekeraar € 194,04 betalen, voor zorg in 2026.', { timeout: 30_000 });
  await expectNothingPrivate(page);
  app.expectNoProblems();
});
