// The first screen answers the patient's questions without a tab pressed: what the nota asks, what
// the trajectory cost, the cluster or zorgvraagtype with its review, the DBC comparison, and what
// looks wrong (issue: everything at a glance).
import { expect, test, SAMPLES } from '../fixtures/notawijzer-page';

test('Meneer Henk at a glance: € 1.300, € 8.700, the cluster, the review date, the DBC difference', async ({ app, page }) => {
  await page.clock.setFixedTime(new Date('2017-02-21T12:00:00'));
  await app.open();
  await app.example();
  const glance = page.getByTestId('summary');
  await expect(glance).toContainText('€ 1.300,00');
  await expect(glance).toContainText('€ 8.700,00');
  await expect(page.getByTestId('zorgcluster')).toHaveText(/Psychische aandoening ernstig/);
  await expect(page.getByTestId('review-due')).toContainText('1 mei 2017');
  await expect(page.getByTestId('comparison-glance')).toHaveText('€ 350,00 minder dan met het DBC-model (€ 9.050,00).');
  // every item links to its detailed view
  await expect(glance.getByRole('link', { name: 'Zorgcluster' })).toHaveAttribute('href', '#/cluster');
  await expect(glance.getByRole('link', { name: 'Vergelijking DBC' })).toHaveAttribute('href', '#/vergelijking');
  // the open panel has folded into one line
  await expect(page.getByTestId('open-again')).not.toHaveAttribute('open', '');
  await expect(page.getByTestId('file-input')).toBeHidden();
  await app.expectAccessible();
  await app.screenshots('glance-henk');
  app.expectNoProblems();
});

test('a ZPM nota at a glance: zorgvraagtype, re-assessment date, the DBC estimate and the eigen risico', async ({ app, page }) => {
  await page.clock.setFixedTime(new Date('2025-06-10T12:00:00'));
  await app.open();
  await page.getByTestId('example-zpm-button').click();
  await expect(page.getByTestId('zorgvraagtype')).toHaveText('2 · Psychische aandoening licht, grotere zorgbehoefte');
  await expect(page.getByTestId('retype-due')).toContainText('14 april 2026');
  await expect(page.getByTestId('comparison-glance')).toHaveText('Tot nu toe € 507,43 minder dan met het DBC-model (schatting: € 885,01).');
  await expect(page.getByTestId('eigen-risico-glance')).toHaveText('Eigen risico: u betaalt hiervoor hoogstens € 239,43 (met het DBC-model hoogstens € 385,00).');
  // nothing that looks wrong; one thing worth knowing (care outside the basic package), apart
  await expect(page.getByTestId('verdict')).toHaveText('NotaWijzer vond niets wat niet lijkt te kloppen.');
  await expect(page.getByTestId('top-findings')).toHaveCount(0);
  await expect(page.getByTestId('glance-notes').locator('li')).toHaveCount(1);
  await expect(page.getByTestId('glance-notes')).toContainText('buiten het basispakket');
  await expect(page.getByRole('heading', { name: 'Goed om te weten' }).first()).toBeVisible();
  // below, every finding says what NotaWijzer's check rests on, checks and does not
  const about = page.getByTestId('findings').getByTestId('about');
  await expect(about.locator('dt')).toHaveText(['Bron', 'Wat NotaWijzer nagaat', 'Wat niet']);
  await expect(about.locator('dd')).toHaveText([
    'De omschrijving en de code van de regel.',
    'Of een regel zorg buiten het basispakket is. Dat is geen fout: die zorg betaalt u zelf.',
    'Of uw aanvullende verzekering het vergoedt.',
  ]);
  await expect(page.getByTestId('findings').getByRole('link', { name: /Zo controleert NotaWijzer dit/ })).toHaveAttribute('href', 'pages/controles.html#non_insured');
  await app.expectAccessible();
  await app.screenshots('glance-zpm');
  app.expectNoProblems();
});

test('at most three findings at a glance, the most important first, the rest a link away', async ({ app, page }) => {
  await app.open();
  // the CSV export with a wrong total, a line twice and a line before the trajectory started (opened
  // two years later: an old nota's re-assessment is judged at its own last day of care, no finding)
  await page.clock.setFixedTime(new Date('2026-11-24T12:00:00'));
  const { readFileSync } = await import('node:fs');
  const wrong = readFileSync(SAMPLES.export, 'utf8')
    .replace('Totaal;;;;681,08', 'Totaal;;;;781,08')
    .replace('2024-01-16;CO0497', '2024-01-09;CO0497')
    .replace('2023-12-05;CO0497', '2023-11-21;CO0497');
  await app.uploadContent('export.csv', wrong);
  const top = page.getByTestId('top-findings').locator('li');
  await expect(top).toHaveCount(3);
  await expect(top.first()).toHaveAttribute('data-code', 'total_mismatch');
  await expect(page.getByTestId('verdict')).toContainText('punten');
  await expect(page.getByTestId('summary').getByRole('link', { name: 'Wat niet lijkt te kloppen' })).toHaveAttribute('href', '#findings-heading');
  app.expectNoProblems();
});
