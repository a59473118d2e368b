// A patient opens a zorgnota in the browser and understands it.
import { readFileSync } from 'node:fs';
import { SAMPLES, expect, test } from '../fixtures/notawijzer-page';

test('the empty page: every way in, accessible, no network beyond the app', async ({ app, page }) => {
  await app.open();
  await expect(page.getByLabel('Kies een of meer bestanden')).toBeVisible();
  await expect(page.getByText('Uw nota blijft op uw eigen apparaat')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await app.expectAccessible();
  await app.expectNoHorizontalScroll(320);
  await app.screenshots('empty');
  app.expectNoProblems();
});

test('the two Henk samples through the file input: € 1.300, € 8.700, € 9.050, € 350', async ({ app, page }) => {
  await app.open();
  const before = app.requests.length;
  await app.upload(SAMPLES.feb, SAMPLES.dbc);
  // reading the files made no request, but for NotaWijzer's own engine (and the host's tariff index it reads when it starts, and the service worker's registration) if it had not arrived yet
  const origin = new URL(page.url()).origin;
  const engine = ['engine-loader.js', 'views.css', 'notawijzer-engine.js', 'notawijzer-engine_bg.wasm', 'tariffs/index.json', 'keep.js'].map((f) => `${origin}/${f}`);
  expect(app.requests.slice(before).filter((u) => !engine.includes(u))).toEqual([]);
  await expect(page.getByTestId('month-total')).toHaveText('€ 1.300,00');
  await expect(page.getByTestId('cumulative')).toHaveText('€ 8.700,00');
  await expect(page.getByTestId('verdict')).toHaveText('NotaWijzer vond niets wat niet lijkt te kloppen.');
  // focus moved to the results for keyboard and screen reader users
  await expect(page.locator('#glance-heading')).toBeFocused();
  await app.expectAccessible();
  await app.expectNoHorizontalScroll(320);
  await app.screenshots('henk');
  await page.getByTestId('nav-vergelijking').click();
  const comparison = page.getByTestId('comparison');
  await expect(comparison).toContainText('€ 9.050,00');
  await expect(comparison).toContainText('€ 350,00 minder');
  await page.getByTestId('nav-cluster').click();
  await expect(page.getByTestId('cluster-name')).toHaveText('Psychische aandoening ernstig');
  await expect(page.getByTestId('review-date')).toContainText('1 mei 2017');
  await expect(page.getByTestId('review-status')).toHaveText('niet meer nodig');
  await expect(page.getByTestId('cluster-tree').locator('[aria-current="true"]')).toContainText('4 Psychische aandoening ernstig');
  await page.getByTestId('nav-uitleg').click();
  await expect(page.getByTestId('lines')).toContainText('Op woensdag 15 februari 2017 had u een consult');
  await expect(page.getByTestId('lines')).toContainText('was u 3 dagen opgenomen in de kliniek');
  // nothing left the browser: only GETs of the app's own files, never a request with a body
  expect(app.sending).toEqual([]);
  expect(app.requests.every((u) => u.startsWith('http://127.0.0.1:4173/'))).toBe(true);
  app.expectNoProblems();
});

for (const [name, file, month, total] of [
  ['january', SAMPLES.jan, 'januari 2017', '€ 400,00'],
  ['february', SAMPLES.feb, 'februari 2017', '€ 1.300,00'],
  ['dbc', SAMPLES.dbc, 'hele behandeltraject', '€ 9.050,00'],
] as const) {
  test(`each sample alone through the file input: ${name}`, async ({ app, page }) => {
    await app.open();
    await app.upload(file);
    await expect(page.getByTestId('month-total')).toHaveText(total);
    await expect(page.getByTestId('summary')).toContainText(month);
    await expect(page.getByTestId('read-errors')).toHaveCount(0);
    app.expectNoProblems();
  });
}

test('the built-in example', async ({ app, page }) => {
  await app.open();
  await app.example();
  await expect(page.getByTestId('cumulative')).toHaveText('€ 8.700,00');
  await page.getByTestId('nav-vergelijking').click();
  await expect(page).toHaveURL(/#\/vergelijking$/);
  await expect(page.getByTestId('comparison')).toContainText('€ 350,00 minder');
  await expect(page.getByTestId('chart')).toBeVisible();
  await app.expectAccessible();
  await app.expectNoHorizontalScroll(320);
  await app.screenshots('henk-vergelijking');
  await page.getByTestId('nav-cluster').click();
  await expect(page.getByTestId('cluster-tree')).toBeVisible();
  await app.expectAccessible();
  await app.expectNoHorizontalScroll(320);
  await app.screenshots('henk-cluster');
  await page.getByTestId('nav-uitleg').click();
  await expect(page.getByTestId('lines')).toBeVisible();
  await app.expectAccessible();
  await app.expectNoHorizontalScroll(320);
  await app.screenshots('henk-uitleg');
  app.expectNoProblems();
});

test('pasted text is read', async ({ app, page }) => {
  await app.open();
  await app.paste(readFileSync(SAMPLES.feb, 'utf8'));
  await expect(page.getByTestId('month-total')).toHaveText('€ 1.300,00');
  await expect(page.getByTestId('cumulative')).toHaveText('€ 8.700,00');
  await page.getByTestId('nav-vergelijking').click();
  await expect(page.getByTestId('comparison')).toContainText('DBC-nota van hetzelfde traject nodig');
  await app.expectAccessible();
  app.expectNoProblems();
});

test('switching to English, remembered in the URL', async ({ app, page }) => {
  await app.open();
  await app.example();
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(/\?lang=en/);
  await expect(page.getByTestId('month-total')).toHaveText('€1,300.00');
  await expect(page.getByTestId('cumulative')).toHaveText('€8,700.00');
  await app.expectAccessible();
  await app.screenshots('english');
  await page.getByTestId('nav-vergelijking').click();
  await expect(page.getByTestId('comparison')).toContainText('€350.00 less');
  await page.getByTestId('nav-cluster').click();
  await expect(page.getByTestId('review-date')).toContainText('Monday 1 May 2017');
  await page.getByTestId('nav-overzicht').click();
  // a reload keeps English, from the URL alone
  await page.reload();
  await expect(page.getByRole('button', { name: 'English', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { level: 2, name: 'Open your statement' })).toBeVisible();
  const storage = await page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length);
  expect(storage).toBe(0);
  app.expectNoProblems();
});

test('hostile content is shown as characters, never run', async ({ app, page }) => {
  let dialogs = 0;
  page.on('dialog', async (d) => { dialogs += 1; await d.dismiss(); });
  await app.open();
  const hostile = 'Zorgnota\n<script>alert(1)</script>\nDeclaratie februari 2017\n' +
    'Consult <img src=x onerror=alert(2)> (15-2): € 100\nVerblijf (16-2): <b onmouseover=alert(3)>400</b>\n';
  await app.uploadContent('hostile.txt', hostile);
  await expect(page.getByTestId('summary')).toBeVisible();
  await expect(page.getByTestId('read-errors')).toContainText('<b onmouseover=alert(3)>400</b>');
  await page.getByTestId('nav-uitleg').click();
  await expect(page.getByText('Voor: <script>alert(1)</script>')).toBeVisible();
  await expect(page.getByTestId('lines')).toContainText('<img src=x onerror=alert(2)>');
  expect(await page.locator('main img, main script, main b').count()).toBe(0);
  expect(dialogs).toBe(0);
  await app.expectAccessible();
  app.expectNoProblems();
});

test('a bad file: the message points at the line, the text stays on screen', async ({ app, page }) => {
  await app.open();
  await app.uploadContent('nota.txt', 'Declaratie februari 2017\nConsult (15-2): € 100\nConsult (31-2): € 100\nVerblijf (19-2): € 400,505\n');
  const errors = page.getByTestId('read-errors');
  await expect(errors).toContainText('Regel 3, kolom 10: De datum „31-2” bestaat niet.');
  await expect(errors).toContainText('Regel 4, kolom 20: NotaWijzer kan het bedrag „€ 400,505” niet lezen.');
  await expect(errors.locator('.source-lines')).toContainText('Consult (31-2): € 100');
  await expect(page.getByTestId('month-total')).toHaveText('€ 100,00');
  await app.expectAccessible();
  await app.screenshots('errors');
  app.expectNoProblems();
});

test('a file that is not text gets a message, not a blank page', async ({ app, page }) => {
  await app.open();
  // (a PDF is read by pdf.js: e2e/tests/pdf.spec.ts; a photo by Tesseract: picture.spec.ts)
  await page.getByTestId('file-input').setInputFiles({ name: 'foto.png', mimeType: 'image/png', buffer: Buffer.from('\u0089PNG\r\n\u001a\n\u0000\u0001binary', 'latin1') });
  await expect(page.getByTestId('notice')).toContainText('foto.png: NotaWijzer kan deze afbeelding niet openen.');
  await expect(page.getByTestId('notice')).toHaveAttribute('role', 'alert');
  await page.getByTestId('file-input').setInputFiles({ name: 'data.bin', mimeType: 'application/octet-stream', buffer: Buffer.from([0, 1, 2, 3, 0, 255, 254, 0]) });
  await expect(page.getByTestId('read-errors')).toBeVisible();
  await expect(page.getByTestId('example-button')).toBeVisible();
  app.expectNoProblems();
});

test('findings: plain words, whom to ask, a letter without medical detail', async ({ app, page }) => {
  await app.open();
  const wrong = readFileSync(SAMPLES.feb, 'utf8').replace('€1.300', '€1.400').replace('Verblijf (20-2)', 'Verblijf (19-2)');
  await app.uploadContent('feb.txt', wrong);
  await expect(page.getByTestId('verdict')).toHaveText(/NotaWijzer vond 2 punten om na te vragen/);
  const findings = page.getByTestId('findings');
  await expect(findings).toContainText('Het totaal op de nota (€ 1.400,00) is niet gelijk aan de regels bij elkaar opgeteld (€ 1.300,00).');
  await expect(findings).toContainText('Vraag het eerst aan uw zorgverzekeraar.');
  const letter = await page.getByTestId('letter').inputValue();
  expect(letter).toContain('Regel 15 staat er twee keer op');
  expect(letter).not.toMatch(/Henk|Psychische|Verblijf|BSN:/);
  await app.expectAccessible();
  await app.screenshots('findings');
  app.expectNoProblems();
});

test('keyboard only: tab to the example and open it', async ({ app, page }) => {
  await app.open();
  await page.keyboard.press('Tab');
  await expect(page.getByText('Ga direct naar de inhoud')).toBeFocused();
  for (let i = 0; i < 20; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.getByTestId('example-button').evaluate((el) => el === document.activeElement)) break;
  }
  await expect(page.getByTestId('example-button')).toBeFocused();
  const outline = await page.getByTestId('example-button').evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('cumulative')).toHaveText('€ 8.700,00');
});

