// Notas from makers the other fixtures do not cover (tests/fixtures/new-user, tests/new_user.rs), as a
// new user opens them: no alarm about a correct bill; what is worth knowing apart from what may be
// wrong; English amounts; a privacyverklaring said kindly.
import { join } from 'node:path';
import { expect, test, FIXTURES } from '../fixtures/notawijzer-page';

const NEW = join(FIXTURES, 'new-user');

test('rows billed per 15 minutes: one talk, no duplicate, apart under "Goed om te weten"', async ({ app, page }) => {
  await page.clock.setFixedTime(new Date('2026-03-10T12:00:00'));
  await app.open();
  await app.upload(join(NEW, 'per-15-minutes-2026.txt'));
  await expect(page.getByTestId('month-total')).toHaveText('€ 241,78');
  await expect(page.getByTestId('verdict')).toHaveText('NotaWijzer vond niets wat niet lijkt te kloppen.');
  await expect(page.getByTestId('top-findings')).toHaveCount(0);
  await expect(page.getByTestId('glance-notes')).toContainText('4 × 15 minuten = 60 minuten');
  await expect(page.getByTestId('findings')).not.toContainText('twee keer');
  await expect(page.getByTestId('findings').getByRole('heading', { name: 'Goed om te weten' })).toBeVisible();
  // the care outside the basic package: no contract, no eigen risico to speak of
  await expect(page.getByTestId('payment-sentences')).toContainText('Op deze nota staat niets wat uw basisverzekering vergoedt.');
  await expect(page.getByTestId('payment-sentences')).not.toContainText('contract met uw verzekeraar');
  await app.expectAccessible();
  await app.screenshots('new-user-quarter-hours');
  app.expectNoProblems();
});

test('a privacyverklaring: no unknown zorgvraagtype, said kindly', async ({ app, page }) => {
  await page.clock.setFixedTime(new Date('2025-10-20T12:00:00'));
  await app.open();
  await app.upload(join(NEW, 'privacyverklaring.txt'));
  await expect(page.getByTestId('verdict')).toHaveText('NotaWijzer vond niets wat niet lijkt te kloppen.');
  await expect(page.getByTestId('glance-notes')).toContainText('omdat u daarvoor een privacyverklaring heeft getekend. Dat mag.');
  await expect(page.getByTestId('zorgvraagtype')).toHaveText('Niet vermeld (privacyverklaring)');
  await expect(page.locator('body')).not.toContainText('kent het zorgvraagtype');
  await app.expectAccessible();
  await app.screenshots('new-user-privacy');
  app.expectNoProblems();
});

test('an English invoice with English amounts, in English', async ({ app, page }) => {
  await page.clock.setFixedTime(new Date('2025-07-10T12:00:00'));
  await app.open('?lang=en');
  await app.upload(join(NEW, 'english-amounts.txt'));
  await expect(page.getByTestId('month-total')).toHaveText('€1,035.58');
  await expect(page.getByTestId('read-errors')).toHaveCount(0);
  await expect(page.getByTestId('verdict')).toHaveText('NotaWijzer found nothing that looks wrong.');
  await app.expectAccessible();
  await app.screenshots('new-user-english');
  app.expectNoProblems();
});
