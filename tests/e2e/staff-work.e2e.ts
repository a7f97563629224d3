// Staff at work (issues 4, 5, 6): a scan from the question bank through opening, the poster,
// closing, publishing and its results with the CSV export; a voting round with printed ballots.
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { parseCsv } from '../../src/lib/results/csv';
import { dbQuery, expect, expectNoAxeViolations, test, useLocale } from './fixtures';
import { RoundPages, ScanPages, signIn } from './pages/staff-work';

/**
 * Axe, with the page scrolled to its end: the app's bottom navigation is sticky, and axe counts a
 * link it happens to cover at the moment of the check as too small a target.
 */
async function axe(page: Page, label: string) {
	await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
	await expectNoAxeViolations(page, label);
}

interface ScanQuestion {
	id: string;
	options: { value: string }[];
}

/** Sends `n` answered scans for one age band as the app would, through submit_responses. */
async function answerScan(page: Page, joinCode: string, ageBand: string, n: number) {
	return page.evaluate(
		async ({ joinCode, ageBand, n }) => {
			const post = async (fn: string, body: unknown) => {
				const res = await fetch(`/rest/v1/rpc/${fn}`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify(body)
				});
				return res.json();
			};
			const scan = (await post('get_scan', { p_join_code: joinCode })) as {
				id: string;
				questions: ScanQuestion[];
			};
			const batch = Array.from({ length: n }, (_, i) => ({
				id: crypto.randomUUID(),
				scan_id: scan.id,
				age_band: ageBand,
				locale: 'nl',
				answered_at: new Date().toISOString(),
				answers: scan.questions
					.filter((q) => q.options.length > 0)
					.map((q, j) => ({
						question_id: q.id,
						// Mostly the first answer, some the second: figures shown, some cells small.
						value: q.options[(i + j) % 7 === 0 ? 1 : 0].value
					}))
			}));
			const result = (await post('submit_responses', { p_batch: batch })) as { status: string }[];
			return {
				questions: scan.questions.map((q) => q.id),
				stored: result.filter((r) => r.status === 'stored').length
			};
		},
		{ joinCode, ageBand, n }
	);
}

