// End-to-end journeys in headless Chromium: Debian's /usr/bin/chromium, never a downloaded one.
// Each test file starts its own static server on 127.0.0.1 (see fixtures.mjs), so there is no
// `webServer` here. NOUR_DIST picks the build to test (default: ../../dist).
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.mjs',
  workers: 1, // the machine has 2 cores: one for Chromium, one for the rest
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 360, height: 740 }, // mobile first
    locale: 'fr-FR',
    serviceWorkers: 'allow',
    // Traces cost ~20% of the run; ask for them with `npx playwright test --trace retain-on-failure`.
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
