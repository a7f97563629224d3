import { expect, expectNoAxeViolations, test, useLocale, waitForServiceWorker } from './fixtures';
import { LearnPages, content, explainers, themeSlugs, ui, uiFlat } from './pages/learn';

const nlThemes = content('nl', 'themes');
const arThemes = content('ar', 'themes');
const nlExplainers = explainers('nl');
const nlLearn = ui('nl', 'learn');
const arLearn = ui('ar', 'learn');
const learningPages = [
	'/leren',
	...themeSlugs.map((slug) => `/leren/${slug}`),
	'/rechten',
	'/rechten/12',
	'/hulp'
];

test.describe('learning in Dutch', () => {
	test('walks through the ten themes, each with its explainer, articles and help', async ({
		page
	}) => {
		const learn = new LearnPages(page);
		await learn.open('/leren');
		await expect(learn.heading()).toHaveText(nlLearn.overview.title);
		await expect(learn.themeCards()).toHaveCount(10);
		await learn.themeCards().first().click();

		for (const [i, slug] of themeSlugs.entries()) {
			await expect(page).toHaveURL(`/leren/${slug}`);
			await expect(learn.heading()).toHaveText(nlThemes[slug].title);
			await expect(learn.explainer()).toContainText(nlExplainers[slug].kids.intro);
			await expect(page.getByRole('heading', { name: nlLearn.theme.actions_title })).toBeVisible();
			await expect(page.locator('a[href^="/rechten/"]').first()).toBeVisible();
			await expect(page.locator('a[href="/hulp"]').last()).toBeVisible();
			await expect(page.locator('video, .youtube').first()).toBeAttached();
			await expect(page.getByText(ui('nl', 'common').language.fallback_note)).toHaveCount(0);
			if (i < themeSlugs.length - 1) await learn.nextTheme().click();
			else await expect(learn.nextTheme()).toHaveCount(0);
		}
	});

	test('asks the age once, shows the explainer for it and remembers the choice', async ({
		page
	}) => {
		const learn = new LearnPages(page);
		await learn.open('/leren/armoede');
		await expect(page.getByRole('group', { name: nlLearn.age.question })).toContainText(
			nlLearn.age.why
		);
		await learn.ageOption(nlLearn.age.teens).check();
		await expect(learn.explainer()).toContainText(nlExplainers.armoede.teens.intro);
		await page.reload();
		await learn.ready();
		await expect(learn.ageOption(nlLearn.age.teens)).toBeChecked();
		await expect(learn.explainer()).toContainText(nlExplainers.armoede.teens.intro);
		await expect(page.getByRole('group', { name: nlLearn.age.question })).toContainText(
			nlLearn.age.change
		);
	});

	test('shows a theme as seen on the overview once it was read', async ({ page }) => {
		const learn = new LearnPages(page);
		await learn.open('/leren/onderwijs');
		await learn.readToTheEnd();
		await learn.waitUntilSeen('theme:onderwijs');
		await page.getByRole('link', { name: nlLearn.theme.all_themes }).last().click();
		const card = learn.themeCards().filter({ hasText: nlThemes.onderwijs.title });
		await expect(card).toContainText(nlLearn.overview.seen);
		await expect(page.locator('.progress')).toHaveText(
			nlLearn.overview.progress.replace('{{count}}', '1').replace('{{total}}', '10')
		);
		await expect(learn.themeCards().filter({ hasText: nlLearn.overview.seen })).toHaveCount(1);
	});

	test('browses the 42 articles and links back to the themes', async ({ page }) => {
		const learn = new LearnPages(page);
		const articles = content('nl', 'articles');
		await learn.open('/rechten');
		await expect(page.locator('a[href^="/rechten/"]')).toHaveCount(42);
		await page.locator('a[href="/rechten/12"]').click();
		await expect(learn.heading()).toHaveText(articles['12'].title);
		await expect(page.locator('main')).toContainText(articles['12'].text);
		await page.locator('a[rel="next"]').click();
		await expect(learn.heading()).toHaveText(articles['13'].title);
		await page.getByRole('link', { name: nlThemes.meedoen.title }).click();
		await expect(page).toHaveURL('/leren/meedoen');
	});
});

