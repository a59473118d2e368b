// End-to-end tests against the built dist/ served on 127.0.0.1, in Debian's Chromium (no browser
// download). Run from the repository root: npx playwright test -c e2e/playwright.config.ts
import { defineConfig } from '@playwright/test';

// e2e/servers.mjs: 4173 dist/ as built; 4177 dist/ configured for partner 4174; 4175 a stranger.
const PORT = 4173;

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  fullyParallel: true,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    // NotaWijzer's service worker answers from its cache, where page.route cannot see: on only in
    // the tests of the second visit (e2e/tests/offline.spec.ts)
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--no-first-run'],
    },
  },
  webServer: {
    command: 'node e2e/servers.mjs',
    cwd: '..',
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
