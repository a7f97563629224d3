// Results for young people (issue 5): DEMO02 in Dutch and Arabic with axe, suppression in words,
// finding results, and the pages that explain why there is nothing to show.
import type { Page } from '@playwright/test';
import type { QuestionResult, ScanResults } from '../../src/lib/api/results';
import { expect, expectNoAxeViolations, test, useLocale, waitForServiceWorker } from './fixtures';
import { DEMO02, FindPage, publishedResults, ResultsPage, text } from './pages/results';

const percentOf = (q: QuestionResult, value: string) =>
	q.options.find((o) => o.value === value)?.percent ?? null;
const tenths = (percent: number) => Math.round(percent / 10);

let demo02: ScanResults;
test.beforeAll(async () => {
	demo02 = await publishedResults(DEMO02.code);
});

const byId = (id: string) => demo02.questions.find((q) => q.id === id)!;

test.describe('results of DEMO02', () => {
	test('in Dutch: one sentence per question from the rounded figures, bars with labels, axe clean', async ({
		page
	}) => {
		const results = new ResultsPage(page);
		await results.open(DEMO02.code);
		await expect(results.heading()).toHaveText(DEMO02.title.nl);
		await expect(page.getByText(`Ongeveer ${demo02.respondents} mensen deden mee.`)).toBeVisible();

		// Every agree and yes question says "x van de 10" from the published percentages.
		const shown = demo02.questions.filter(
			(q) => !q.suppressed && (q.kind === 'smiley5' || q.kind === 'yes_no_unsure')
		);
		expect(shown.length).toBeGreaterThan(8);
		for (const q of shown) {
			const share =
				q.kind === 'smiley5' ? [percentOf(q, '4'), percentOf(q, '5')] : [percentOf(q, 'yes')];
			if (share.includes(null)) continue;
			const n = tenths((share as number[]).reduce((a, b) => a + b, 0));
			const expected =
				q.kind === 'smiley5'
					? `Ongeveer ${n} van de 10 mensen die meededen ${n === 1 ? 'is' : 'zijn'} het hiermee (helemaal) eens.`
					: `Ongeveer ${n} van de 10 mensen die meededen ${n === 1 ? 'zegt' : 'zeggen'} ja.`;
			await expect(results.sentence(q.id), q.id).toHaveText(expected);
		}
		// "Ik voel me veilig op school": 34 % agree and 34 % strongly agree.
		await expect(results.sentence('onderwijs_veilig')).toHaveText(
			'Ongeveer 7 van de 10 mensen die meededen zijn het hiermee (helemaal) eens.'
		);

		// The bars carry the label and the percentage; a small cell says so, never a number.
		const thuis = byId('meedoen_thuis_gehoord');
		expect(thuis.options.map((o) => [o.fewer_than_5, o.percent])).toContainEqual([true, null]);
		const labels = [
			'Helemaal niet mee eens',
			'Niet mee eens',
			'Ertussenin',
			'Mee eens',
			'Helemaal mee eens'
		];
		expect(await results.bars(thuis.id)).toEqual(
			thuis.options.map(
				(o, i) =>
					`${labels[i]}: ${o.fewer_than_5 ? 'minder dan 5' : o.percent === null ? 'verborgen' : `${o.percent}%`}`
			)
		);
		// The most chosen option of a choice question, in quotes.
		const first = byId('jeugdstrategie_eerst_aanpakken');
		const top = Math.max(...first.options.map((o) => o.percent ?? 0));
		const winner = first.options.find((o) => o.percent === top)!;
		await expect(results.sentence(first.id)).toContainText(`„${winner.label!.nl}”`);

		await expectNoAxeViolations(page, '/uitslagen/DEMO02');
		const table = await results.showTable(thuis.id);
		await expect(table.getByRole('row')).toHaveCount(6);
		await expect(table.getByRole('row', { name: /Helemaal niet mee eens/ })).toContainText(
			'minder dan 5'
		);
		await expect(table.getByRole('row', { name: /^Mee eens/ })).toContainText(
			`ongeveer ${thuis.options[3].count}`
		);
		await expectNoAxeViolations(page, '/uitslagen/DEMO02 with a table open');
	});

	test('small groups are explained in words, never shown as a number', async ({ page }) => {
		const results = new ResultsPage(page);
		await results.open(DEMO02.code);

		// A question too few answered, for everyone.
		const hidden = demo02.questions.filter((q) => q.kind !== 'text' && q.suppressed);
		expect(hidden.length).toBeGreaterThan(0);
		for (const q of hidden) {
			await expect(results.question(q.id)).toContainText(text('nl', 'suppressed', 'young'));
			await expect(results.question(q.id).locator('figure')).toHaveCount(0);
		}

		// Age bands the server hides (16–18 has 9 young people; parents go with them).
		const bands = demo02.respondents_by_age_band!;
		expect(bands.filter((b) => b.hidden).map((b) => b.age_band)).toEqual(['16-18', 'parent']);
		await results.audience('16–18 jaar').click();
		await expect(results.audience('16–18 jaar')).toHaveAttribute('aria-pressed', 'true');
		await expect(page.getByText('Je ziet nu de antwoorden van: 16–18 jaar.')).toBeAttached();
		await expect(
			page.getByText('Te weinig jongeren van 16 tot 18 jaar deden mee om te laten zien hoeveel.')
		).toBeVisible();
		await expect(page.locator('main figure')).toHaveCount(0);
		await expect(results.question('onderwijs_veilig')).toHaveText(
			/Te weinig jongeren gaven antwoord om dit te laten zien\. Zo blijft iedereen onherkenbaar\./
		);
		await expect(page.locator('main')).not.toContainText('%');

		await results.audience('Ouders').click();
		await expect(page.locator('main figure')).toHaveCount(0);
		await expect(results.question('onderwijs_veilig')).toContainText(
			text('nl', 'suppressed', 'parents')
		);
		await expectNoAxeViolations(page, 'DEMO02, parents');

		// A band that is shown: its own figures and sentence.
		await results.audience('8–11 jaar').click();
		const band = byId('onderwijs_veilig').by_age_band.find((b) => b.age_band === '8-11')!;
		const agree = (band.options[3].percent ?? 0) + (band.options[4].percent ?? 0);
		await expect(results.sentence('onderwijs_veilig')).toHaveText(
			`Ongeveer ${tenths(agree)} van de 10 kinderen van 8 tot 11 jaar zijn het hiermee (helemaal) eens.`
		);
	});

	test('in Arabic, right to left, axe clean with a table open', async ({ page }) => {
		await useLocale(page, 'ar');
		const results = new ResultsPage(page);
		await results.open(DEMO02.code);
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(results.heading()).toHaveText(DEMO02.title.ar);
		await expect(results.sentence('onderwijs_veilig')).toHaveText(
			'يوافق نحو 7 من كل 10 من المشاركين على ذلك أو يوافق عليه تمامًا.'
		);
		await expect(results.question('onderwijs_veilig').locator('h3')).toHaveText(
			'أشعر بالأمان في المدرسة.'
		);
		await expectNoAxeViolations(page, '/uitslagen/DEMO02 in ar');
		const table = await results.showTable('onderwijs_veilig');
		await expect(table.getByRole('columnheader')).toHaveText([
			'الإجابة',
			'النسبة المئوية',
			'العدد (مقرّب)'
		]);
		await results.audience('الآباء والأمهات').click();
		await expect(results.question('onderwijs_veilig')).toContainText(
			text('ar', 'suppressed', 'parents')
		);
		await results.audience('الجميع').click();
		await expectNoAxeViolations(page, '/uitslagen/DEMO02 in ar with a table open');
	});

	test('what the municipality does with it, per theme', async ({ page }) => {
		// Feedback is added to the real answer here, so the database stays as other tests expect it.
		await page.route('**/rest/v1/rpc/scan_results', async (route) => {
			const response = await route.fetch();
			const body = (await response.json()) as ScanResults;
			body.feedback = [
				{
					theme: 'onderwijs',
					stage: 'done',
					body: { nl: 'Er is nu een vertrouwenspersoon op elke school.' },
					published_at: '2026-11-28T10:00:00Z'
				},
				{
					theme: 'onderwijs',
					stage: 'plan',
					body: {
						nl: 'We praten met alle scholen over pesten.',
						ar: 'سنتحدث مع كل المدارس عن التنمر.'
					},
					published_at: '2026-11-24T10:00:00Z'
				}
			];
			await route.fulfill({ response, json: body });
		});
		const results = new ResultsPage(page);
		await results.open(DEMO02.code);
		const theme = page.locator('[data-theme="onderwijs"]');
		const feedback = theme.getByRole('complementary', { name: 'Wat doen we ermee?' });
		await expect(feedback.getByRole('listitem')).toHaveText([
			/Dit gaan we doen\s*We praten met alle scholen over pesten\./,
			/Dit is gedaan\s*Er is nu een vertrouwenspersoon op elke school\./
		]);
		await expect(page.locator('[data-theme="meedoen"]').getByRole('complementary')).toHaveCount(0);
		await expectNoAxeViolations(page, 'DEMO02 with feedback');
	});
});

