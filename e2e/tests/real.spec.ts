// Notas as real makers print them (tests/fixtures/real, tests/real_notas.rs): what is around the care
// lines is no error, summary lines are no care, a missed appointment is explained, and a document
// that is no nota gets one clear message and never "nothing looks wrong".
import { join } from 'node:path';
import { expect, test, FIXTURES } from '../fixtures/notawijzer-page';

const REAL = join(FIXTURES, 'real');
const PDF = join(FIXTURES, 'pdf');

test('a factoring company\'s nota: still to pay, no red box, the BSN nowhere', async ({ app, page }) => {
  await page.clock.setFixedTime(new Date('2026-12-01T12:00:00'));
  await app.open();
  await app.upload(join(REAL, 'factoring-2024-05.txt'));
  await expect(page.getByTestId('month-total')).toHaveText('€ 567,37');
  await expect(page.getByTestId('still-to-pay')).toHaveText('Nog te betalen € 407,67, € 159,70 is al betaald.');
  await expect(page.getByTestId('read-errors')).toHaveCount(0);
  await expect(page.getByTestId('verdict')).toHaveText('NotaWijzer vond niets wat niet lijkt te kloppen.');
  await expect(page.locator('body')).not.toContainText('123456782');
  await app.expectAccessible();
  await app.screenshots('real-factoring');
  app.expectNoProblems();
});

test('a missed appointment, a fee and a part payment', async ({ app, page }) => {
  await page.clock.setFixedTime(new Date('2026-12-01T12:00:00'));
  await app.open();
  await app.upload(join(REAL, 'praktijk-2025-11-noshow.txt'));
  await expect(page.getByTestId('still-to-pay')).toHaveText('Nog te betalen € 364,59, € 168,94 is al betaald.');
  await expect(page.getByTestId('zorgvraagtype')).toContainText('3 ·');
  await expect(page.getByTestId('read-errors')).toHaveCount(0);
  await page.locator('a[href="#/uitleg"]').first().click();
  await expect(page.locator('#view-uitleg')).toContainText('geen prestatie van de NZa');
  await expect(page.locator('#view-uitleg')).toContainText('Administratiekosten herinnering');
  await app.expectAccessible();
  await app.screenshots('real-noshow-lines');
  app.expectNoProblems();
});

test('the practice\'s PDF and its select-all text give the same nota', async ({ app, page }) => {
  await page.clock.setFixedTime(new Date('2026-12-01T12:00:00'));
  await app.open();
  await app.upload(join(PDF, 'zonnehof-chromium.pdf'));
  await expect(page.getByTestId('month-total')).toHaveText('€ 387,48');
  await expect(page.getByTestId('zorgvraagtype')).toContainText('3 ·');
  await expect(page.getByTestId('retype-due')).toHaveText('Opnieuw bepalen uiterlijk 5 oktober 2024 · op tijd voor deze nota');
  await expect(page.getByTestId('read-errors')).toHaveCount(0);
  // the text read from the PDF is shown with the BSN masked
  await expect(page.getByTestId('pdf-text')).toContainText('•••••6782');
  await expect(page.getByTestId('pdf-text')).not.toContainText('123456782');
  await app.screenshots('real-zonnehof-pdf');
  await app.openPanel();
  await app.upload(join(PDF, 'zonnehof-chromium.select-all.txt'));
  await expect(page.getByTestId('month-total')).toHaveText('€ 387,48');
  await expect(page.getByTestId('read-errors')).toHaveCount(0);
  app.expectNoProblems();
});

for (const [name, file] of [['a shopping list', join(REAL, 'boodschappen.txt')], ['a sports club\'s PDF', join(PDF, 'sportclub-reportlab.pdf')]]) {
  test(`${name} is no nota: one message, no overview, no reassurance`, async ({ app, page }) => {
    await app.open();
    await app.upload(file);
    const message = page.getByTestId('not-a-nota');
    await expect(message.getByRole('heading', { level: 2 })).toHaveText('Geen zorgnota gevonden');
    await expect(message.getByRole('heading', { level: 3 })).toHaveText(file.split('/').pop()!);
    await expect(message.locator('li')).toHaveText(/^Dit lijkt geen zorgnota\. NotaWijzer zocht regels met zorg/);
    await expect(message).toContainText('NotaWijzer heeft dus niets gecontroleerd');
    await expect(page.getByTestId('summary')).toHaveCount(0);
    await expect(page.getByTestId('verdict')).toHaveCount(0);
    await expect(page.locator('body')).not.toContainText('niets wat niet lijkt te kloppen');
    await app.expectAccessible();
    await app.screenshots(`real-not-a-nota-${file.endsWith('.pdf') ? 'pdf' : 'txt'}`);
    app.expectNoProblems();
  });
}
