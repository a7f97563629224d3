// Page objects for the results pages young people read (`/uitslagen`, `/uitslagen/CODE`), and the
// figures the server publishes, read straight from the E2E database to check the page against.
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import type { ScanResults } from '../../../src/lib/api/results';
import { dbQuery } from '../fixtures';

export const DEMO02 = {
	code: 'DEMO02',
	id: '00000000-0000-4000-8000-0000000de002',
	title: {
		nl: 'Kinderrechtenscan Demodorp – vorige ronde',
		ar: 'استطلاع حقوق الطفل في ديمودورب – الجولة السابقة'
	}
};

type Texts = Record<string, Record<string, string> | string>;
/** A text of the `results` namespace, e.g. `text('nl', 'suppressed', 'young')`. */
export function text(locale: string, group: string, key: string): string {
	const texts = JSON.parse(
		readFileSync(`src/lib/i18n/locales/${locale}/results.json`, 'utf8')
	) as Texts;
	return (texts[group] as Record<string, string>)[key];
}

/** What `scan_results` publishes for anyone (no signed-in user, as for a young person). */
export async function publishedResults(code: string): Promise<ScanResults> {
	const [row] = await dbQuery<{ r: ScanResults }>(`select public.scan_results($1) as r`, [code]);
	return row.r;
}

export class ResultsPage {
	constructor(readonly page: Page) {}

	heading(): Locator {
		return this.page.getByRole('heading', { level: 1 });
	}

	async open(code: string) {
		await this.page.goto(`/uitslagen/${code}`);
		await expect(this.page.locator('html')).not.toHaveClass(/l10n-pending/);
		await expect(this.heading()).toBeVisible();
	}

	/** The card of one question (`data-question` is its id in the question bank). */
	question(id: string): Locator {
		return this.page.locator(`[data-question="${id}"]`);
	}

	sentence(id: string): Locator {
		return this.question(id).locator('p.sentence');
	}

	/** The bar rows of a question's chart as "label: value" lines. */
	async bars(id: string): Promise<string[]> {
		return this.question(id)
			.locator('figure li')
			.evaluateAll((items) =>
				items.map((li) => {
					const label = li.querySelector('.label')?.textContent?.trim();
					const value = li.querySelector('.value')?.textContent?.trim();
					return `${label}: ${value}`;
				})
			);
	}

	audience(name: string): Locator {
		return this.page.getByRole('button', { name, exact: true });
	}

	async showTable(id: string): Promise<Locator> {
		const card = this.question(id);
		await card.getByRole('button', { name: /tabel|جدول/ }).click();
		const table = card.getByRole('table');
		await expect(table).toBeVisible();
		return table;
	}
}

export class FindPage {
	constructor(readonly page: Page) {}

	async open() {
		await this.page.goto('/uitslagen');
		await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(
			text('nl', 'find', 'title')
		);
	}

	async search(query: string) {
		await this.page.getByLabel(text('nl', 'find', 'label')).fill(query);
		await this.page.getByRole('button', { name: text('nl', 'find', 'button') }).click();
	}

	results(): Locator {
		return this.page
			.getByRole('region', { name: text('nl', 'find', 'results_title') })
			.getByRole('link');
	}
}
