import { defineConfig } from '@playwright/test';
import { nxE2EPreset } from '@nx/playwright/preset';
import { workspaceRoot } from '@nx/devkit';

const port = Number(process.env['E2E_PORT'] ?? 4300);
const baseURL = process.env['BASE_URL'] || `http://localhost:${port}`;

/**
 * Browser tests in the machine's own Chromium (Debian package `chromium`): Playwright cannot
 * download a browser here. The app is built and started exactly as `npm start` does, on a fresh
 * embedded database in tmp/, so every run starts from the demo data.
 */
export default defineConfig({
  ...nxE2EPreset(import.meta.dirname, { testDir: './src' }),
  retries: 0,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
    },
  },
  webServer: {
    command: `rm -rf tmp/e2e-db && npx nx run-many -t build -p api web && node dist/apps/api/main.js`,
    env: { PORT: String(port), DATA_DIR: 'tmp/e2e-db', DATABASE_URL: '', LOG_LEVEL: 'warn' },
    url: `${baseURL}/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    cwd: workspaceRoot,
  },
  projects: [{ name: 'chromium' }],
});
