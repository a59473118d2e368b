// Browser timing of photos and scans (not a test: a measurement with targets, run by .ci/perf).
// For a phone photo of a one-page nota and a three-page scanned PDF (tests/fixtures/picture): the
// time from "file chosen" (the mark nw:input) until its total is on screen, in a fresh page each
// run, so each run downloads and starts Tesseract as a first picture does (the browser's cache
// is empty: a new context per run). Median of 3. Writes e2e/perf/pictures.json.
//   node e2e/perf/pictures.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const PORT = 4181;
const RUNS = 3;
const CASES = [
  { name: 'phone photo, one page', file: 'photo-noorderlicht.jpg', total: '€ 377,58', targetMs: 10_000 },
  { name: 'scanned PDF, three pages', file: 'scan-factoring-3-pages.pdf', total: '€ 5.323,52', targetMs: 30_000 },
];

const server = await serve(join(root, 'dist'), PORT);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
});

async function once(c) {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.getByTestId('example-button').waitFor();
  await page.waitForFunction(() => performance.getEntriesByName('nw:engine').length > 0, null, { timeout: 30_000 });
  await page.getByTestId('file-input').setInputFiles(join(root, 'tests', 'fixtures', 'picture', c.file));
  await page.getByTestId('month-total').filter({ hasText: c.total }).waitFor({ timeout: 120_000 });
  const ms = await page.evaluate(() => performance.now() - performance.getEntriesByName('nw:input')[0].startTime);
  await context.close();
  return Math.round(ms);
}

const report = { runs: RUNS, cases: [] };
let failed = false;
for (const c of CASES) {
  const times = [];
  for (let i = 0; i < RUNS; i += 1) times.push(await once(c));
  const median = [...times].sort((a, b) => a - b)[RUNS >> 1];
  const ok = median <= c.targetMs;
  failed ||= !ok;
  report.cases.push({ ...c, times, median, ok });
  console.log(`${c.name} (${c.file}): median ${median} ms of ${times.join(', ')} (target ≤ ${c.targetMs} ms) ${ok ? 'ok' : 'MISSED'}`);
}
writeFileSync(join(here, 'pictures.json'), `${JSON.stringify(report, null, 2)}\n`);
await browser.close();
server.close();
process.exit(failed ? 1 : 0);
