// Youth-panel voting (issue 6): open a demo ballot, vote offline, reconnect, counted once; a second
// vote with the same code is refused; the pairwise walk; a ranking by keyboard only; bad codes;
// the closed round's results in Dutch and Arabic.
import type { Locator, Page } from '@playwright/test';
import { dbQuery, expect, expectNoAxeViolations, test, useLocale } from './fixtures';
import { issueCode } from './pages/ballots';

const ROUNDS = {
	points: '00000000-0000-4000-8000-000000006001',
	closedRanking: '00000000-0000-4000-8000-000000006002',
	pairwise: '00000000-0000-4000-8000-000000006003'
};

/** Votes the server holds for a ballot code (normalized), found by its hash as the server stores it. */
async function votesFor(normalizedCode: string): Promise<{ ballot: Record<string, unknown> }[]> {
	return dbQuery(
		`select v.ballot from public.votes v join public.ballots b on b.id = v.ballot_id
		 where b.code_hash = encode(extensions.digest($1, 'sha256'), 'hex')`,
		[normalizedCode]
	);
}

/** An open ranking round of its own (the seed has none open). */
async function openRankingRound(): Promise<string> {
	const [row] = await dbQuery<{ id: string }>(
		`insert into public.vote_rounds (municipality_id, title, method, opens_at, closes_at, status)
		 values ('00000000-0000-4000-8000-000000009999', '{"nl": "Proefronde top 3"}', 'ranking',
		         now() - interval '1 hour', now() + interval '1 day', 'open')
		 returning id`
	);
	return row.id;
}

/**
 * Axe over the whole page at once: the viewport as tall as the page, so that the sticky main menu
 * at the bottom of the screen does not sit on top of whatever happens to be scrolled under it.
 */
async function expectPageAxeClean(page: Page, label: string) {
	const size = page.viewportSize()!;
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
	try {
		await expectNoAxeViolations(page, label);
	} finally {
		await page.setViewportSize(size);
	}
}