test.describe('finding results', () => {
	test('by the name of the municipality and by the code, in any spelling', async ({ page }) => {
		const find = new FindPage(page);
		await find.open();
		await find.search('demodorp');
		await expect(find.results().filter({ hasText: DEMO02.title.nl })).toHaveAttribute(
			'href',
			'/uitslagen/DEMO02'
		);
		await expectNoAxeViolations(page, '/uitslagen with results');

		await find.search('demo02');
		await expect(find.results()).toHaveCount(1);
		await expect(page.getByRole('status')).toHaveText('We vonden 1 uitslag.');
		await find.results().click();
		await expect(page).toHaveURL(/\/uitslagen\/DEMO02$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO02.title.nl);

		// Back to the search: the results are still there.
		await page.goBack();
		await expect(find.results()).toHaveCount(1);

		await find.search('nergensdorp');
		await expect(page.getByRole('status')).toHaveText(
			'We vonden geen uitslagen bij „nergensdorp”. Misschien staat er een typfout in. Of de uitslagen zijn er nog niet.'
		);
		await find.search('x');
		await expect(page.getByRole('alert')).toHaveText(text('nl', 'find', 'too_short'));
	});

	test('the scans this device took part in are listed', async ({ page }) => {
		// Opening results creates the device database; then the app's scan flow would have left a
		// joined scan and a receipt, which are written here directly.
		const results = new ResultsPage(page);
		await results.open(DEMO02.code);
		await page.evaluate(
			async (scan) => {
				const open = indexedDB.open('rechtop');
				const idb = await new Promise<IDBDatabase>((ok, fail) => {
					open.onsuccess = () => ok(open.result);
					open.onerror = () => fail(open.error);
				});
				const tx = idb.transaction(['scans', 'receipts'], 'readwrite');
				tx.objectStore('scans').put({
					id: scan.id,
					joinKey: 'DEM002',
					joinedAt: Date.now() - 86_400_000,
					scan: {
						id: scan.id,
						join_code: scan.code,
						title: { nl: scan.title },
						municipality: { name: 'Demodorp', cbs_code: 'GM9999' },
						opens_at: null,
						closes_at: null,
						status: 'open',
						age_bands: ['8-11'],
						questions: []
					}
				});
				tx.objectStore('receipts').put({
					id: crypto.randomUUID(),
					kind: 'response',
					subjectId: scan.id,
					receivedAt: Date.now() - 80_000_000
				});
				await new Promise((ok) => (tx.oncomplete = ok));
				idb.close();
			},
			{ id: DEMO02.id, code: DEMO02.code, title: DEMO02.title.nl }
		);

		await page.goto('/uitslagen');
		const link = page.getByRole('link', { name: `Je deed mee aan: ${DEMO02.title.nl}` });
		await expect(link).toHaveAttribute('href', '/uitslagen/DEMO02');
		await expectNoAxeViolations(page, '/uitslagen with a scan taken part in');
	});
});

