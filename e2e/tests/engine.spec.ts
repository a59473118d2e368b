// The shell paints first and the engine (reading, checking, every sentence about a nota) arrives
// after, in a web worker. A patient who is quicker than the engine loses nothing; an engine that
// does not load says so and can be asked again.
import { expect, test, SAMPLES } from '../fixtures/notawijzer-page';

test('a file chosen before the engine arrived is kept, said to be loading, and read when it arrives', async ({ app, page }) => {
  // hold the engine's script until the file is chosen
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => { release = resolve; });
  await page.route('**/engine-loader.js', async (route) => {
    await held;
    await route.continue();
  });
  await app.open();
  await page.getByTestId('file-input').setInputFiles([SAMPLES.feb, SAMPLES.dbc]);
  await expect(page.getByTestId('status')).toHaveText('NotaWijzer wordt geladen…');
  await expect(page.getByTestId('summary')).toHaveCount(0);
  // the views that need the engine say so too
  await page.getByTestId('nav-cluster').click();
  await expect(page.getByTestId('cluster')).toContainText('NotaWijzer wordt geladen…');
  await page.getByTestId('nav-overzicht').click();
  await app.expectAccessible();
  await app.screenshots('engine-loading');
  release();
  await expect(page.getByTestId('month-total')).toHaveText('€ 1.300,00');
  await expect(page.getByTestId('cumulative')).toHaveText('€ 8.700,00');
  await expect(page.getByTestId('comparison-glance')).toHaveText('€ 350,00 minder dan met het DBC-model (€ 9.050,00).');
  await expect(page.getByTestId('status')).toHaveText('');
  app.expectNoProblems();
});

test('an engine that fails to load: a message and a retry button, and the nota is still read', async ({ app, page }) => {
  let fail = true;
  await page.route('**/engine-loader.js', (route) => (fail ? route.abort('connectionreset') : route.continue()));
  await app.open();
  await page.getByTestId('file-input').setInputFiles(SAMPLES.noorderlicht);
  const failed = page.getByTestId('engine-failed');
  await expect(failed).toBeVisible();
  await expect(failed).toHaveAttribute('role', 'alert');
  await expect(failed).toContainText('Uw nota is bewaard');
  await expect(page.getByTestId('summary')).toHaveCount(0);
  await app.expectAccessible();
  await app.screenshots('engine-failed');
  // in English too
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(failed).toContainText('Your statement has been kept');
  await page.getByRole('button', { name: 'Nederlands', exact: true }).click();
  // the connection is back: the retry reads the same file, not chosen again
  fail = false;
  await page.getByTestId('retry-button').click();
  await expect(page.getByTestId('month-total')).toHaveText('€ 377,58');
  await expect(failed).toHaveCount(0);
});

test('the engine is not part of the first paint and is fetched once the page is idle', async ({ app, page }) => {
  await app.open();
  const origin = new URL(page.url()).origin;
  // it comes on its own, without a file chosen, after the load event
  await expect.poll(() => app.requests.filter((u) => u === `${origin}/notawijzer-engine_bg.wasm`).length).toBe(1);
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const first = performance.getEntriesByType('resource').filter((r) => /engine|views\.css/.test(r.name));
    return { load: nav.loadEventEnd, first: Math.min(...first.map((r) => r.startTime)) };
  });
  expect(timing.first).toBeGreaterThanOrEqual(timing.load);
  // once it answered, the catalogue of clusters is there without a nota
  await page.getByTestId('nav-cluster').click();
  await expect(page.getByTestId('cluster')).toContainText('Toon alle');
  app.expectNoProblems();
});