/** Presses Tab until `target` has the focus: proves it can be reached by keyboard. */
async function tabTo(page: Page, target: Locator, max = 60) {
	for (let i = 0; i < max; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	await expect(target).toBeFocused();
}

class BallotPage {
	constructor(readonly page: Page) {}

	async open(code: string) {
		await this.page.goto(`/stem#${code}`);
	}
	async openFromVotingPage(typed: string) {
		await this.page.goto('/stemmen');
		await this.page.getByLabel('Je stemcode').fill(typed);
		await this.page.getByRole('button', { name: 'Open mijn stem' }).click();
	}
	start() {
		return this.page.getByRole('button', { name: 'Ik snap het. Ga stemmen!' }).click();
	}
	more(option: string) {
		return this.page.getByRole('button', { name: `Eén punt meer voor ${option}`, exact: true });
	}
	async give(option: string, points: number) {
		for (let i = 0; i < points; i++) await this.more(option).click();
	}
	next() {
		return this.page.getByRole('button', { name: 'Verder' }).click();
	}
	send() {
		return this.page.getByRole('button', { name: 'Ja, verstuur mijn stem' }).click();
	}
	check() {
		return this.page.getByRole('region', { name: 'Klopt dit?' });
	}
	heading(name: string | RegExp) {
		return this.page.getByRole('heading', { name });
	}
}

test.describe('voting with a ballot code', () => {
	test('a points vote made offline waits, is counted once, and the code cannot vote again', async ({
		page,
		context,
		browser
	}) => {
		// Another phone opens the same ballot first, while it is still unused.
		const other = await browser.newContext();
		const otherPage = new BallotPage(await other.newPage());
		await otherPage.open('DEMA-CCCC');
		await otherPage.start();

		const ballot = new BallotPage(page);
		await ballot.openFromVotingPage(' dema cccc ');
		await expect(page).toHaveURL(/\/stem#DEMACCCC$/);
		await expect(ballot.heading("Welke thema's zijn het belangrijkst?")).toBeVisible();
		await expect(ballot.heading('Zo werkt het: Verdeel 10 punten')).toBeVisible();
		await ballot.start();

		await context.setOffline(true);
		await ballot.give('Lekker in je vel', 6);
		await expect(page.getByText('Nog 4 punten over', { exact: true })).toBeVisible();
		await expectPageAxeClean(page, '/stem points');
		await ballot.next();
		await expect(page.getByRole('alert')).toHaveText(
			'Je kunt pas verder als je alle 10 punten hebt gegeven.'
		);
		await ballot.give('Leren voor iedereen', 4);
		await expect(page.getByText('Je hebt al je 10 punten gegeven.', { exact: true })).toBeVisible();
		await ballot.next();
		await expect(ballot.heading('Klopt dit?')).toBeVisible();
		await expect(ballot.check().getByRole('listitem')).toHaveText([
			/Lekker in je vel\s*6 punten/,
			/Leren voor iedereen\s*4 punten/
		]);
		await expectPageAxeClean(page, '/stem check');
		await ballot.send();
		await expect(ballot.heading('Je stem wacht op internet')).toBeVisible();
		expect(await votesFor('DEMACCCC')).toEqual([]);

		await context.setOffline(false);
		await expect(ballot.heading('Je stem is geteld!')).toBeVisible({ timeout: 15_000 });
		await expect(page.getByText('DEMA-CCCC', { exact: true })).toBeVisible();
		expect(await votesFor('DEMACCCC')).toEqual([
			{ ballot: { points: { 'mentale-gezondheid': 6, onderwijs: 4 } } }
		]);
		await page.reload();
		await expect(ballot.heading('Je stem is geteld!')).toBeVisible();
		await page.goto('/stemmen');
		await expect(page.getByRole('link', { name: /DEMA-CCCC.*Je stem is geteld/ })).toBeVisible();

		// The other phone votes differently with the same code: refused, in words.
		await otherPage.give('Een eerlijke kans', 10);
		await otherPage.next();
		await otherPage.send();
		await expect(otherPage.heading('Je stem is niet geteld')).toBeVisible({ timeout: 15_000 });
		await expect(otherPage.page.getByText('Met deze code is al gestemd.')).toBeVisible();
		await other.close();

		// A third phone opening the used code hears it at once.
		const third = await browser.newContext();
		const thirdPage = new BallotPage(await third.newPage());
		await thirdPage.open('DEMACCCC');
		await expect(thirdPage.page.getByRole('alert')).toContainText('Met deze code is al gestemd.');
		await third.close();

		const [{ n }] = await dbQuery<{ n: number }>(
			`select count(*)::int as n from public.votes v join public.ballots b on b.id = v.ballot_id
			 where b.code_hash = encode(extensions.digest($1, 'sha256'), 'hex')`,
			['DEMACCCC']
		);
		expect(n).toBe(1);
	});

	test('the pairwise round: choose, skip, done, check, counted', async ({ page }) => {
		const ballot = new BallotPage(page);
		await ballot.open('paar-cccc');
		await expect(ballot.heading('Zo werkt het: Kies uit twee')).toBeVisible();
		await expectNoAxeViolations(page, '/stem explanation');
		await ballot.start();

		const duel = page.getByRole('group', { name: 'Welke vind jij belangrijker?' });
		await page.getByRole('button', { name: 'Klaar' }).click();
		await expect(page.getByRole('alert')).toHaveText(
			'Kies eerst minstens één keer welke jij belangrijker vindt.'
		);
		const chosen: string[] = [];
		for (let i = 0; i < 3; i++) {
			const first = duel.getByRole('button').first();
			chosen.push((await first.textContent())!.trim());
			await first.click();
		}
		await page.getByRole('button', { name: 'Sla over' }).click();
		await duel.getByRole('button').last().click();
		await expect(page.getByText('Je hebt 4 keer gekozen.')).toBeVisible();
		await expectPageAxeClean(page, '/stem pairwise');
		await page.getByRole('button', { name: 'Klaar' }).click();

		await expect(ballot.heading('Klopt dit?')).toBeVisible();
		await expect(page.getByText(/vind je belangrijker dan/)).toHaveCount(4);
		await ballot.send();
		await expect(ballot.heading('Je stem is geteld!')).toBeVisible({ timeout: 15_000 });
		const [vote] = await votesFor('PAARCCCC');
		const pairs = vote.ballot.pairs as { winner: string; loser: string }[];
		expect(pairs).toHaveLength(4);
		const labels = await dbQuery<{ value: string; nl: string }>(
			`select o ->> 'value' as value, o -> 'label' ->> 'nl' as nl
			 from public.vote_rounds r, jsonb_array_elements(r.options) o where r.id = $1`,
			[ROUNDS.pairwise]
		);
		const nl = new Map(labels.map((l) => [l.value, l.nl]));
		expect(pairs.slice(0, 3).map((p) => nl.get(p.winner))).toEqual(chosen);
		await page.getByRole('link', { name: 'Bekijk de uitslag als de stemming klaar is' }).click();
		await expect(page.getByRole('heading', { name: 'De stemming is nog bezig' })).toBeVisible();
	});

	test('a ranking by keyboard only, with the top 3 reordered by arrow keys', async ({ page }) => {
		const code = await issueCode(await openRankingRound());
		await page.goto('/stemmen');
		await tabTo(page, page.getByLabel('Je stemcode'));
		await page.keyboard.type(`${code.slice(0, 4)} ${code.slice(4).toLowerCase()}`);
		await page.keyboard.press('Enter');
		const start = page.getByRole('button', { name: 'Ik snap het. Ga stemmen!' });
		await tabTo(page, start);
		await page.keyboard.press('Enter');

		for (const [option, place] of [
			['Lekker in je vel', 1],
			['Leren voor iedereen', 2]
		] as const) {
			await tabTo(page, page.getByRole('button', { name: `${option} (zet op plaats ${place})` }));
			await page.keyboard.press('Enter');
		}
		const next = page.getByRole('button', { name: 'Verder' });
		await tabTo(page, next);
		await page.keyboard.press('Enter');
		await expect(page.getByRole('alert')).toHaveText('Je top is nog niet vol. Kies er nog 1.');

		await tabTo(page, page.getByRole('button', { name: 'Een eerlijke kans (zet op plaats 3)' }));
		await page.keyboard.press('Space');
		const up = page.getByRole('button', { name: 'Een eerlijke kans een plaats hoger' });
		await tabTo(page, up);
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status').filter({ hasText: 'staat nu op' })).toHaveText(
			'Een eerlijke kans staat nu op plaats 2.'
		);
		await expect(up).toBeFocused();
		await page.keyboard.press('ArrowUp');
		await expect(page.getByRole('status').filter({ hasText: 'staat nu op' })).toHaveText(
			'Een eerlijke kans staat nu op plaats 1.'
		);
		await expectPageAxeClean(page, '/stem ranking');

		await tabTo(page, next);
		await page.keyboard.press('Enter');
		await expect(new BallotPage(page).check().getByRole('listitem')).toHaveText([
			/Plaats 1\s*Een eerlijke kans/,
			/Plaats 2\s*Lekker in je vel/,
			/Plaats 3\s*Leren voor iedereen/
		]);
		await tabTo(page, page.getByRole('button', { name: 'Ja, verstuur mijn stem' }));
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { name: 'Je stem is geteld!' })).toBeVisible({
			timeout: 15_000
		});
		expect(await votesFor(code)).toEqual([
			{ ballot: { ranking: ['jeugdstrafrecht', 'mentale-gezondheid', 'onderwijs'] } }
		]);
	});

	test('wrong, mistyped and closed codes, and no network, get a clear message', async ({
		page,
		context
	}) => {
		await page.goto('/stemmen');
		const field = page.getByLabel('Je stemcode');
		const open = page.getByRole('button', { name: 'Open mijn stem' });
		await open.click();
		await expect(page.getByRole('alert')).toHaveText(/Typ eerst je stemcode/);
		await field.fill('DEM0-CCCC');
		await open.click();
		await expect(page.getByRole('alert')).toContainText(
			'Deze tekens zitten nooit in een stemcode: ‘0’.'
		);
		await expect(field).toHaveAttribute('aria-invalid', 'true');
		await field.fill('DEMA-CCC');
		await open.click();
		await expect(page.getByRole('alert')).toHaveText(/Deze code is te kort/);
		await expect(page).toHaveURL(/\/stemmen$/);
		await expectPageAxeClean(page, '/stemmen with an error');

		await field.fill('DEMA-7777');
		await open.click();
		await expect(page.getByRole('alert')).toHaveText(/Deze stemcode kennen we niet/);
		await page.goto('/stem#RANG-XJKY');
		await expect(page.getByRole('alert')).toHaveText(/Deze stemming is gesloten/);
		await page.goto('/stem#ZZZZ-1111');
		await expect(page.getByRole('alert')).toHaveText(/Dit is geen goede stemcode/);
		await page.goto('/stem');
		await expect(page.getByRole('heading', { name: 'Geen stemcode gevonden' })).toBeVisible();

		// A ballot never opened on this device needs the network once; trying again works.
		await context.setOffline(true);
		await page.evaluate(() => (location.hash = 'DEMA-EEEE'));
		await expect(page.getByRole('alert')).toHaveText(/Je hebt nu geen internet/);
		await context.setOffline(false);
		await page.getByRole('button', { name: 'Probeer opnieuw' }).click();
		await expect(
			page.getByRole('heading', { name: 'Zo werkt het: Verdeel 10 punten' })
		).toBeVisible();
	});
});

