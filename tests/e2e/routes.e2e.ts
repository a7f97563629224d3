// Every route of the app (issue 8.1), found in src/routes so that a new page cannot slip through:
// in Dutch and Arabic each has no axe findings, and at 320 px wide nothing is cut off, also with
// the text at 200 %.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, useLocale } from './fixtures';
import { issueCode } from './pages/ballots';
import { cutOff, setTextSize, settle } from './pages/quality';
import { DEMO02 } from './pages/results';

const ROUTES_DIR = 'src/routes';
const DEMO01_ID = '00000000-0000-4000-8000-0000000de001';
const POINTS_ROUND = '00000000-0000-4000-8000-000000006001';
const CLOSED_ROUND = '00000000-0000-4000-8000-000000006002';

/** Who can open the page: anyone, Demodorp's admin, or the coalition's monitor. */
type Who = 'anyone' | 'staff' | 'coalition';
const ACCOUNTS = { staff: 'staff@demodorp.test', coalition: 'monitor@kinderrechten.test' };

interface Sample {
	url: string | (() => Promise<string>);
	who?: Who;
}

/**
 * A concrete address for every route: dynamic segments filled with the seed's demo data. A route
 * missing here fails the first test below.
 */
const SAMPLES: Record<string, Sample> = {
	'/': { url: '/' },
	'/ (error)': { url: '/bestaat-niet' },
	'/hulp': { url: '/hulp' },
	'/leren': { url: '/leren' },
	'/leren/[slug]': { url: '/leren/meedoen' },
	'/rechten': { url: '/rechten' },
	'/rechten/[n]': { url: '/rechten/12' },
	'/scan': { url: '/scan' },
	'/s/[code]': { url: '/s/DEMO01' },
	'/uitslagen': { url: '/uitslagen' },
	'/uitslagen/[code]': { url: `/uitslagen/${DEMO02.code}` },
	'/stemmen': { url: '/stemmen' },
	'/stem': {
		url: async () => {
			const code = await issueCode(POINTS_ROUND);
			return `/stem#${code.slice(0, 4)}-${code.slice(4)}`;
		}
	},
	'/stemmen/uitslag/[id]': { url: `/stemmen/uitslag/${CLOSED_ROUND}` },
	'/beheer/inloggen': { url: '/beheer/inloggen' },
	'/beheer/wachtwoord-vergeten': { url: '/beheer/wachtwoord-vergeten' },
	'/beheer': { url: '/beheer', who: 'staff' },
	'/beheer/collegas': { url: '/beheer/collegas', who: 'staff' },
	'/beheer/wachtwoord': { url: '/beheer/wachtwoord', who: 'staff' },
	'/beheer/scans/nieuw': { url: '/beheer/scans/nieuw', who: 'staff' },
	'/beheer/scans/[id]': { url: `/beheer/scans/${DEMO02.id}`, who: 'staff' },
	'/beheer/scans/[id]/poster': { url: `/beheer/scans/${DEMO01_ID}/poster`, who: 'staff' },
	'/beheer/scans/[id]/rapport': { url: `/beheer/scans/${DEMO02.id}/rapport`, who: 'staff' },
	'/beheer/rondes/nieuw': { url: '/beheer/rondes/nieuw', who: 'staff' },
	'/beheer/rondes/[id]': { url: `/beheer/rondes/${CLOSED_ROUND}`, who: 'staff' },
	'/beheer/rondes/[id]/stembiljetten': {
		url: `/beheer/rondes/${POINTS_ROUND}/stembiljetten`,
		who: 'staff'
	},
	'/beheer/landelijk': { url: '/beheer/landelijk', who: 'coalition' }
};

/** The routes in src/routes: each `+page.svelte` as its path pattern, each `+error.svelte` too. */
function routesInSource(dir = ROUTES_DIR): string[] {
	const found: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) {
			found.push(...routesInSource(path));
			continue;
		}
		if (entry.name !== '+page.svelte' && entry.name !== '+error.svelte') continue;
		// Groups like (app) do not show in the address.
		const segments = relative(ROUTES_DIR, dir)
			.split(/[/\\]/)
			.filter((s) => s && !/^\(.*\)$/.test(s));
		const route = `/${segments.join('/')}`;
		found.push(entry.name === '+error.svelte' ? `${route} (error)` : route);
	}
	return found.sort();
}

async function signInAs(page: Page, email: string) {
	await page.goto('/beheer/inloggen');
	await page.locator('#email').fill(email);
	await page.locator('#password').fill('rechtop-demo');
	await page.locator('#password').press('Enter');
	await expect(page).toHaveURL(/\/beheer$/);
}

/** axe over the whole page at once: the viewport as tall as the page, so the sticky menu covers nothing. */
async function axeFindings(page: Page, label: string): Promise<string[]> {
	const size = page.viewportSize()!;
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
	try {
		await expectNoAxeViolations(page, label);
		return [];
	} catch (error) {
		return [(error as Error).message.split('\n').slice(0, 12).join('\n')];
	} finally {
		await page.setViewportSize(size);
	}
}

/** Opens each route and collects what fails: axe, and what is cut off at 100 % and 200 % text. */
async function sweep(page: Page, locale: string, routes: string[]): Promise<string[]> {
	const problems: string[] = [];
	for (const route of routes) {
		const sample = SAMPLES[route];
		const url = typeof sample.url === 'string' ? sample.url : await sample.url();
		const label = `${route} (${url}) in ${locale}`;
		await page.goto(url);
		await settle(page, locale);
		problems.push(...(await axeFindings(page, label)));
		for (const size of [100, 200]) {
			await setTextSize(page, size);
			for (const problem of await cutOff(page)) {
				problems.push(`${label}, text ${size} %: ${problem}`);
			}
		}
		await setTextSize(page, 100);
	}
	return problems;
}

const routesFor = (who: Who) =>
	Object.keys(SAMPLES).filter((route) => (SAMPLES[route].who ?? 'anyone') === who);

test('every route in src/routes has a sample address, and every sample a route', () => {
	const routes = routesInSource();
	expect(routes.length).toBeGreaterThan(20);
	expect(
		routes.filter((route) => !(route in SAMPLES)),
		'routes without a sample'
	).toEqual([]);
	expect(
		Object.keys(SAMPLES).filter((route) => !routes.includes(route)),
		'samples of routes that are gone'
	).toEqual([]);
});

test.describe('every route at 320 px, at 100 % and 200 % text', () => {
	// Four long sweeps: spread over the workers rather than one after the other.
	test.describe.configure({ mode: 'parallel' });
	test.use({ viewport: { width: 320, height: 640 } });

	for (const locale of ['nl', 'ar']) {
		test(`pages for everyone in ${locale}`, async ({ page }) => {
			test.setTimeout(180_000);
			if (locale !== 'nl') await useLocale(page, locale);
			expect(await sweep(page, locale, routesFor('anyone'))).toEqual([]);
		});

		test(`staff pages in ${locale}`, async ({ page }) => {
			test.setTimeout(180_000);
			if (locale !== 'nl') await useLocale(page, locale);
			const problems: string[] = [];
			for (const who of ['staff', 'coalition'] as const) {
				// The other account's session goes; the chosen language is set again on every load.
				await page.evaluate(() => localStorage.clear()).catch(() => undefined);
				await signInAs(page, ACCOUNTS[who]);
				problems.push(...(await sweep(page, locale, routesFor(who))));
			}
			expect(problems).toEqual([]);
		});
	}
});
