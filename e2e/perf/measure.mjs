// Browser timing (not a test: a measurement with targets, run by .ci/perf).
// For the Henk sample and a generated 20,000-line nota: the time from "file chosen" to "results
// painted" (performance marks nw:input and nw:painted set by the app), the long tasks during it,
// and the number of line rows in the DOM. Writes e2e/perf/report.json.
//   node e2e/perf/measure.mjs BIG_NOTA_FILE
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const PORT = 4180;
const RUNS = 5;
const TARGETS = { paintMs: 500, longTaskMs: 200 };

const server = await serve(join(root, 'dist'), PORT);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
});

async function measure(files) {
  const page = await browser.newPage({ viewport: { width: 412, height: 915 } });
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.getByTestId('example-button').waitFor();
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  await page.getByTestId('file-input').setInputFiles(files);
  await page.waitForFunction(() => performance.getEntriesByName('nw:painted').length > 0, null, { timeout: 30_000 });
  const result = await page.evaluate(() => {
    const m = performance.measure('choose-to-paint', 'nw:input', 'nw:painted');
    const analysis = performance.measure('analysis', 'nw:analyse', 'nw:analysed');
    return {
      analysisMs: Math.round(analysis.duration),
      paintMs: Math.round(m.duration),
      longTasksMs: window.__longTasks.map((d) => Math.round(d)),
    };
  });
  // Then the lines view (#/uitleg): how long until its rows are painted, and how many rows.
  const view = await page.evaluate(async () => {
    const start = performance.now();
    location.hash = '#/uitleg';
    while (!document.querySelector('.line')) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return { lineViewMs: Math.round(performance.now() - start), lineRows: document.querySelectorAll('.line').length };
  });
  Object.assign(result, view, { longTasksMs: await page.evaluate(() => window.__longTasks.map((d) => Math.round(d))) });
  await page.close();
  return result;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cases = {
  henk: [join(root, 'tests/fixtures/henk-2017-02-zorgcluster.txt'), join(root, 'tests/fixtures/henk-2017-02-dbc.txt')],
  generated_20000_lines: [process.argv[2]],
};
const report = { targets: TARGETS, runs: RUNS, results: {} };
let ok = true;
for (const [name, files] of Object.entries(cases)) {
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await measure(files));
  const paint = median(runs.map((r) => r.paintMs));
  const longest = Math.max(0, ...runs.flatMap((r) => r.longTasksMs));
  const analysis = median(runs.map((r) => r.analysisMs));
  const lineView = median(runs.map((r) => r.lineViewMs));
  report.results[name] = { analysisMsMedian: analysis, lineViewMsMedian: lineView, paintMsMedian: paint, paintMsAll: runs.map((r) => r.paintMs), longestTaskMs: longest, lineRows: runs[0].lineRows };
  const pass = paint < TARGETS.paintMs && longest <= TARGETS.longTaskMs && lineView < TARGETS.paintMs && runs[0].lineRows <= 200;
  ok &&= pass;
  console.log(`${name}: painted in ${paint} ms (median of ${RUNS}; all ${runs.map((r) => r.paintMs).join(', ')}), longest task ${longest} ms (analysis ${analysis} ms); lines view painted in ${lineView} ms with ${runs[0].lineRows} line rows in the DOM — ${pass ? 'within' : 'OVER'} target`);
}
writeFileSync(join(here, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
await browser.close();
server.close();
process.exit(ok ? 0 : 1);
