// Browser timing (not a test: a measurement with targets, run by .ci/perf).
// For the Henk sample and a generated 20,000-line nota, with the engine warm (it has answered once:
// the mark nw:engine): the time from "file chosen" to "results painted" (performance marks nw:input
// and nw:painted set by the shell), the main thread's long tasks from the page's start until the
// lines view is painted, and the number of line rows in the DOM. The engine reads in its worker;
// the main thread only sends the file and renders. Writes e2e/perf/report.json.
//   node e2e/perf/measure.mjs BIG_PILOT_NOTA [BIG_FACTORING_NOTA]
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const PORT = 4180;
const RUNS = 5;
// Henk painted within 150 ms, 20,000 lines within 500 ms; no task on the main thread over 50 ms
const TARGETS = { henkPaintMs: 150, paintMs: 500, longTaskMs: 50 };

const server = await serve(join(root, 'dist'), PORT);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
});

async function measure(files) {
  const page = await browser.newPage({ viewport: { width: 412, height: 915 } });
  // every long task from the start of the page (the observer is there before any script runs)
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.getByTestId('example-button').waitFor();
  // the engine warm: fetched once the page was idle, and answered once
  await page.waitForFunction(() => performance.getEntriesByName('nw:engine').length > 0, null, { timeout: 30_000 });
  await page.getByTestId('file-input').setInputFiles(files);
  await page.waitForFunction(() => performance.getEntriesByName('nw:painted').length > 0, null, { timeout: 30_000 });
  const result = await page.evaluate(() => {
    const m = performance.measure('choose-to-paint', 'nw:input', 'nw:painted');
    const analysis = performance.measure('analysis', 'nw:analyse', 'nw:analysed');
    return {
      analysisMs: Math.round(analysis.duration),
      paintMs: Math.round(m.duration),
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
  // the tasks from "file chosen" until the lines view is painted (reading, showing, paging), and
  // those before it (the page starting), reported apart
  const tasks = await page.evaluate(() => {
    const input = performance.getEntriesByName('nw:input')[0].startTime;
    const round = (xs) => xs.map(([, d]) => Math.round(d));
    return { during: round(window.__longTasks.filter(([t]) => t >= input)), start: round(window.__longTasks.filter(([t]) => t < input)) };
  });
  Object.assign(result, view, { longTasksMs: tasks.during, startLongTasksMs: tasks.start });
  await page.close();
  return result;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cases = {
  henk: [join(root, 'tests/fixtures/henk-2017-02-zorgcluster.txt'), join(root, 'tests/fixtures/henk-2017-02-dbc.txt')],
  generated_20000_lines: [process.argv[2]],
  ...(process.argv[3] ? { factoring_20000_lines: [process.argv[3]] } : {}),
};
const report = { targets: TARGETS, runs: RUNS, results: {} };
let ok = true;
for (const [name, files] of Object.entries(cases)) {
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await measure(files));
  const paint = median(runs.map((r) => r.paintMs));
  // per run its longest task; the target holds for the median run (this 2-core machine runs the
  // browser, its worker and node at once: a single run's spike is reported, not failed)
  const longestPerRun = runs.map((r) => Math.max(0, ...r.longTasksMs));
  const longest = median(longestPerRun);
  const longestEver = Math.max(...longestPerRun);
  const longestAtStart = Math.max(0, ...runs.flatMap((r) => r.startLongTasksMs));
  const analysis = median(runs.map((r) => r.analysisMs));
  const lineView = median(runs.map((r) => r.lineViewMs));
  report.results[name] = { analysisMsMedian: analysis, lineViewMsMedian: lineView, paintMsMedian: paint, paintMsAll: runs.map((r) => r.paintMs), longestTaskMsMedian: longest, longestTaskMsAll: longestPerRun, longestTaskMsMax: longestEver, longestTaskAtStartMs: longestAtStart, lineRows: runs[0].lineRows };
  const paintTarget = name === 'henk' ? TARGETS.henkPaintMs : TARGETS.paintMs;
  const pass = paint <= paintTarget && longest <= TARGETS.longTaskMs && lineView < TARGETS.paintMs && runs[0].lineRows <= 100;
  ok &&= pass;
  console.log(`${name}: painted in ${paint} ms (median of ${RUNS}; all ${runs.map((r) => r.paintMs).join(', ')}), longest task ${longest} ms (median of the runs; all ${longestPerRun.join(', ')}; page start: ${longestAtStart} ms; reading in the engine ${analysis} ms); lines view painted in ${lineView} ms with ${runs[0].lineRows} line rows in the DOM — ${pass ? 'within' : 'OVER'} target`);
}
writeFileSync(join(here, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
await browser.close();
server.close();
process.exit(ok ? 0 : 1);
