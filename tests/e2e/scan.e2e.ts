// The rights scan end to end (issue 4): join, answer offline, resume after closing the page, and
// every finished scan reaches the server exactly once — also when the server fails the first try
// and when two tabs are open.
import type { Page, Request } from '@playwright/test';
import {
	dbQuery,
	expect,
	expectNoAxeViolations,
	test,
	useLocale,
	waitForServiceWorker
} from './fixtures';
import { DEMO01_TITLE, ScanPage } from './pages/scan';

async function storedCount(id: string): Promise<number> {
	const [row] = await dbQuery<{ n: number }>(
		'select count(*)::int as n from public.responses where id = $1',
		[id]
	);
	return row.n;
}

/** Ids in every submit_responses request the browser (page or service worker) made. */
function watchSubmissions(requests: Request[]) {
	return () =>
		requests
			.filter((r) => r.url().includes('/rest/v1/rpc/submit_responses') && r.method() === 'POST')
			.flatMap((r) => (r.postDataJSON() as { p_batch: { id: string }[] }).p_batch.map((i) => i.id));
}

test.describe('joining', () => {
	test('the code entry forgives case, spaces and look-alikes', async ({ page }) => {
		const scan = new ScanPage(page);
		await scan.joinWithCode('demo o1');
		await expect(page).toHaveURL(/\/s\/DEMOO1$/);
		await expect(scan.heading).toHaveText(DEMO01_TITLE);
		await expect(page.getByText('Demodorp', { exact: true })).toBeVisible();

		await page.goto('/scan');
		await expect(page.getByRole('link', { name: new RegExp(DEMO01_TITLE) })).toHaveAttribute(
			'href',
			'/s/DEMO01'
		);
	});

	test('clear messages for a code that is too short, unknown or not open', async ({ page }) => {
		const scan = new ScanPage(page);
		await scan.joinWithCode('ab');
		await expect(page.getByRole('alert')).toHaveText(/4 tot 12 letters en cijfers/);
		await expect(page).toHaveURL(/\/scan$/);

		await page.goto('/s/NOPE99');
		await expect(page.getByRole('alert')).toHaveText(/We kennen deze code niet/);
		await page.goto('/s/DEMO03');
		await expect(page.getByRole('alert')).toHaveText(/Deze scan is nu niet open/);
	});

	test('with no network a scan not joined before says what to do', async ({ page, context }) => {
		await page.goto('/scan');
		await waitForServiceWorker(page);
		await context.setOffline(true);
		await page.goto('/s/VBS001');
		await expect(page.getByRole('alert')).toHaveText(/Je hebt nu geen internet/);
		await context.setOffline(false);
		await page.getByRole('button', { name: 'Probeer opnieuw' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Kinderrechtenscan Voorbeeldstad'
		);
	});
});

test.describe('answering', () => {
	test('offline: answers survive closing the page, and arrive exactly once', async ({
		page,
		context
	}) => {
		test.slow();
		const first = new ScanPage(page);
		await first.open();
		await waitForServiceWorker(page);
		await context.setOffline(true);

		await first.start();
		await first.chooseAge('12 tot en met 15 jaar');
		await expect(first.progress).toHaveText(/^Vraag 1 van \d+$/);
		const [, total] = await first.position();
		await first.choose('Mee eens');
		await first.next();
		await expect(first.progress).toHaveText(`Vraag 2 van ${total}`);
		await first.skip();
		await expect(first.progress).toHaveText(`Vraag 3 van ${total}`);
		const third = await first.stepHeading.textContent();
		await page.close();

		const again = new ScanPage(await context.newPage());
		await again.page.goto('/s/DEMO01');
		await expect(again.progress).toHaveText(`Vraag 3 van ${total}`);
		await expect(again.stepHeading).toHaveText(third!);
		await again.back();
		await expect(again.page.getByRole('button', { name: 'Wil ik niet zeggen' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await again.back();
		await expect(again.page.getByRole('radio', { name: 'Mee eens', exact: true })).toBeChecked();
		await again.next();
		await again.next();
		await again.answerTheRest();
		await again.send();

		await expect(again.status).toContainText('1 antwoord wacht op internet.');
		const device = await again.device();
		expect(device.drafts).toEqual([]);
		expect(device.outbox).toHaveLength(1);
		const [id] = device.outbox;
		expect(await storedCount(id)).toBe(0);

		await context.setOffline(false);
		await expect(again.status).toContainText('Alles is verstuurd.');
		await expect(again.page.locator('[data-response-id]')).toHaveAttribute('data-response-id', id);
		expect(await again.device()).toEqual({ outbox: [], receipts: [id], drafts: [] });
		expect(await storedCount(id)).toBe(1);
		const answers = await dbQuery<{ question_id: string; value: string }>(
			'select question_id, value from public.answers where response_id = $1 order by question_id',
			[id]
		);
		expect(answers).toContainEqual({ question_id: 'meedoen_thuis_gehoord', value: '4' });
		expect(answers.map((a) => a.question_id)).not.toContain('meedoen_school_meepraten');
		const [response] = await dbQuery<{ age_band: string; locale: string }>(
			'select age_band, locale from public.responses where id = $1',
			[id]
		);
		expect(response).toEqual({ age_band: '12-15', locale: 'nl' });
	});

	test('the server failing the first attempt: retried, stored once', async ({ page }) => {
		let attempts = 0;
		await page.route('**/rest/v1/rpc/submit_responses', async (route) => {
			attempts++;
			if (attempts === 1) {
				await route.fulfill({
					status: 500,
					contentType: 'application/json',
					body: '{"message":"down"}'
				});
			} else {
				await route.continue();
			}
		});
		const scan = new ScanPage(page);
		await scan.open();
		await scan.start();
		await scan.chooseAge('8 tot en met 11 jaar');
		await scan.answerTheRest();
		await scan.send();

		await expect(scan.status).toContainText('Alles is verstuurd.', { timeout: 15_000 });
		expect(attempts).toBeGreaterThanOrEqual(1);
		const { outbox, receipts } = await scan.device();
		expect(outbox).toEqual([]);
		expect(receipts).toHaveLength(1);
		expect(await storedCount(receipts[0])).toBe(1);
	});

	test('two tabs at once: one set of answers, sent once', async ({ page, context }) => {
		test.slow();
		const requests: Request[] = [];
		context.on('request', (request) => requests.push(request));
		const submitted = watchSubmissions(requests);

		const tabA = new ScanPage(page);
		const tabB = new ScanPage(await context.newPage());
		await tabA.open();
		await tabB.open();
		await waitForServiceWorker(page);
		await context.setOffline(true);

		await tabA.start();
		await tabA.chooseAge('16 tot en met 18 jaar');
		await tabA.answerTheRest();
		await tabA.send();
		const [id] = (await tabA.device()).outbox;
		expect(id).toBeTruthy();

		// Both tabs see the network come back at the same moment.
		await context.setOffline(false);
		await expect(tabA.status).toContainText('Alles is verstuurd.');
		await expect.poll(() => storedCount(id)).toBe(1);
		await tabB.page.goto('/scan');
		await expect(tabB.page.getByText('Je antwoorden zijn aangekomen')).toBeVisible();
		await tabB.page.waitForTimeout(1500);
		expect(submitted().filter((sent) => sent === id)).toHaveLength(1);
		expect(await storedCount(id)).toBe(1);
	});

	test('a browser that keeps nothing (private mode) says so before the first question', async ({
		page
	}) => {
		await page.addInitScript(() => {
			const refuse = () => {
				throw new DOMException(
					'The user denied permission to access the database.',
					'SecurityError'
				);
			};
			Object.defineProperty(window, 'indexedDB', {
				get: () => ({ open: refuse, deleteDatabase: refuse, databases: refuse, cmp: refuse })
			});
		});
		const scan = new ScanPage(page);
		await scan.open();
		await expect(page.getByRole('alert')).toHaveText(/Deze browser kan niets bewaren/);
		await page.getByRole('button', { name: 'Ik snap het. Beginnen!' }).click();
		await expect(page.getByRole('alert')).toHaveText(/Deze browser kan niets bewaren/);
		await expect(scan.stepHeading).toHaveText('Wat gebeurt er met je antwoorden?');
	});

	test('the language can change mid-scan without losing an answer', async ({ page }) => {
		const scan = new ScanPage(page);
		await scan.open();
		await scan.start();
		await scan.chooseAge('12 tot en met 15 jaar');
		await scan.choose('Helemaal mee eens');
		const dutch = await scan.stepHeading.textContent();

		await page.getByRole('button', { name: /Nederlands/ }).click();
		await page.getByRole('button', { name: 'English' }).click();
		await expect(scan.progress).toHaveText(/^Question 1 of \d+$/);
		await expect(scan.stepHeading).not.toHaveText(dutch!);
		await expect(scan.stepHeading).toHaveText('At home, people listen to what I think.');
		await expect(page.getByRole('radio', { name: 'Strongly agree' })).toBeChecked();
	});
});

/**
 * Axe sees the whole step: on a short screen a control that scrolls under the sticky bottom
 * navigation at that moment is reported as too small (focus itself stays clear of it through
 * scroll margins).
 */
async function expectAccessible(page: Page, label: string) {
	await page.evaluate(() => window.scrollTo(0, 0));
	await expectNoAxeViolations(page, label);
}

test.describe('accessibility', () => {
	test.use({ viewport: { width: 400, height: 2000 } });

	for (const locale of ['nl', 'ar']) {
		test(`the scan pages have no axe violations in ${locale}`, async ({ page }) => {
			await useLocale(page, locale);
			await page.goto('/scan');
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			await expectAccessible(page, `/scan in ${locale}`);

			await page.goto('/s/DEMO01');
			await expect(page.locator('#step-heading')).toBeVisible();
			await expectAccessible(page, `intro in ${locale}`);
			await page.locator('button.big').click();
			await expect(page.getByRole('radio').first()).toBeVisible();
			await expectAccessible(page, `age in ${locale}`);
			await page.getByRole('radio').first().check();
			await page.locator('.step-nav .button').last().click();
			await expect(page.locator('#scan-progress')).toBeVisible();
			await page.getByRole('radio').nth(3).check();
			await expectAccessible(page, `smiley question in ${locale}`);

			// through to the end: choice, multi and text questions on the way
			while (await page.locator('#scan-progress').isVisible()) {
				const textarea = page.locator('fieldset textarea');
				if (await textarea.count()) {
					await textarea.fill('Meer plekken om te sporten');
					await expectAccessible(page, `text question in ${locale}`);
				} else if (await page.getByRole('checkbox').count()) {
					await page.getByRole('checkbox').first().check();
					await expectAccessible(page, `multi question in ${locale}`);
				}
				await page.locator('.step-nav .button').last().click();
			}
			await expectAccessible(page, `finish in ${locale}`);
			await page.locator('.step-nav .button').last().click();
			await expect(page.locator('.sync-status')).toBeVisible();
			await expectAccessible(page, `thank you in ${locale}`);
		});
	}
});
