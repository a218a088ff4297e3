import { defineConfig } from '@playwright/test'

const port = Number(process.env.E2E_PORT ?? 3310)
const dataDir = `.data-e2e-${process.pid}`
process.env.E2E_DATA_DIR ??= dataDir

export default defineConfig({
  testDir: 'tests/e2e',
  globalTeardown: './tests/e2e/teardown.ts',
  outputDir: 'test-results/e2e-artifacts',
  timeout: 60_000,
  // Two cores serve the portal and the browser at once: give pages a little longer to answer.
  expect: { timeout: 10_000 },
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: {
    // A fresh embedded database for every run, seeded with the demo community. PORTAL_TEST_CLOCK=1: a request may move
    // the server's clock with x-portal-clock (server/utils/clock.ts), so a story lets weeks pass; never set in production.
    command: `rm -rf ${dataDir} && node scripts/start.mjs`,
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    env: { PORT: String(port), NUXT_DATA_DIR: dataDir, NUXT_PUBLIC_BASE_URL: `http://127.0.0.1:${port}`, NUXT_SESSION_PASSWORD: 'e2e-session-password-at-least-32-characters-long', NUXT_RATE_LIMIT_LOGIN_PER_IP: '1000', NUXT_RATE_LIMIT_SIGNUP_PER_IP: '1000', PORTAL_TEST_CLOCK: '1' },
  },
})
