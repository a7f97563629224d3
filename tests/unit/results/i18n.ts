// An i18next instance with the `results` texts of every locale, as the app loads them.
import i18next, { type TFunction } from 'i18next';
import { readFileSync } from 'node:fs';
import { locales, type Locale } from '$lib/content/types';
import type { SentenceContext } from '$lib/results/sentences';

export function resultsTexts(locale: Locale): Record<string, unknown> {
	const url = new URL(`../../../src/lib/i18n/locales/${locale}/results.json`, import.meta.url);
	return JSON.parse(readFileSync(url, 'utf8'));
}

const instance = i18next.createInstance();
void instance.init({
	lng: 'nl',
	fallbackLng: false,
	initAsync: false,
	interpolation: { escapeValue: false },
	resources: Object.fromEntries(
		locales.map((lng) => [lng, { translation: { results: resultsTexts(lng) } }])
	)
});

/** A sentence context in `locale`; a missing text comes back as its key so a test fails on it. */
export function contextFor(locale: Locale, labels: Record<string, string> = {}): SentenceContext {
	const t = instance.getFixedT(locale) as TFunction;
	return {
		t: (key, options) => t(key, options ?? {}) as string,
		locale,
		optionLabel: (value) => labels[value] ?? value
	};
}
