// Page objects for the learning pages: the theme overview, a theme, the articles, and the texts
// they are expected to show (read from the content and locale files, so tests follow the content).
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import type { ThemeBody } from '../../../src/lib/content/types';

type Texts = Record<string, Record<string, string>>;
const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** Theme titles and summaries, article titles and texts, video texts: `[key][field]`. */
export const content = (locale: string, name: 'themes' | 'articles' | 'videos') =>
	read<Texts>(`src/lib/content/text/${locale}/${name}.json`);
export const explainers = (locale: string) =>
	read<Record<string, ThemeBody>>(`src/lib/content/text/${locale}/explainers.json`);
/** A UI namespace, `[group][key]` (one-level namespaces are read with `uiFlat`). */
export const ui = (locale: string, ns: string) =>
	read<Texts>(`src/lib/i18n/locales/${locale}/${ns}.json`);
export const uiFlat = (locale: string, ns: string) =>
	read<Record<string, string>>(`src/lib/i18n/locales/${locale}/${ns}.json`);

export const themeSlugs = Object.keys(content('nl', 'themes'));

export class LearnPages {
	constructor(readonly page: Page) {}

	heading(): Locator {
		return this.page.getByRole('heading', { level: 1 });
	}

	/** Opens a page and waits until it is shown in the remembered language. */
	async open(path: string) {
		await this.page.goto(path);
		await this.ready();
	}

	async ready() {
		await expect(this.page.locator('html')).not.toHaveClass(/l10n-pending/);
		await expect(this.heading()).toBeVisible();
	}

	themeCards(): Locator {
		return this.page.locator('ul.themes > li > a');
	}

	nextTheme(): Locator {
		return this.page.locator('nav.more a.button');
	}

	explainer(): Locator {
		return this.page.locator('section[aria-labelledby="explainer-title"]');
	}

	ageOption(name: string | RegExp): Locator {
		return this.page.getByRole('radio', { name });
	}

	video(): Locator {
		return this.page.locator('video').first();
	}

	saveButton(): Locator {
		return this.page.locator('.save button').first();
	}

	saveState(): Locator {
		return this.page.locator('.save [role="status"]').first();
	}

	transcript(): Locator {
		return this.page.locator('details.transcript').first();
	}

	/** Text of the page that would betray a raw i18n key instead of a text. */
	async expectNoRawKeys() {
		await expect(this.page.locator('main')).not.toContainText(
			/\b(learn|read_aloud|language|common)\.[a-z_]+(\.[a-z_]+)*\b/
		);
	}

	async scrollToEnd() {
		await this.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
	}

	/** Scrolls through the whole page, as a child reading it would. */
	async readToTheEnd() {
		await this.page.getByRole('heading', { level: 2, name: /./ }).last().scrollIntoViewIfNeeded();
		await this.page.mouse.wheel(0, 10_000);
	}

	/** Waits until the device has stored that `key` (e.g. `theme:onderwijs`) was seen. */
	async waitUntilSeen(key: string) {
		await expect
			.poll(() =>
				this.page.evaluate(
					(key) =>
						new Promise<boolean>((resolve) => {
							const open = indexedDB.open('rechtop');
							// Never create the database here: that would be a version the app must upgrade.
							open.onupgradeneeded = () => open.transaction?.abort();
							open.onerror = () => resolve(false);
							open.onsuccess = () => {
								const db = open.result;
								if (!db.objectStoreNames.contains('progress')) {
									db.close();
									return resolve(false);
								}
								const get = db.transaction('progress').objectStore('progress').get(key);
								get.onsuccess = () => {
									db.close();
									resolve(get.result !== undefined);
								};
							};
						}),
					key
				)
			)
			.toBe(true);
	}
}