test.describe('learning in Arabic', () => {
	test('is right-to-left, mirrored, and says where the text is still Dutch', async ({ page }) => {
		await useLocale(page, 'ar');
		const learn = new LearnPages(page);
		await learn.open('/leren');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(learn.heading()).toHaveText(arLearn.overview.title);
		const card = learn.themeCards().first();
		await expect(card).toContainText(arThemes.meedoen.title);
		const icon = await card.locator('.icon').boundingBox();
		const title = await card.locator('strong').boundingBox();
		expect(icon!.x, 'the icon sits at the right of the title').toBeGreaterThan(title!.x);

		await card.click();
		await expect(learn.heading()).toHaveText(arThemes.meedoen.title);
		await expect(learn.explainer()).toContainText(ui('ar', 'common').language.fallback_note);
		await expect(learn.explainer().locator('.explainer')).toHaveAttribute('lang', 'nl');
		await expect(learn.explainer().locator('.explainer')).toHaveAttribute('dir', 'ltr');
		await expect(learn.explainer()).toContainText(nlExplainers.meedoen.kids.intro);
		const back = await page.locator('.back svg').boundingBox();
		const main = await page.locator('main').boundingBox();
		expect(back!.x, 'the way back starts at the right').toBeGreaterThan(main!.x + main!.width / 2);
		await learn.expectNoRawKeys();

		for (const slug of themeSlugs.slice(1)) {
			await learn.nextTheme().click();
			await expect(learn.heading()).toHaveText(arThemes[slug].title);
			await learn.expectNoRawKeys();
		}
	});
});

for (const locale of ['nl', 'ar']) {
	test(`every learning page passes axe in ${locale}`, async ({ page }) => {
		test.slow();
		if (locale !== 'nl') await useLocale(page, locale);
		const learn = new LearnPages(page);
		for (const path of learningPages) {
			await learn.open(path);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			await learn.expectNoRawKeys();
			// At the end of the page the sticky bottom menu covers nothing; elsewhere, whether a link
			// half under it counts as too small depends on where a card happens to fall.
			await learn.scrollToEnd();
			await expectNoAxeViolations(page, `${path} in ${locale}`);
		}
	});
}

test('a theme and its video work with the keyboard alone', async ({ page }) => {
	const learn = new LearnPages(page);
	await learn.open('/leren');
	const focused = () => page.evaluate(() => document.activeElement?.getAttribute('href'));
	for (let i = 0; i < 30 && (await focused()) !== '/leren/meedoen'; i++)
		await page.keyboard.press('Tab');
	expect(await focused()).toBe('/leren/meedoen');
	await page.keyboard.press('Enter');
	await expect(learn.heading()).toHaveText(nlThemes.meedoen.title);

	const isVideo = () => page.evaluate(() => document.activeElement?.tagName === 'VIDEO');
	for (let i = 0; i < 30 && !(await isVideo()); i++) await page.keyboard.press('Tab');
	expect(await isVideo(), 'Tab reaches the video').toBe(true);
	await page.keyboard.press('Space');
	await expect
		.poll(() => learn.video().evaluate((v: HTMLVideoElement) => !v.paused && v.currentTime > 0.3))
		.toBe(true);
	const captions = await learn
		.video()
		.evaluate((v: HTMLVideoElement) =>
			[...v.textTracks].map((track) => `${track.language}:${track.mode}`)
		);
	expect(captions).toEqual(['nl:showing', 'en:disabled']);
	await page.keyboard.press('Space');

	for (let i = 0; i < 10; i++) {
		if (await page.evaluate(() => document.activeElement?.tagName === 'SUMMARY')) break;
		await page.keyboard.press('Tab');
	}
	await page.keyboard.press('Enter');
	await expect(learn.transcript()).toHaveAttribute('open', '');
	await expect(learn.transcript()).toContainText(
		'Jouw mening telt! Artikel 12 is een belangrijk kinderrecht.'
	);
});

test('a clip saved for offline plays with the network off, and can be removed', async ({
	page,
	context
}) => {
	const learn = new LearnPages(page);
	await learn.open('/leren/meedoen');
	await waitForServiceWorker(page);
	await learn.saveButton().click();
	await expect(learn.saveState()).toHaveText(nlLearn.video.saved);
	const cached = () =>
		page.evaluate(async () =>
			(await (await caches.open('rechtop-videos')).keys()).map((r) => new URL(r.url).pathname)
		);
	expect((await cached()).sort()).toEqual([
		'/videos/clip-meedoen.en.vtt',
		'/videos/clip-meedoen.jpg',
		'/videos/clip-meedoen.nl.vtt',
		'/videos/clip-meedoen.webm'
	]);

	await context.setOffline(true);
	await page.reload();
	await learn.ready();
	await expect(learn.saveButton()).toHaveText(nlLearn.video.remove);
	await learn.video().evaluate((v: HTMLVideoElement) => v.play());
	await expect
		.poll(() => learn.video().evaluate((v: HTMLVideoElement) => v.currentTime))
		.toBeGreaterThan(1);
	expect(await learn.video().evaluate((v: HTMLVideoElement) => v.error)).toBeNull();
	await learn.transcript().locator('summary').click();
	await expect(learn.transcript()).toContainText('Jouw mening telt!');

	await learn.saveButton().click();
	await expect(learn.saveState()).toHaveText(nlLearn.video.removed);
	expect(await cached()).toEqual([]);
	await context.setOffline(false);
});

