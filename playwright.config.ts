import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

// Debian's Chromium where it is installed (CI and the dev machines); Playwright's own elsewhere.
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

export const E2E_PORT = 4173;
export const E2E_DB_PORT = 54339;

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	timeout: 30_000,
	expect: { timeout: 7_000 },
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL: `http://127.0.0.1:${E2E_PORT}`,
		serviceWorkers: 'allow',
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--disable-quic'
			]
		}
	},
	projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
	webServer: {
		command: `npx tsx supabase/local/stack.ts --fresh --quiet --port ${E2E_PORT} --db-port ${E2E_DB_PORT} --data .local/e2e-pgdata`,
		url: `http://127.0.0.1:${E2E_PORT}/`,
		reuseExistingServer: false,
		timeout: 90_000,
		stdout: 'pipe',
		stderr: 'pipe'
	}
});
