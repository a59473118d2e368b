// Lighthouse (npm `lighthouse`, Debian's Chromium) against the built app, mobile settings
// (Lighthouse's default: a mid-range phone, slow 4G, simulated), twice:
// - the plain page (what a patient opens): performance 100 and LCP <= 1.8 s, accessibility 100,
//   best practices 100;
// - `?example=1` (a demo link: its content waits for the engine, fetched after the first paint):
//   its figures are reported; accessibility 100 and best practices 100.
// Writes e2e/perf/lighthouse-<name>.json (the full reports) and e2e/perf/lighthouse-summary.json.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const PORT = 4181;
const PAGES = {
  plain: { query: '', targets: { performance: 100, accessibility: 100, 'best-practices': 100 }, lcpMs: 1800 },
  example: { query: '?example=1', targets: { accessibility: 100, 'best-practices': 100 }, lcpMs: null },
};

const server = await serve(join(root, 'dist'), PORT);
const summary = {};
const missed = [];
try {
  for (const [name, page] of Object.entries(PAGES)) {
    const report = join(here, `lighthouse-${name}.json`);
    // asynchronously: the server above runs in this process and must keep answering
    await promisify(execFile)(join(root, 'node_modules', '.bin', 'lighthouse'), [
      `http://127.0.0.1:${PORT}/${page.query}`,
      '--quiet',
      '--output=json',
      `--output-path=${report}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --no-first-run',
    ], { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 });
    const lhr = JSON.parse(readFileSync(report, 'utf8'));
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const audit = (id) => lhr.audits[id]?.displayValue ?? String(lhr.audits[id]?.numericValue);
    const lcp = Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0);
    summary[name] = {
      lighthouse: lhr.lighthouseVersion,
      url: lhr.finalDisplayedUrl,
      formFactor: lhr.configSettings.formFactor,
      throttling: lhr.configSettings.throttlingMethod,
      scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
      metrics: { LCP: audit('largest-contentful-paint'), LCPms: lcp, TBT: audit('total-blocking-time'), CLS: audit('cumulative-layout-shift'), FCP: audit('first-contentful-paint') },
      failed: Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary').map((a) => a.id),
    };
    for (const [id, min] of Object.entries(page.targets)) {
      if (summary[name].scores[id] < min) missed.push(`${name}: lighthouse ${id} ${summary[name].scores[id]} < ${min}`);
    }
    if (page.lcpMs !== null && lcp > page.lcpMs) missed.push(`${name}: LCP ${lcp} ms > ${page.lcpMs} ms`);
  }
} finally {
  server.close();
}
writeFileSync(join(here, 'lighthouse-summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
console.log(JSON.stringify(summary, null, 2));
for (const m of missed) console.error(m);
process.exit(missed.length ? 1 : 0);
