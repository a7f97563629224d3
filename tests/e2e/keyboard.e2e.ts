// Keyboard alone, and reduced motion (issue 8.1): joining and finishing a scan and reading results
// without a mouse, with a visible focus on every control on the way. The theme with its video and
// the ranking vote have their own keyboard tests (learn.e2e.ts, voting.e2e.ts).
import type { Page } from '@playwright/test';
import { dbQuery, expect, test } from './fixtures';
import { expectVisibleFocus } from './pages/quality';
import { DEMO02, ResultsPage } from './pages/results';
import { DEMO01_TITLE, ScanPage } from './pages/scan';

interface Focused {
	tag: string;
	type: string;
	name: string;
	/** The results card it is in (`data-question`). */
	question?: string;
}

/** The focused element: its tag, input type and the name a screen reader would start with. */
function focused(page: Page): Promise<Focused> {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		const input = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el : null;
		const label = input?.labels?.[0]?.textContent ?? '';
		return {
			tag: el?.tagName.toLowerCase() ?? '',
			type: el?.getAttribute('type') ?? '',
			name: (el?.getAttribute('aria-label') || label || el?.textContent || '').trim(),
			question: el?.closest<HTMLElement>('[data-question]')?.dataset.question
		};
	});
}

/** Presses Tab until the focus is on an element that `wanted` accepts; fails after 40 presses. */
async function tabTo(page: Page, wanted: (el: Focused) => boolean, what: string) {
	for (let i = 0; i < 40; i++) {
		await page.keyboard.press('Tab');
		const el = await focused(page);
		if (wanted(el)) {
			await expectVisibleFocus(page, what);
			return el;
		}
	}
	throw new Error(`Tab never reached ${what}`);
}

const button = (name: string | RegExp) => (el: Focused) =>
	el.tag === 'button' && (typeof name === 'string' ? el.name === name : name.test(el.name));
const control = (el: Focused) =>
	el.tag === 'textarea' || (el.tag === 'input' && ['radio', 'checkbox'].includes(el.type));

test('joining and finishing a scan with the keyboard alone', async ({ page }) => {
	test.slow();
	const scan = new ScanPage(page);
	await page.goto('/scan');
	await tabTo(page, (el) => el.tag === 'input' && el.type !== 'radio', 'the code field');
	await page.keyboard.type('demo 01');
	await page.keyboard.press('Enter');
	await expect(scan.heading).toHaveText(DEMO01_TITLE);

	await tabTo(page, button(/Beginnen/), 'the start button');
	await page.keyboard.press('Enter');
	await expect(scan.stepHeading).toHaveText('Hoe oud ben je?');
	await tabTo(page, control, 'the first age');
	// Arrow keys move the choice within a group of radio buttons.
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('radio', { name: '12 tot en met 15 jaar' })).toBeChecked();
	await tabTo(page, button('Volgende'), 'Volgende');
	await page.keyboard.press('Enter');

	await expect(scan.progress).toHaveText(/^Vraag 1 van \d+$/);
	let answered = 0;
	while (await scan.progress.isVisible()) {
		const [current] = await scan.position();
		const el = await tabTo(page, control, `an answer to question ${current}`);
		if (el.tag === 'textarea') await page.keyboard.type('Een veilig fietspad naar school');
		else await page.keyboard.press('Space');
		await tabTo(page, button('Volgende'), `Volgende on question ${current}`);
		await page.keyboard.press('Enter');
		answered++;
		const following = scan.progress.filter({ hasText: `Vraag ${current + 1} van` });
		await expect(following.or(scan.stepHeading.getByText('Je bent klaar!'))).toBeVisible();
	}
	expect(answered).toBeGreaterThan(5);
	await expect(scan.stepHeading).toHaveText('Je bent klaar!');
	await tabTo(page, button('Versturen'), 'Versturen');
	await page.keyboard.press('Enter');
	await expect(scan.stepHeading).toHaveText('Dank je wel!');
	await expect(scan.status).toContainText('Alles is verstuurd.');

	const id = await page.locator('[data-response-id]').getAttribute('data-response-id');
	const [stored] = await dbQuery<{ answers: number; texts: string[] }>(
		`select (select count(*)::int from public.answers where response_id = $1) as answers,
		        array(select body from public.free_texts where response_id = $1) as texts`,
		[id]
	);
	expect(stored.texts).toEqual(['Een veilig fietspad naar school']);
	expect(stored.answers + stored.texts.length).toBe(answered);
});

test('reading results with the keyboard alone: a table opens, the group changes', async ({
	page
}) => {
	const results = new ResultsPage(page);
	await results.open(DEMO02.code);
	const card = results.question('onderwijs_veilig');
	await tabTo(
		page,
		(el) => button(/tabel/)(el) && el.question === 'onderwijs_veilig',
		'the table button of onderwijs_veilig'
	);
	await page.keyboard.press('Enter');
	await expect(card.getByRole('table')).toBeVisible();

	await page.evaluate(() => window.scrollTo(0, 0));
	await page.locator('h1').focus();
	await tabTo(page, button('8–11 jaar'), 'the group “8–11 jaar”');
	await page.keyboard.press('Enter');
	await expect(results.audience('8–11 jaar')).toHaveAttribute('aria-pressed', 'true');
	await expect(results.sentence('onderwijs_veilig')).toContainText('kinderen van 8 tot 11 jaar');
});

test.describe('with reduced motion asked for', () => {
	test.use({ reducedMotion: 'reduce' });

	test('nothing moves: no animation or transition runs, no video plays by itself', async ({
		page
	}) => {
		const moving = () =>
			page.evaluate(() =>
				document
					.getAnimations()
					.filter((a) => Number(a.effect?.getComputedTiming().duration ?? 0) > 1)
					.map((a) => (a.effect as KeyframeEffect | null)?.target?.nodeName ?? 'unknown')
			);
		for (const url of ['/', '/leren/meedoen', '/s/DEMO01', `/uitslagen/${DEMO02.code}`]) {
			await page.goto(url);
			await expect(page.locator('html')).not.toHaveClass(/l10n-pending/);
			expect(await moving(), `animations on ${url}`).toEqual([]);
			const playing = await page
				.locator('video')
				.evaluateAll((videos) =>
					videos.filter((v) => !(v as HTMLVideoElement).paused || v.hasAttribute('autoplay'))
				);
			expect(playing, `videos playing on ${url}`).toHaveLength(0);
		}
	});
});