test('every learning page opens offline after the first visit', async ({ page, context }) => {
	const learn = new LearnPages(page);
	await learn.open('/leren');
	await waitForServiceWorker(page);
	await context.setOffline(true);
	for (const path of [...learningPages, '/rechten/1', '/rechten/42']) {
		await learn.open(path);
		await expect(learn.heading(), path).not.toHaveText(/niet gevonden|geen internet/i);
	}
	// Moving between pages inside the app works offline too.
	await learn.open('/leren');
	await learn.themeCards().nth(4).click();
	await expect(learn.heading()).toHaveText(nlThemes.armoede.title);
	await context.setOffline(false);
});

test('nothing leaves the app before the YouTube video is tapped', async ({ page, guard }) => {
	const learn = new LearnPages(page);
	await learn.open('/leren/asiel');
	await learn.readToTheEnd();
	await page.waitForLoadState('networkidle');
	expect(guard.foreign).toEqual([]);
	await expect(page.locator('iframe')).toHaveCount(0);
	await expect(page.locator('.youtube')).toContainText(nlLearn.youtube.notice);

	guard.allowYouTube();
	await page.getByRole('button', { name: nlLearn.youtube.load }).click();
	const frame = page.locator('iframe');
	await expect(frame).toHaveAttribute(
		'src',
		'https://www.youtube-nocookie.com/embed/lJ65viFlJFM?autoplay=1'
	);
	await expect(frame).toHaveAttribute('title', /YouTube/);
});

test.describe('reading aloud', () => {
	test('says so honestly when the device has no voice for the language', async ({ page }) => {
		await page.addInitScript(() => {
			const synth = window.speechSynthesis;
			Object.defineProperty(synth, 'getVoices', { value: () => [] });
		});
		const learn = new LearnPages(page);
		const speech = uiFlat('nl', 'read_aloud');
		await learn.open('/rechten/3');
		await page.getByRole('button', { name: speech.start }).click();
		await expect(page.getByRole('status').filter({ hasText: speech.no_voice })).toBeVisible();
	});

	test('reads in a Dutch voice, pauses, resumes and stops when the child leaves', async ({
		page
	}) => {
		// A stand-in synthesizer with one Dutch voice that records what it is asked.
		await page.addInitScript(() => {
			const log: string[] = [];
			(window as unknown as { speechLog: string[] }).speechLog = log;
			const voices = [{ lang: 'nl-NL', name: 'Nederlands', default: true, localService: true }];
			const fake = Object.assign(new EventTarget(), {
				getVoices: () => voices,
				speak: (u: { text: string; voice: { lang: string } }) =>
					log.push(`speak ${u.voice.lang} ${u.text}`),
				cancel: () => log.push('cancel'),
				pause: () => log.push('pause'),
				resume: () => log.push('resume')
			});
			Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
			class Utterance {
				voice: unknown = null;
				lang = '';
				onend = null;
				onerror = null;
				constructor(readonly text: string) {}
			}
			Object.defineProperty(window, 'SpeechSynthesisUtterance', {
				value: Utterance,
				configurable: true
			});
		});
		const learn = new LearnPages(page);
		const speech = uiFlat('nl', 'read_aloud');
		await learn.open('/leren/zorg');
		const log = () => page.evaluate(() => (window as unknown as { speechLog: string[] }).speechLog);

		await learn.explainer().getByRole('button', { name: speech.start }).click();
		await learn.explainer().getByRole('button', { name: speech.pause }).click();
		await learn.explainer().getByRole('button', { name: speech.resume }).click();
		const firstSentence = nlExplainers.zorg.kids.intro.split(/(?<=\.)\s/)[0];
		expect((await log()).find((l) => l.startsWith('speak'))).toContain(
			`speak nl-NL ${firstSentence}`
		);
		expect((await log()).slice(-2)).toEqual(['pause', 'resume']);

		await page.getByRole('link', { name: nlLearn.theme.all_themes }).first().click();
		await expect(learn.heading()).toHaveText(nlLearn.overview.title);
		expect((await log()).at(-1)).toBe('cancel');
	});
});
