// Lighthouse (npm `lighthouse`, Debian's Chromium) against the built app with the example loaded
// (`?example=1`), mobile settings (Lighthouse's default: a mid-range phone, slow 4G, simulated).
// Writes e2e/perf/lighthouse.json (the full report) and e2e/perf/lighthouse-summary.json, and
// checks the targets: performance >= 95, accessibility 100, best practices 100.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const PORT = 4181;
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100 };

const server = await serve(join(root, 'dist'), PORT);
const report = join(here, 'lighthouse.json');
try {
  // asynchronously: the server above runs in this process and must keep answering
  await promisify(execFile)(join(root, 'node_modules', '.bin', 'lighthouse'), [
    `http://127.0.0.1:${PORT}/?example=1`,
    '--quiet',
    '--output=json',
    `--output-path=${report}`,
    '--only-categories=performance,accessibility,best-practices,seo',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --no-first-run',
  ], { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 });
} finally {
  server.close();
}
const lhr = JSON.parse(readFileSync(report, 'utf8'));
const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
const audit = (id) => lhr.audits[id]?.displayValue ?? String(lhr.audits[id]?.numericValue);
const summary = {
  lighthouse: lhr.lighthouseVersion,
  url: lhr.finalDisplayedUrl,
  formFactor: lhr.configSettings.formFactor,
  throttling: lhr.configSettings.throttlingMethod,
  scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
  metrics: { LCP: audit('largest-contentful-paint'), TBT: audit('total-blocking-time'), CLS: audit('cumulative-layout-shift'), FCP: audit('first-contentful-paint') },
  failed: Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary').map((a) => a.id),
};
writeFileSync(join(here, 'lighthouse-summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
console.log(JSON.stringify(summary, null, 2));
const missed = Object.entries(TARGETS).filter(([id, min]) => summary.scores[id] < min);
for (const [id, min] of missed) console.error(`lighthouse ${id} ${summary.scores[id]} < ${min}`);
process.exit(missed.length ? 1 : 0);
