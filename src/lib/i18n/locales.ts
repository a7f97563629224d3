import { locales, type Locale } from '$lib/content/types';

export { locales, type Locale };

/** Each language named in its own script, so that someone who cannot read Dutch finds theirs. */
export const localeNames: Record<Locale, string> = {
	nl: 'Nederlands',
	en: 'English',
	ar: 'العربية',
	uk: 'Українська',
	tr: 'Türkçe',
	pl: 'Polski'
};

export const rtlLocales: readonly Locale[] = ['ar'];

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function direction(locale: Locale): 'rtl' | 'ltr' {
	return rtlLocales.includes(locale) ? 'rtl' : 'ltr';
}

/** Key under which the chosen language is kept on the device (also read by the boot script in app.html). */
export const localeStorageKey = 'rechtop.locale';