test('printing: no buttons, every section open', async ({ app, page }) => {
  await app.open();
  await app.example();
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.getByTestId('example-button')).toBeHidden();
  await expect(page.getByRole('button', { name: 'English', exact: true })).toBeHidden();
  // every view is built for the printout, and shown
  await expect(page.getByTestId('cluster-tree')).toBeVisible();
  await expect(page.getByTestId('chart')).toBeVisible();
  await expect(page.getByTestId('lines')).toBeVisible();
  expect(await page.locator('details:not([open])').count()).toBe(0);
});

test('without JavaScript the page says what it needs', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('./');
  // (text locators need script in the page; CSS locators do not)
  await expect(page.locator('p.noscript').first()).toContainText('heeft daarvoor JavaScript en WebAssembly nodig');
  await expect(page.locator('p.noscript').first()).toBeVisible();
  await expect(page.locator('.loading')).toBeHidden();
  await context.close();
});

test('the Content-Security-Policy allows the app and nothing else', async ({ app, page }) => {
  await app.open();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toMatch(/https?:/);
  expect(await page.locator('script:not([src])').count()).toBe(0);
  await app.example();
  app.expectNoProblems();
});

test('if NotaWijzer panics, the patient sees a readable page, not a dead app', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto('./?selftest=panic');
  const crash = page.getByTestId('crash');
  await expect(crash).toBeVisible();
  await expect(crash.getByRole('heading', { level: 1 })).toHaveText('Er ging iets mis in NotaWijzer');
  await expect(crash).toContainText('Uw nota is niet verstuurd: alles bleef op uw eigen apparaat.');
  await expect(crash.locator('pre')).toContainText('self-test');
  expect(errors.some((e) => e.includes('NotaWijzer stopped'))).toBe(true);
  // "start again" leads back to a working app, without the self-test switch
  await crash.getByRole('link', { name: 'Opnieuw beginnen' }).click();
  await expect(page.getByTestId('example-button')).toBeVisible();
  await expect(page).not.toHaveURL(/selftest/);
});