test.describe('when there is nothing to show', () => {
	async function expectProblem(page: Page, title: string, body: string | RegExp) {
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
		await expect(page.locator('main')).toContainText(body);
		await expect(page.locator('main figure')).toHaveCount(0);
		await expect(page.getByRole('link', { name: 'Zoek andere uitslagen' })).toBeVisible();
	}

	test('an unknown code and a scan whose results are not published', async ({ page }) => {
		await page.goto('/uitslagen/ZZZ999');
		await expectProblem(
			page,
			'Deze code kennen we niet',
			'We vinden geen scan met de code „ZZZ999”.'
		);
		await expectNoAxeViolations(page, 'unknown code');

		await page.goto('/uitslagen/DEMO01');
		await expectProblem(page, 'De uitslagen zijn er nog niet', /de uitslagen zijn nog niet klaar/);
		await expectNoAxeViolations(page, 'unpublished scan');

		await useLocale(page, 'ar');
		await page.goto('/uitslagen/DEMO01');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			text('ar', 'not_published', 'title')
		);
		await expectNoAxeViolations(page, 'unpublished scan in ar');
	});

	test('a scan too small to show anything', async ({ page }) => {
		// What the server publishes for a scan with fewer than k_min respondents.
		await page.route('**/rest/v1/rpc/scan_results', async (route) => {
			const response = await route.fetch();
			const body = (await response.json()) as ScanResults;
			body.respondents = null;
			body.respondents_by_age_band = body.respondents_by_age_band!.map((b) => ({
				...b,
				n: null,
				hidden: true
			}));
			body.questions = body.questions.map((q) => ({
				...q,
				n: null,
				suppressed: true,
				options: [],
				by_age_band: [],
				comparison: null
			}));
			await route.fulfill({ response, json: body });
		});
		await page.goto('/uitslagen/DEMO02');
		await expectProblem(page, text('nl', 'too_small', 'title'), text('nl', 'too_small', 'text'));
		await expect(page.locator('main')).not.toContainText('%');
		await expectNoAxeViolations(page, 'too small');
	});

	test('offline: the last results viewed, saying when they were fetched; else a clear message', async ({
		page,
		context
	}) => {
		const results = new ResultsPage(page);
		await results.open(DEMO02.code);
		await expect(results.sentence('onderwijs_veilig')).toBeVisible();
		await waitForServiceWorker(page);
		await context.setOffline(true);
		try {
			await page.goto('/uitslagen/DEMO02');
			await expect(results.heading()).toHaveText(DEMO02.title.nl);
			await expect(
				page.getByRole('status').filter({ hasText: 'Je hebt nu geen internet.' })
			).toHaveText(/Je ziet de uitslagen zoals we ze ophaalden op \d+ \w+ \d{4}/);
			await expect(results.sentence('onderwijs_veilig')).toHaveText(
				'Ongeveer 7 van de 10 mensen die meededen zijn het hiermee (helemaal) eens.'
			);

			await page.goto('/uitslagen/ABCD12');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Geen internet');
			await expect(page.getByRole('button', { name: 'Probeer opnieuw' })).toBeVisible();
		} finally {
			await context.setOffline(false);
		}
	});
});
