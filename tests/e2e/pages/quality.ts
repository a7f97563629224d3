// Checks that hold on every page: settled (translated, loaded), nothing cut off at a small width or
// large text, and a visible focus indicator. Used by the route sweep and the keyboard walks.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

/** Every text of a locale whose key ends in `loading` ("Laden…"): a page showing one is not done. */
function loadingTexts(locale: string): string[] {
	const dir = `src/lib/i18n/locales/${locale}`;
	const found: string[] = [];
	const walk = (value: unknown, key: string) => {
		if (typeof value === 'string') {
			if (/(^|_)loading$/.test(key)) found.push(value);
		} else if (value && typeof value === 'object') {
			for (const [k, v] of Object.entries(value)) walk(v, k);
		}
	};
	for (const file of readdirSync(dir)) {
		walk(JSON.parse(readFileSync(join(dir, file), 'utf8')), '');
	}
	return [...new Set(found)];
}

const loading = new Map<string, string[]>();

/** Waits until the page speaks `locale`, has its heading and shows no "loading" text any more. */
export async function settle(page: Page, locale: string) {
	if (!loading.has(locale)) loading.set(locale, loadingTexts(locale));
	const html = page.locator('html');
	await expect(html).not.toHaveClass(/l10n-pending/);
	await expect(html).toHaveAttribute('lang', locale);
	await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
	const texts = loading.get(locale)!;
	await expect
		.poll(
			() =>
				page.evaluate(
					(texts) =>
						[...document.querySelectorAll('[role="status"]')].some((el) =>
							texts.includes((el.textContent ?? '').trim())
						),
					texts
				),
			{ message: `${page.url()} still loading` }
		)
		.toBe(false);
}

/** Sets the root font size as a browser's "text size" setting does (100 = default). */
export async function setTextSize(page: Page, percent: number) {
	await page.evaluate((percent) => {
		let style = document.getElementById('e2e-text-size');
		if (!style) {
			style = document.createElement('style');
			style.id = 'e2e-text-size';
			document.head.append(style);
		}
		style.textContent = percent === 100 ? '' : `html { font-size: ${percent}% !important; }`;
	}, percent);
}

/**
 * What is cut off on the page as it is laid out now: the page scrolling sideways, and visible
 * elements that hide part of their content (overflow hidden or clip, content larger than the box).
 */
export async function cutOff(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const problems: string[] = [];
		const root = document.documentElement;
		if (root.scrollWidth > innerWidth) {
			problems.push(`the page scrolls sideways: ${root.scrollWidth} px wide in ${innerWidth} px`);
		}
		const describe = (el: Element) => {
			const id = el.id ? `#${el.id}` : '';
			const cls = [...el.classList]
				.filter((c) => !c.startsWith('svelte-'))
				.map((c) => `.${c}`)
				.join('');
			const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
			return `${el.tagName.toLowerCase()}${id}${cls} "${text}"`;
		};
		// Replaced elements and form controls scroll or scale their own content.
		const skip = new Set(['INPUT', 'SELECT', 'TEXTAREA', 'VIDEO', 'IMG', 'IFRAME', 'CANVAS']);
		for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
			if (skip.has(el.tagName) || !(el instanceof HTMLElement)) continue;
			const style = getComputedStyle(el);
			const clipsX = /hidden|clip/.test(style.overflowX);
			const clipsY = /hidden|clip/.test(style.overflowY);
			if (!clipsX && !clipsY) continue;
			const box = el.getBoundingClientRect();
			// Not shown, or visually hidden on purpose (1 px boxes for screen readers).
			if (box.width <= 1 || box.height <= 1 || !el.checkVisibility({ visibilityProperty: true }))
				continue;
			if (clipsX && el.scrollWidth > el.clientWidth + 1) {
				problems.push(`${describe(el)} cuts off ${el.scrollWidth - el.clientWidth} px sideways`);
			} else if (clipsY && el.scrollHeight > el.clientHeight + 1) {
				problems.push(`${describe(el)} cuts off ${el.scrollHeight - el.clientHeight} px below`);
			}
		}
		return problems;
	});
}

/**
 * How the focused element shows that it has the focus, or null when nothing shows it: an outline
 * or box shadow on the element itself or, for a visually hidden radio button or checkbox, on its
 * label — in either case on a box that can be seen.
 */
export async function focusIndicator(page: Page): Promise<string | null> {
	return page.evaluate(() => {
		const active = document.activeElement;
		if (!active || active === document.body) return null;
		const seen = (el: Element) => {
			const box = el.getBoundingClientRect();
			if (box.width < 2 || box.height < 2) return false;
			for (let e: Element | null = el; e; e = e.parentElement) {
				if (Number(getComputedStyle(e).opacity) === 0) return false;
			}
			return el.checkVisibility({ visibilityProperty: true });
		};
		const shows = (el: Element) => {
			const style = getComputedStyle(el);
			if (
				style.outlineStyle !== 'none' &&
				parseFloat(style.outlineWidth) > 0 &&
				!/rgba\(.*,\s*0\)$|transparent/.test(style.outlineColor)
			) {
				return `outline ${style.outlineWidth} ${style.outlineStyle}`;
			}
			if (style.boxShadow && style.boxShadow !== 'none') return `box-shadow ${style.boxShadow}`;
			return null;
		};
		const carriers: Element[] = [active];
		if (active instanceof HTMLInputElement && active.labels) carriers.push(...active.labels);
		for (const el of carriers) {
			const how = seen(el) ? shows(el) : null;
			if (how) return `${el.tagName.toLowerCase()}: ${how}`;
		}
		return null;
	});
}

/** Fails unless the focused element has a visible focus indicator. */
export async function expectVisibleFocus(page: Page, step: string) {
	const how = await focusIndicator(page);
	const name = await page.evaluate(() => {
		const el = document.activeElement;
		return el ? `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"` : '';
	});
	expect(how, `visible focus on ${name} (${step})`).not.toBeNull();
}
