// Lighthouse (mobile defaults: emulated phone, simulated slow 4G and CPU) on the app's main pages,
// driving the local Chromium. Prints performance, accessibility and best-practices scores and the
// JavaScript transferred per page.
//
//   npx tsx tests/bench/lighthouse.ts <origin> [path …] [--json] [--applied]
//     --applied: throttle the real network and CPU (Lighthouse's "devtools" method) instead of
//     simulating them; slower and noisier, but every round trip of a page's loading chain counts.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';

export const defaultPages = [
	'/',
	'/leren/meedoen',
	'/s/DEMO01',
	'/uitslagen/DEMO02',
	'/stem#DEMA-EEEE'
];

/** Design §8 and issue 8. */
export const budgets = { performance: 0.95, accessibility: 1, 'best-practices': 0.95 };

export interface PageScores {
	path: string;
	performance: number;
	accessibility: number;
	'best-practices': number;
	/** First and largest contentful paint, ms. */
	fcp: number;
	lcp: number;
	scriptBytes: number;
	failedAudits: string[];
}

export async function runLighthouse(
	origin: string,
	paths = defaultPages,
	throttlingMethod: 'simulate' | 'devtools' = 'simulate'
): Promise<PageScores[]> {
	const chrome = await launch({
		chromePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
		chromeFlags: [
			'--headless=new',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run'
		]
	});
	const results: PageScores[] = [];
	try {
		for (const path of paths) {
			const run = await lighthouse(origin + path, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				throttlingMethod,
				onlyCategories: ['performance', 'accessibility', 'best-practices']
			});
			if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
			const { categories, audits } = run.lhr;
			const requests =
				(
					audits['network-requests']?.details as {
						items?: { resourceType?: string; transferSize?: number }[];
					}
				)?.items ?? [];
			results.push({
				path,
				performance: categories.performance.score ?? 0,
				accessibility: categories.accessibility.score ?? 0,
				'best-practices': categories['best-practices'].score ?? 0,
				fcp: Math.round(audits['first-contentful-paint']?.numericValue ?? 0),
				lcp: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
				scriptBytes: requests
					.filter((r) => r.resourceType === 'Script')
					.reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
				failedAudits: Object.values(audits)
					.filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
					.map((a) => a.id)
			});
		}
	} finally {
		chrome.kill();
	}
	return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: {
			json: { type: 'boolean', default: false },
			applied: { type: 'boolean', default: false }
		}
	});
	const [origin, ...paths] = positionals;
	if (!origin) {
		console.error('Usage: npx tsx tests/bench/lighthouse.ts <origin> [path …] [--json]');
		process.exit(2);
	}
	const results = await runLighthouse(
		origin,
		paths.length ? paths : defaultPages,
		values.applied ? 'devtools' : 'simulate'
	);
	if (values.json) console.log(JSON.stringify(results));
	else {
		console.table(
			results.map((r) => ({
				page: r.path,
				performance: r.performance,
				accessibility: r.accessibility,
				'best-practices': r['best-practices'],
				'FCP ms': r.fcp,
				'LCP ms': r.lcp,
				'script bytes': r.scriptBytes,
				'failed audits': r.failedAudits.join(' ')
			}))
		);
	}
}
