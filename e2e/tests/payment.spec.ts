// "Wat betaalt u?": what the nota asks now, what is never paid back, the eigen risico per year, and
// what comes back without a contract, for what the patient types; the figures on screen are the
// command line's (issue: what do I pay).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, expect, test } from '../fixtures/notawijzer-page';

const NOSHOW = join(FIXTURES, 'real', 'praktijk-2025-11-noshow.txt');
// built by `cargo test` (.ci/test runs it before these tests)
const CLI = join(FIXTURES, '..', '..', 'target', 'debug', 'notawijzer');

/** The command line's sentences under "Wat betaalt u?" for these flags. */
function cliPayment(...flags: string[]): string[] {
  expect(existsSync(CLI), `${CLI}: run cargo test first`).toBe(true);
  const out = execFileSync(CLI, ['explain', NOSHOW, '--today', '2025-12-01', ...flags], { encoding: 'utf8' });
  const start = out.indexOf('-- Wat betaalt u? --');
  return out.slice(start).split('\n').slice(1).filter((l, i, all) => all.slice(0, i + 1).every((x) => x.trim() !== '')).map((l) => l.trim());
}

test('a missed appointment, care outside the basic package and a fee: at 75 % with € 300 used the screen says what the command line says', async ({ app, page }) => {
  await page.clock.setFixedTime(new Date('2025-12-01T12:00:00'));
  await app.open();
  await app.upload(NOSHOW);
  const section = page.getByTestId('payment');
  await expect(section.getByRole('heading', { name: 'Wat betaalt u?' })).toBeVisible();
  // the figures above the fields, and what holds for every policy below them
  const sentences = page.locator('[data-testid=payment-sentences] p, [data-testid=payment-rules] p');
  // nothing typed: the figures the command line gives without flags
  await expect(sentences).toHaveText(cliPayment());
  await expect(section).toContainText('als u dit jaar nog geen eigen risico betaalde');
  await expect(section).toContainText('In 2026 is dat meestal 60 % tot 85 %');
  // no contract, 75 %, € 300 used in 2025
  await page.getByLabel('Mijn zorgaanbieder heeft geen contract met mijn zorgverzekeraar').check();
  await page.getByLabel('Welk percentage vergoedt uw polis bij zorg zonder contract?').fill('75');
  await page.getByLabel('Eigen risico dat u in 2025 al betaalde (euro)').fill('300');
  await expect(sentences).toHaveText(cliPayment('--policy-percent', '75', '--eigen-risico-used', '2025=300'));
  await expect(section).toContainText('Dan betaalt uw verzekeraar u hoogstens € 168,42 terug. U betaalt dus minstens € 365,11 zelf.');
  await app.expectAccessible();
  await app.screenshots('payment-noshow');
  // nothing of it in the address
  expect(page.url()).not.toContain('75');
  expect(page.url()).not.toContain('300');
  app.expectNoProblems();
});

test('a percentage that does not read gets a message at its field and changes no figure', async ({ app, page }) => {
  await app.open();
  await app.upload(NOSHOW);
  await page.getByLabel('Mijn zorgaanbieder heeft geen contract met mijn zorgverzekeraar').check();
  const percent = page.getByLabel('Welk percentage vergoedt uw polis bij zorg zonder contract?');
  await percent.fill('150');
  await expect(percent).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#pay-percent-error')).toHaveText('Vul een percentage in van 0 tot en met 100.');
  await expect(percent).toHaveAccessibleDescription(/polisvoorwaarden.*Vul een percentage in van 0 tot en met 100\./);
  await expect(page.getByTestId('payment')).not.toContainText('hoogstens € ');
  const used = page.getByLabel('Eigen risico dat u in 2025 al betaalde (euro)');
  await used.fill('-20');
  await expect(page.locator('#pay-used-2025-error')).toHaveText('Vul een bedrag in van 0 of meer.');
  await expect(page.getByTestId('payment')).toContainText('als u dit jaar nog geen eigen risico betaalde');
  // typing on: what was typed stays in the field while the engine answers
  await percent.fill('');
  await percent.pressSequentially('72,5', { delay: 20 });
  await expect(percent).toHaveValue('72,5');
  await expect(percent).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('payment')).toContainText('vergoedt uw polis 72,5 %');
  await app.expectAccessible();
  await app.screenshots('payment-errors');
  // "Begin opnieuw" clears what was typed
  await app.openPanel();
  await page.getByRole('button', { name: 'Begin opnieuw' }).click();
  await app.upload(NOSHOW);
  await expect(page.getByLabel('Mijn zorgaanbieder heeft geen contract met mijn zorgverzekeraar')).not.toBeChecked();
  await expect(page.getByLabel('Eigen risico dat u in 2025 al betaalde (euro)')).toHaveValue('');
});