test.describe('staff run a rights scan', () => {
	test('from the bank to published results, with poster and CSV', async ({ page }) => {
		test.setTimeout(90_000);
		const scans = new ScanPages(page);
		await signIn(page, '/beheer/scans/nieuw');
		await axe(page, 'new scan');

		const title = `E2E-scan ${Date.now()}`;
		const chosen = await scans.createFromBank(
			title,
			'Recht op onderwijs voor alle kinderen',
			'Ouders en verzorgers',
			2
		);
		await expect(scans.selected()).toHaveCount(2);
		// The second question moves to the top, by keyboard.
		await page.getByRole('button', { name: 'Vraag 2 omhoog' }).press('Enter');
		await expect(scans.selected().first()).toContainText(chosen[1]);
		await axe(page, 'new scan, filled in');
		await scans.save();
		const scanId = page.url().split('/').pop()!;
		const [row] = await dbQuery<{ status: string; age_bands: string[]; ids: string[] }>(
			`select s.status, s.age_bands, array(select question_id from scan_questions q where q.scan_id = s.id order by position) as ids
			 from scans s where s.id = $1`,
			[scanId]
		);
		expect(row.status).toBe('draft');
		expect(row.age_bands).toEqual(['parent']);
		expect(row.ids).toHaveLength(2);
		await axe(page, 'draft scan');

		await scans.confirm('Scan openen', 'Ja, open de scan');
		await expect(scans.status()).toHaveText('Open');
		const code = (await scans.joinCode().textContent())!.trim();
		expect(code).toMatch(/^[A-Z0-9]{6}$/);
		const link = new URL(`/s/${code}`, page.url()).href;
		await expect(page.getByRole('link', { name: link })).toBeVisible();
		await expect(
			page.getByRole('img', { name: `QR-code die de scan met code ${code} opent` }).locator('svg')
		).toBeVisible();
		await expect(page.getByText('Ongeveer 0 deelnemers', { exact: true })).toBeVisible();
		await axe(page, 'open scan');

		await page.getByRole('link', { name: 'Poster maken' }).click();
		await expect(page.getByTestId('poster-code')).toHaveText(code);
		const poster = page.getByRole('article', { name: 'Voorbeeld van de poster' });
		await expect(poster).toContainText(
			'Doe mee met de kinderrechtenscan van Demodorp! Het is anoniem.'
		);
		await expect(poster.getByRole('img').locator('svg path')).toHaveCount(1);
		await page.getByLabel('Tweede taal op de poster (optioneel)').selectOption('ar');
		await expect(poster.locator('[lang=ar][dir=rtl]').first()).toBeVisible();
		await axe(page, 'poster');
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('button', { name: 'Poster printen' })).toBeHidden();
		await page.emulateMedia({ media: 'screen' });
		await page.getByRole('link', { name: 'Terug naar de scan' }).click();

		const answered = await answerScan(page, code, 'parent', 30);
		expect(answered.stored).toBe(30);
		await page.getByRole('button', { name: 'Nu verversen' }).click();
		await expect(page.getByText('Ongeveer 30 deelnemers', { exact: true })).toBeVisible();

		await scans.confirm('Scan sluiten', 'Ja, sluit de scan');
		await expect(scans.status()).toHaveText('Gesloten');
		await scans.confirm('Uitslag publiceren', 'Ja, publiceer de uitslag');
		await expect(scans.status()).toHaveText('Gepubliceerd');
		await axe(page, 'published scan');

		// The page's table of the first question against the CSV, cell by cell.
		const question = answered.questions[0];
		const table = await scans.table(question);
		expect(table.header).toEqual(['Antwoord', 'Iedereen', 'Ouders en verzorgers']);
		const downloading = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download als CSV' }).click();
		const file = await (await downloading).path();
		const text = await readFile(file, 'utf8');
		expect(text.startsWith('\uFEFF')).toBe(true);
		const csv = parseCsv(text);
		expect(csv[0]).toEqual([
			'thema',
			'vraag_id',
			'vraag',
			'groep',
			'antwoorden in groep (afgerond op 5)',
			'antwoord_code',
			'antwoord',
			'percentage',
			'aantal (afgerond op 5)',
			'opmerking'
		]);
		const forQuestion = csv.filter((r) => r[1] === question);
		expect(forQuestion).toHaveLength(table.rows.length * 2);
		let shownCells = 0;
		for (const cells of table.rows) {
			for (const [c, group] of ['Iedereen', 'Ouders en verzorgers'].entries()) {
				const line = forQuestion.find((l) => l[3] === group && l[6] === cells[0]);
				expect(line, `${group} / ${cells[0]}`).toBeDefined();
				const [percent, count, note] = line!.slice(7);
				const shown = percent === '' ? note : `${percent}% (${count})`;
				expect(cells[c + 1].replace(/\s+/g, ' ')).toBe(shown);
				if (percent !== '') shownCells++;
			}
		}
		expect(shownCells).toBeGreaterThan(0);

		// "What we do with it" for one theme, published at once.
		await page.getByRole('button', { name: 'Nieuw bericht schrijven' }).click();
		await page
			.getByLabel('Thema', { exact: true })
			.selectOption({ label: 'Recht op onderwijs voor alle kinderen' });
		await page
			.getByLabel('Tekst in het Nederlands')
			.fill('We praten met de scholen over veiligheid.');
		await page.getByRole('button', { name: 'Bericht opslaan' }).click();
		await expect(
			page.getByText('Het bericht is gepubliceerd. Jongeren zien het bij de uitslag.')
		).toBeVisible();
		await expect(
			page.getByRole('heading', {
				level: 3,
				name: 'Recht op onderwijs voor alle kinderen – Wat we gaan doen'
			})
		).toBeVisible();
		const posts = await dbQuery<{ theme: string; stage: string; published: boolean }>(
			'select theme, stage, published_at is not null as published from feedback_posts where scan_id = $1',
			[scanId]
		);
		expect(posts).toEqual([{ theme: 'onderwijs', stage: 'plan', published: true }]);

		// Free texts: admins only, behind a warning; this scan asked no open question.
		await expect(page.getByText(/Open antwoorden kunnen namen/)).toBeVisible();
		await page.getByRole('button', { name: 'Open antwoorden tonen' }).click();
		await expect(page.getByText('Er zijn geen open antwoorden gegeven.')).toBeVisible();

		await page.getByRole('link', { name: 'Rapport om te printen' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
		await expect(page.locator(`table[data-question="${question}"]`)).toBeVisible();
		await expect(page.getByText('We praten met de scholen over veiligheid.')).toBeVisible();
		await axe(page, 'report');
	});
});

test.describe('staff run a voting round', () => {
	test('create, open, print 5 ballots once, and a printed code opens its ballot', async ({
		page
	}) => {
		const rounds = new RoundPages(page);
		await signIn(page, '/beheer/rondes/nieuw');
		await axe(page, 'new round');
		const title = `E2E-ronde ${Date.now()}`;
		await rounds.create(title);
		const roundId = page.url().split('/').pop()!;
		await axe(page, 'draft round');

		await page.getByRole('button', { name: 'Stemronde openen' }).click();
		await page.getByRole('button', { name: 'Ja, open de stemronde' }).click();
		await expect(
			page.getByRole('status').filter({ hasText: 'De stemronde is open.' })
		).toBeVisible();
		await expect(page.getByText('0 stemmen uitgebracht, 0 stembiljetten gemaakt.')).toBeVisible();

		await page.getByRole('link', { name: 'Stembiljetten maken' }).click();
		await expect(page.getByText('Je ziet de codes maar één keer.')).toBeVisible();
		await axe(page, 'ballots form');
		await page.getByLabel('Aantal stembiljetten').fill('5');
		await page.getByRole('button', { name: 'Maak de stembiljetten' }).click();
		await expect(page.getByText('Er zijn 5 stembiljetten gemaakt.')).toBeVisible();
		await expect(rounds.cards()).toHaveCount(5);
		const codes = await page.getByTestId('ballot-code').allTextContents();
		expect(new Set(codes).size).toBe(5);
		for (const c of codes)
			expect(c).toMatch(/^[ACDEFGHJKMNPQRTUVWXY346789]{4}-[ACDEFGHJKMNPQRTUVWXY346789]{4}$/);
		await expect(
			page.getByRole('img', { name: /^QR-code voor stembiljet / }).locator('svg')
		).toHaveCount(5);
		await expect(rounds.cards().first()).toContainText(
			'Scan de QR-code met je telefoon en stem mee.'
		);
		await axe(page, 'ballot sheet');
		const [{ n }] = await dbQuery<{ n: number }>(
			'select count(*)::int as n from ballots where round_id = $1',
			[roundId]
		);
		expect(n).toBe(5);

		const ballot = await page.evaluate(async (code) => {
			const res = await fetch('/rest/v1/rpc/get_ballot', {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ p_ballot_code: code })
			});
			return {
				status: res.status,
				body: (await res.json()) as { round: { id: string }; used: boolean }
			};
		}, codes[2]);
		expect(ballot.status).toBe(200);
		expect(ballot.body.round.id).toBe(roundId);
		expect(ballot.body.used).toBe(false);

		await page.goto(`/beheer/rondes/${roundId}`);
		await expect(page.getByText('0 stemmen uitgebracht, 5 stembiljetten gemaakt.')).toBeVisible();
		await page.getByRole('button', { name: 'Stemronde sluiten' }).click();
		await page.getByRole('button', { name: 'Ja, sluit de stemronde' }).click();
		await expect(
			page.getByRole('status').filter({ hasText: 'De stemronde is gesloten.' })
		).toBeVisible();
		await expect(page.getByText('Er is nog niet gestemd.')).toBeVisible();
	});

	test('the seeded closed round shows its ranking, the figures and its ties', async ({ page }) => {
		await signIn(page, '/beheer/rondes/00000000-0000-4000-8000-000000006002');
		const table = page.getByRole('table', { name: 'Uitslag per keuze, van hoog naar laag' });
		await expect(table).toBeVisible();
		const headers = await table.locator('thead th').allInnerTexts();
		expect(headers).toEqual([
			'Plaats',
			'Keuze',
			'Borda-punten',
			'Keer op 1',
			'Keer op 2',
			'Keer op 3'
		]);
		const results = await page.evaluate(async () => {
			const res = await fetch('/rest/v1/rpc/round_results', {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ p_round_id: '00000000-0000-4000-8000-000000006002' })
			});
			return (await res.json()) as {
				ranking: { rank: number; score: number; label: { nl: string } }[];
				ties: string[][];
			};
		});
		const first = table.locator('tbody tr').first();
		await expect(first.locator('td').first()).toHaveText(String(results.ranking[0].rank));
		await expect(first.locator('th')).toHaveText(results.ranking[0].label.nl);
		await expect(first.locator('td').nth(1)).toHaveText(String(results.ranking[0].score));
		if (results.ties.length)
			await expect(page.getByText(/^Gedeelde \d+e plaats/).first()).toBeVisible();
		else await expect(page.getByText('Er zijn geen gedeelde plaatsen.')).toBeVisible();
		await axe(page, 'closed round');
	});
});

test.describe('staff pages in Arabic', () => {
	test('the published demo scan reads right to left and is axe clean', async ({ page }) => {
		await useLocale(page, 'ar');
		await signIn(page, '/beheer/scans/00000000-0000-4000-8000-0000000de002');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(
			page.getByRole('heading', { level: 2, name: 'النتائج', exact: true })
		).toBeVisible();
		await expect(page.locator('table[data-question]').first()).toBeVisible();
		await axe(page, 'published scan in ar');
	});
});