test('the crash page speaks English when the page does', async ({ page }) => {
  await page.goto('./?lang=en&selftest=panic');
  await expect(page.getByTestId('crash')).toContainText('Your statement was not sent anywhere');
});

test('?example=1 opens the built-in example at once', async ({ app, page }) => {
  await page.goto('./?example=1');
  await expect(page.getByTestId('cumulative')).toHaveText('€ 8.700,00');
  app.expectNoProblems();
});

test('files dropped anywhere on the page are read', async ({ app, page }) => {
  await app.open();
  const feb = readFileSync(SAMPLES.feb, 'utf8');
  const dbc = readFileSync(SAMPLES.dbc, 'utf8');
  const transfer = await page.evaluateHandle(([a, b]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([a], 'henk-2017-02-zorgcluster.txt', { type: 'text/plain' }));
    dt.items.add(new File([b], 'henk-2017-02-dbc.txt', { type: 'text/plain' }));
    return dt;
  }, [feb, dbc]);
  await page.locator('footer').dispatchEvent('dragover', { dataTransfer: transfer });
  await page.locator('footer').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByTestId('cumulative')).toHaveText('€ 8.700,00');
  await expect(page).toHaveURL(/127\.0\.0\.1:4173\/$/);
  app.expectNoProblems();
});

test('the shell\'s WebAssembly is downloaded once: its preload is the loader\'s very request', async ({ app, page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await app.open();
  await page.waitForTimeout(3500); // Chromium warns of a preload not used within about 3 s
  expect(app.requests.filter((u) => /\/notawijzer-web-[0-9a-f]+_bg\.wasm$/.test(u))).toHaveLength(1);
  expect(warnings.filter((w) => /preload/i.test(w))).toEqual([]);
  app.expectNoProblems();
});
