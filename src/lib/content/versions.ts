// A text in the locales that have it. Pages get every version and pick the one for the current
// language, falling back to Dutch (and saying so) where a locale has none.
import { direction } from '../i18n/locales';
import type { Locale } from './types';

/** The Dutch text, plus the translations that exist. */
export type Versions<T> = { nl: T } & Partial<Record<Exclude<Locale, 'nl'>, T>>;

/** A text and the language it is actually in. */
export interface Picked<T> {
	value: T;
	lang: Locale;
	/** True when the text is Dutch because the wanted locale has no translation. */
	fallback: boolean;
}

export function pick<T>(versions: Versions<T>, locale: Locale): Picked<T> {
	const own = (versions as Partial<Record<Locale, T>>)[locale];
	if (own !== undefined) return { value: own, lang: locale, fallback: false };
	return { value: versions.nl, lang: 'nl', fallback: locale !== 'nl' };
}

/** `lang` and `dir` for the element that shows a picked text (Dutch inside an Arabic page is ltr). */
export function textAttrs(picked: Picked<unknown>): { lang: Locale; dir: 'ltr' | 'rtl' } {
	return { lang: picked.lang, dir: direction(picked.lang) };
}
