// How much JavaScript a page needs to appear: serves build/ with the app's own static server,
// opens each page in Chromium (no service worker, so precaching does not count), records every
// JavaScript response until the network is quiet, and sums the gzip size of those files.
//
//   npx vite build && npx tsx tests/bench/js-size.ts [path[=budget]] … [--locale ar] [--files]
//     [--build dir]   (another build folder than build/)
//     [--origin url]  (measure on a running stack that serves that build: pages that call the API)
//     [--json]        (print the figures as JSON)
//
// Without paths it measures / and /leren/meedoen against their ceiling. A path given as
// `/rechten=60000` gets that ceiling in bytes; a bare path is measured without one. Exits 1 when a
// page is over its ceiling or loads Dexie or supabase-js where that is not allowed. The table also
// shows design §8's target of 40 KB, which these pages do not meet (see design §8).
import { chromium, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { createWebServer } from '../../supabase/local/web';

/** Design §8's target for the JavaScript needed to show / and a theme page. */
export const TARGET_BYTES = 40 * 1024;
/**
 * What CI allows, exactly, so that the pages do not grow: today's size with a little room. The
 * floor is SvelteKit's client (13 KB), the Svelte runtime this app uses (22 KB) and i18next (17 KB).
 */
const budgets: Record<string, number> = { '/': 70_000, '/leren/meedoen': 78_000 };
/** Pages that must not load these libraries at all (design §2, §8). */
const lean = new Set(Object.keys(budgets));
const heavy: Record<string, RegExp> = {
	dexie: /\bDexie\b|dexie\.org/,
	'supabase-js': /supabase-js|@supabase\/|GoTrueClient/
};

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		locale: { type: 'string' },
		files: { type: 'boolean', default: false },
		build: { type: 'string', default: 'build' },
		// A running stack serving that build, for pages that need the API (a scan, results).
		origin: { type: 'string' },
		json: { type: 'boolean', default: false }
	}
});
const root = resolve(import.meta.dirname, '../..', values.build);

interface Measured {
	path: string;
	files: { url: string; raw: number; gzip: number; libs: string[] }[];
	html: number;
}

const gzipCache = new Map<string, { raw: number; gzip: number; text: string }>();
function sizeOf(pathname: string) {
	let entry = gzipCache.get(pathname);
	if (!entry) {
		const file = join(root, decodeURIComponent(pathname));
		if (!file.startsWith(root) || !existsSync(file)) throw new Error(`Not in build/: ${pathname}`);
		const bytes = readFileSync(file);
		entry = {
			raw: bytes.length,
			gzip: gzipSync(bytes, { level: 9 }).length,
			text: bytes.toString()
		};
		gzipCache.set(pathname, entry);
	}
	return entry;
}

async function measure(page: Page, origin: string, path: string): Promise<Measured> {
	const scripts = new Set<string>();
	const onResponse = (response: { url(): string; request(): { resourceType(): string } }) => {
		const url = new URL(response.url());
		if (
			url.origin === origin &&
			(response.request().resourceType() === 'script' || url.pathname.endsWith('.js'))
		) {
			scripts.add(url.pathname);
		}
	};
	page.on('response', onResponse);
	await page.goto(origin + path, { waitUntil: 'networkidle' });
	await page.waitForTimeout(1000); // imports started after the page appeared
	page.off('response', onResponse);
	const files = [...scripts].map((url) => {
		const { raw, gzip, text } = sizeOf(url);
		return { url, raw, gzip, libs: Object.keys(heavy).filter((lib) => heavy[lib].test(text)) };
	});
	const htmlFile = path === '/' ? '/index.html' : `${path}.html`;
	const html = existsSync(join(root, htmlFile)) ? sizeOf(htmlFile).gzip : 0;
	return { path, files: files.sort((a, b) => b.gzip - a.gzip), html };
}

async function main() {
	if (!existsSync(join(root, 'index.html')))
		throw new Error('No build/ found: run `npx vite build` first.');
	const pages = positionals.length > 0 ? positionals : Object.keys(budgets);
	for (const arg of pages) {
		const [path, budget] = arg.split('=');
		if (budget !== undefined) budgets[path] = Number(budget);
	}
	const paths = pages.map((arg) => arg.split('=')[0]);

	// Without --origin the pages call no API; the upstreams point at closed ports.
	const server = values.origin ? undefined : createWebServer(root, { rest: 9, auth: 9 });
	if (server) await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	const origin = values.origin ?? `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
	const figures: { path: string; gzip: number; budget?: number; target?: number; ok: boolean }[] =
		[];
	const browser = await chromium.launch({
		executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run'
		]
	});
	let failed = false;
	try {
		const rows: string[][] = [];
		for (const path of paths) {
			const context = await browser.newContext({ serviceWorkers: 'block' });
			if (values.locale) {
				await context.addInitScript(
					(l) => localStorage.setItem('rechtop.locale', l),
					values.locale
				);
			}
			const result = await measure(await context.newPage(), origin, path);
			await context.close();
			const gzip = result.files.reduce((sum, f) => sum + f.gzip, 0);
			const raw = result.files.reduce((sum, f) => sum + f.raw, 0);
			const budget = budgets[path];
			const libs = [...new Set(result.files.flatMap((f) => f.libs))];
			const problems = [
				budget !== undefined && gzip > budget ? `over by ${gzip - budget} B` : '',
				lean.has(path) && libs.length > 0 ? `loads ${libs.join(', ')}` : ''
			].filter(Boolean);
			if (problems.length > 0) failed = true;
			const target = lean.has(path) ? TARGET_BYTES : undefined;
			figures.push({ path, gzip, budget, target, ok: problems.length === 0 });
			rows.push([
				path,
				String(result.files.length),
				String(raw),
				String(gzip),
				budget === undefined ? '–' : String(budget),
				lean.has(path) ? `${TARGET_BYTES}${gzip > TARGET_BYTES ? ' (not met)' : ''}` : '–',
				String(result.html),
				problems.length > 0
					? `FAIL: ${problems.join('; ')}`
					: libs.length > 0
						? `ok (${libs.join(', ')})`
						: 'ok'
			]);
			if (values.files) {
				for (const f of result.files) {
					console.log(
						`  ${path}  ${String(f.gzip).padStart(7)}  ${f.url}${f.libs.length ? `  [${f.libs}]` : ''}`
					);
				}
			}
		}
		if (values.json) console.log(JSON.stringify(figures));
		else {
			printTable(
				['page', 'js files', 'js bytes', 'js gzip', 'ceiling', 'target', 'html gzip', 'result'],
				rows,
				values.locale ?? 'nl'
			);
		}
	} finally {
		await browser.close();
		server?.close();
	}
	process.exit(failed ? 1 : 0);
}

function printTable(head: string[], rows: string[][], locale: string) {
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
	const line = (cells: string[]) =>
		cells
			.map((c, i) =>
				i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i])
			)
			.join('  ');
	console.log(
		`JavaScript to show each page (locale ${locale}; gzip -9 of the files in build/, bytes):`
	);
	console.log(line(head));
	console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	for (const row of rows) console.log(line(row));
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
