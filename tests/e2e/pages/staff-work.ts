// Page objects for the staff pages that run scans, publish results and run voting rounds.
import { expect, type Locator, type Page } from '@playwright/test';

export const STAFF = { email: 'staff@demodorp.test', password: 'rechtop-demo' };

/** `datetime-local` value `days` from now. */
export function localInput(days: number): string {
	const d = new Date(Date.now() + days * 86_400_000);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export async function signIn(page: Page, next = '/beheer') {
	await page.goto(`/beheer/inloggen?next=${encodeURIComponent(next)}`);
	// By id, so that signing in works in every language.
	await page.locator('#email').fill(STAFF.email);
	await page.locator('#password').fill(STAFF.password);
	await page.locator('#password').press('Enter');
	await expect(page).toHaveURL(new RegExp(`${next.replace(/[/]/g, '\\/')}$`));
}

export class ScanPages {
	constructor(readonly page: Page) {}

	async createFromBank(title: string, theme: string, ageBand: string, count: number) {
		const page = this.page;
		await page.goto('/beheer/scans/nieuw');
		await expect(
			page.getByRole('heading', { level: 1, name: 'Nieuwe kinderrechtenscan' })
		).toBeVisible();
		await page.getByLabel('Titel in het Nederlands').fill(title);
		for (const band of ['8–11 jaar', '12–15 jaar', '16–18 jaar', 'Ouders en verzorgers']) {
			const box = page.getByRole('group', { name: 'Voor wie is de scan?' }).getByLabel(band);
			if (band === ageBand) await box.check();
			else await box.uncheck();
		}
		await page.getByLabel('Sluit op (optioneel)').fill(localInput(14));
		await page.getByLabel('Thema', { exact: true }).selectOption({ label: theme });
		await page.getByLabel('Leeftijd', { exact: true }).selectOption({ label: ageBand });
		const found = this.bankItems();
		await expect(found.first()).toBeVisible();
		for (const item of await found.all()) await expect(item).toContainText(theme);
		const chosen: string[] = [];
		for (let i = 0; i < count; i++) {
			await found.nth(i).getByRole('checkbox').check();
			chosen.push((await found.nth(i).locator('[lang=nl]').textContent()) ?? '');
		}
		return chosen;
	}

	bankItems(): Locator {
		return this.page.getByRole('group', { name: 'Vragen uit de vragenbank' }).getByRole('listitem');
	}

	selected(): Locator {
		return this.page.getByRole('region', { name: /Jouw scan/ }).getByRole('listitem');
	}

	async save() {
		await this.page.getByRole('button', { name: 'Scan opslaan als concept' }).click();
		await expect(this.page).toHaveURL(/\/beheer\/scans\/[0-9a-f-]{36}$/);
		await expect(this.status()).toHaveText('Concept');
	}

	status(): Locator {
		return this.page.locator('.status');
	}

	async confirm(start: string, yes: string) {
		await this.page.getByRole('button', { name: start }).click();
		await this.page.getByRole('button', { name: yes }).click();
	}

	joinCode(): Locator {
		return this.page.getByTestId('join-code');
	}

	/** The breakdown table of one question: header cells and body cells as text. */
	async table(questionId: string): Promise<{ header: string[]; rows: string[][] }> {
		const table = this.page.locator(`table[data-question="${questionId}"]`);
		await expect(table).toBeVisible();
		const header = await table.locator('thead th').allInnerTexts();
		const rows: string[][] = [];
		for (const row of await table.locator('tbody tr').all()) {
			rows.push((await row.locator('th, td').allInnerTexts()).map((s) => s.trim()));
		}
		return { header: header.map((s) => s.trim()), rows };
	}
}

export class RoundPages {
	constructor(readonly page: Page) {}

	async create(title: string) {
		const page = this.page;
		await page.goto('/beheer/rondes/nieuw');
		await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe stemronde' })).toBeVisible();
		await page.getByLabel('Titel in het Nederlands').fill(title);
		await page.getByLabel('Punten verdelen').check();
		await page.getByLabel('Opent op').fill(localInput(0));
		await page.getByLabel('Sluit op').fill(localInput(7));
		await page.getByRole('button', { name: 'Stemronde maken' }).click();
		await expect(page).toHaveURL(/\/beheer\/rondes\/[0-9a-f-]{36}$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	}

	cards(): Locator {
		return this.page.getByRole('region', { name: 'Vel met stembiljetten' }).getByRole('listitem');
	}
}