test.describe('results of a round', () => {
	test('the closed ranking round in Dutch: ranking, figures, shared places, no axe findings', async ({
		page
	}) => {
		await page.goto('/stemmen');
		await page
			.getByRole('link', { name: 'Bekijk de uitslag van de Jongerenraad Demodorp' })
			.click();
		await expect(page).toHaveURL(`/stemmen/uitslag/${ROUNDS.closedRanking}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Uitslag: Wat moet de gemeente eerst aanpakken?'
		);
		await expect(page.getByText('Aantal stemmen: 40')).toBeVisible();
		const bars = page.getByRole('figure').getByRole('listitem');
		await expect(bars).toHaveCount(10);
		await expect(bars.first()).toHaveText(/1e plaats\s*Lekker in je vel\s*61 punten/);
		await expect(bars.nth(4)).toHaveText(/Gedeelde 5e plaats\s*Jouw stem telt\s*18 punten/);
		await expect(bars.nth(5)).toHaveText(
			/Gedeelde 5e plaats\s*Hulp als je die nodig hebt\s*18 punten/
		);
		await expect(bars.nth(6)).toHaveText(/7e plaats\s*Veilig een nieuw thuis\s*11 punten/);
		await expect(
			page.getByText(
				'Jouw stem telt en Hulp als je die nodig hebt hebben precies dezelfde score. Ze delen de 5e plaats.'
			)
		).toBeVisible();
		const firstRow = page.getByRole('row', { name: /Lekker in je vel/ });
		await expect(firstRow.getByRole('cell')).toHaveText(['1e plaats', '61', '13', '9', '4']);
		await expect(page.getByText(/Borda-telling/)).toBeVisible();
		await expectNoAxeViolations(page, 'results in nl');
	});

	test('results, the voting page and a ballot in Arabic, right to left, no axe findings', async ({
		page
	}) => {
		await useLocale(page, 'ar');
		await page.goto(`/stemmen/uitslag/${ROUNDS.closedRanking}`);
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'النتيجة: ما الذي يجب أن تعالجه البلدية أولًا؟'
		);
		await expect(page.getByText('المركز 5 (مشترك)').first()).toBeVisible();
		await expectNoAxeViolations(page, 'results in ar');
		await page.goto('/stemmen');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('صوّت في مجلس الشباب');
		await expectNoAxeViolations(page, '/stemmen in ar');
		await page.goto('/stem#DEMA-FFFF');
		await expect(
			page.getByRole('heading', { name: 'كيف يعمل التصويت: وزّع 10 نقاط' })
		).toBeVisible();
		await page.getByRole('button', { name: 'فهمت. لنصوّت!' }).click();
		await page.getByRole('button', { name: 'نقطة أكثر لـ أن تشعر بالراحة في داخلك' }).click();
		await expect(page.getByText('النقاط الباقية: 9', { exact: true })).toBeVisible();
		await expectPageAxeClean(page, '/stem points in ar');
	});

	test('an open or unknown round says so', async ({ page }) => {
		await page.goto(`/stemmen/uitslag/${ROUNDS.points}`);
		await expect(page.getByRole('heading', { name: 'De stemming is nog bezig' })).toBeVisible();
		await page.goto('/stemmen/uitslag/00000000-0000-4000-8000-00000000ffff');
		await expect(page.getByRole('heading', { name: 'Deze stemming kennen we niet' })).toBeVisible();
		await page.goto('/stemmen/uitslag/niet-een-ronde');
		await expect(page.getByRole('heading', { name: 'Deze stemming kennen we niet' })).toBeVisible();
	});
});
