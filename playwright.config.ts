import { defineConfig } from '@playwright/test';
import {
	closeSync,
	existsSync,
	mkdirSync,
	openSync,
	readFileSync,
	rmSync,
	writeSync
} from 'node:fs';

// Debian's Chromium where it is installed (CI and the dev machines); Playwright's own elsewhere.
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) =>
	existsSync(p)
);

export const E2E_PORT = 4173;
export const E2E_DB_PORT = 54339;

// One E2E run at a time on this machine: the runs share the ports above. The main process waits
// for the lock; workers (TEST_WORKER_INDEX set) load this file too and must not.
const lock = '.local/e2e.lock';
function alive(pid: number) {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}
if (!process.env.TEST_WORKER_INDEX && process.env.RECHTOP_E2E_LOCK !== String(process.pid)) {
	mkdirSync('.local', { recursive: true });
	const sleeper = new Int32Array(new SharedArrayBuffer(4));
	for (;;) {
		try {
			const fd = openSync(lock, 'wx');
			writeSync(fd, String(process.pid));
			closeSync(fd);
			break;
		} catch {
			const holder = Number(readFileSync(lock, 'utf8') || 0);
			if (!holder || !alive(holder)) rmSync(lock, { force: true });
			else Atomics.wait(sleeper, 0, 0, 500);
		}
	}
	process.env.RECHTOP_E2E_LOCK = String(process.pid);
	process.on('exit', () => rmSync(lock, { force: true }));
}

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	timeout: 60_000,
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
		// Builds into its own folder, so a `vite build` elsewhere cannot change the app under test.
		// tsconfig.json extends .svelte-kit's, which `svelte-kit sync` writes on a fresh clone.
		command:
			`npx svelte-kit sync && RECHTOP_KIT_DIR=.local/e2e-kit RECHTOP_BUILD_DIR=.local/e2e-build npx vite build --logLevel error && ` +
			`npx tsx supabase/local/stack.ts --fresh --quiet --port ${E2E_PORT} --db-port ${E2E_DB_PORT} ` +
			`--data .local/e2e-pgdata --build .local/e2e-build`,
		url: `http://127.0.0.1:${E2E_PORT}/`,
		reuseExistingServer: false,
		timeout: 180_000,
		stdout: 'pipe',
		stderr: 'pipe'
	}
});
