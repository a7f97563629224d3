// Page object for the rights scan as a child goes through it (`/scan`, `/s/CODE`).
import { expect, type Locator, type Page } from '@playwright/test';

export const DEMO01_TITLE = 'Hoe is het om op te groeien in Demodorp?';

export class ScanPage {
	constructor(readonly page: Page) {}

	get heading(): Locator {
		return this.page.getByRole('heading', { level: 1 });
	}
	get stepHeading(): Locator {
		return this.page.locator('#step-heading');
	}
	get progress(): Locator {
		return this.page.locator('#scan-progress');
	}
	get status(): Locator {
		return this.page.locator('.sync-status');
	}

	async open(code = 'DEMO01') {
		await this.page.goto(`/s/${code}`);
		await expect(this.heading).toHaveText(DEMO01_TITLE);
	}

	async joinWithCode(typed: string) {
		await this.page.goto('/scan');
		await this.page.getByLabel('Code van de scan').fill(typed);
		await this.page.getByRole('button', { name: 'Meedoen' }).click();
	}

	async start() {
		await this.page.getByRole('button', { name: 'Ik snap het. Beginnen!' }).click();
		await expect(this.stepHeading).toHaveText('Hoe oud ben je?');
	}

	async chooseAge(label: string) {
		await this.page.getByRole('radio', { name: label }).check();
		await this.next();
	}

	async choose(label: string) {
		await this.page.getByRole('radio', { name: label, exact: true }).check();
	}

	async next() {
		await this.page.getByRole('button', { name: 'Volgende' }).click();
	}

	async back() {
		await this.page.getByRole('button', { name: 'Terug' }).click();
	}

	async skip() {
		await this.page.getByRole('button', { name: 'Wil ik niet zeggen' }).click();
	}

	/** "Vraag 3 van 12" → [3, 12] */
	async position(): Promise<[number, number]> {
		const text = (await this.progress.textContent()) ?? '';
		const match = /Vraag (\d+) van (\d+)/.exec(text);
		if (!match) throw new Error(`no progress on screen: ${text}`);
		return [Number(match[1]), Number(match[2])];
	}

	/** Answers every question left with its first option (or a short text) up to the last screen. */
	async answerTheRest() {
		while (await this.progress.isVisible()) {
			const [current] = await this.position();
			const textarea = this.page.locator('fieldset textarea');
			if (await textarea.count()) {
				await textarea.fill('Meer plekken om te sporten');
			} else {
				await this.page.locator('fieldset').locator('input').first().check();
			}
			await this.next();
			const following = this.progress.filter({ hasText: `Vraag ${current + 1} van` });
			await expect(following.or(this.stepHeading.getByText('Je bent klaar!'))).toBeVisible();
		}
		await expect(this.stepHeading).toHaveText('Je bent klaar!');
	}

	async send() {
		await this.page.getByRole('button', { name: 'Versturen' }).click();
		await expect(this.stepHeading).toHaveText('Dank je wel!');
	}

	/** Ids of the items in the device's outbox and receipts (IndexedDB, read like any page could). */
	async device(): Promise<{ outbox: string[]; receipts: string[]; drafts: string[] }> {
		return this.page.evaluate(
			() =>
				new Promise((resolve, reject) => {
					const request = indexedDB.open('rechtop');
					request.onerror = () => reject(request.error);
					request.onsuccess = () => {
						const db = request.result;
						const tx = db.transaction(['outbox', 'receipts', 'drafts'], 'readonly');
						const outbox = tx.objectStore('outbox').getAllKeys();
						const receipts = tx.objectStore('receipts').getAllKeys();
						const drafts = tx.objectStore('drafts').getAllKeys();
						tx.oncomplete = () => {
							db.close();
							resolve({
								outbox: outbox.result as string[],
								receipts: receipts.result as string[],
								drafts: drafts.result as string[]
							});
						};
					};
				})
		);
	}
}
