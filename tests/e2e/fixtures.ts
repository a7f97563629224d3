// Shared E2E fixtures: every test fails on an uncaught error in a page and on a request to a host
// other than the app (and, after a facade was tapped, YouTube's privacy-enhanced domain); axe and
// database helpers.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import pg from 'pg';
import { E2E_DB_PORT } from '../../playwright.config';

export { expect };

const YOUTUBE =
	/^https:\/\/(www\.youtube-nocookie\.com|[a-z0-9-]+\.(ytimg|googlevideo|gstatic|google|youtube)\.com)$/;

export interface Guard {
	/** Requests to hosts that are not the app. */
	foreign: string[];
	/** Uncaught errors thrown in a page of the app. */
	errors: string[];
	/** Call once the YouTube facade was tapped: from then on YouTube's hosts are expected. */
	allowYouTube(): void;
}

export const test = base.extend<{ guard: Guard }>({
	guard: [
		async ({ context, baseURL }, use) => {
			const app = new URL(baseURL!).origin;
			let youtube = false;
			const foreign: string[] = [];
			const errors: string[] = [];
			context.on('weberror', (error) =>
				errors.push(`${error.page()?.url()}: ${error.error().message}`)
			);
			context.on('request', (request) => {
				const url = new URL(request.url());
				if (['data:', 'blob:', 'about:'].includes(url.protocol)) return;
				if (url.origin === app) return;
				if (youtube && YOUTUBE.test(url.origin)) return;
				foreign.push(request.url());
			});
			await use({ foreign, errors, allowYouTube: () => (youtube = true) });
			expect(foreign, 'requests that left the app').toEqual([]);
			expect(errors, 'uncaught errors in the app').toEqual([]);
		},
		{ auto: true }
	]
});

/** Fails with the list of violations when axe finds any (WCAG 2.2 A and AA rules). */
export async function expectNoAxeViolations(page: Page, label = page.url()) {
	const { violations } = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	const summary = violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
	expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** Sets the language the app remembers on this device before the first page load. */
export async function useLocale(page: Page, locale: string) {
	await page.addInitScript((value) => localStorage.setItem('rechtop.locale', value), locale);
}

/** Runs SQL against the database of the E2E stack (the embedded PGlite behind its socket). */
export async function dbQuery<T = Record<string, unknown>>(text: string, params: unknown[] = []) {
	const client = new pg.Client({
		connectionString: `postgres://postgres@127.0.0.1:${E2E_DB_PORT}/postgres`
	});
	await client.connect();
	try {
		return (await client.query(text, params)).rows as T[];
	} finally {
		await client.end();
	}
}

/** Waits until the service worker is active, i.e. the shell and pages are precached. */
export async function waitForServiceWorker(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
}
