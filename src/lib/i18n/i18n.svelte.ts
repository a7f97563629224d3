// i18next behind a small runes wrapper: `t()` re-renders when the language or loaded texts change.
// Prerendered pages are Dutch; the chosen language is applied right after hydration.
import i18next, { type TOptions } from 'i18next';
import { browser } from '$app/environment';
import { direction, isLocale, localeStorageKey, type Locale } from './locales';

type Bundle = Record<string, unknown>;
const bundles = import.meta.glob<Bundle>('./locales/*/*.json', { import: 'default' });

const instance = i18next.createInstance();
void instance.init({
	lng: 'nl',
	fallbackLng: 'nl',
	resources: {},
	partialBundledLanguages: true,
	initAsync: false,
	interpolation: { escapeValue: false },
	returnNull: false
});

let locale = $state<Locale>('nl');
let revision = $state(0);
const wanted = new Set<string>(['common']);

async function loadBundle(lng: Locale, ns: string) {
	if (instance.hasResourceBundle(lng, ns)) return;
	const load = bundles[`./locales/${lng}/${ns}.json`];
	if (!load) throw new Error(`Missing locale file src/lib/i18n/locales/${lng}/${ns}.json`);
	instance.addResourceBundle(lng, ns, await load(), true, true);
}

/** Loads namespaces in the current language (and Dutch, the fallback). Call from a load function. */
export async function loadNamespaces(...namespaces: string[]) {
	for (const ns of namespaces) wanted.add(ns);
	const lngs: Locale[] = locale === 'nl' ? ['nl'] : [locale, 'nl'];
	await Promise.all(lngs.flatMap((lng) => namespaces.map((ns) => loadBundle(lng, ns))));
	revision++;
}

export function t(key: string, options?: TOptions): string {
	void revision;
	return instance.t(key, { lng: locale, ...options }) as string;
}

export function currentLocale(): Locale {
	return locale;
}

export async function setLocale(next: Locale) {
	await Promise.all([...wanted].map((ns) => loadBundle(next, ns)));
	locale = next;
	revision++;
	if (browser) {
		const html = document.documentElement;
		html.lang = next;
		html.dir = direction(next);
		html.classList.remove('l10n-pending');
		try {
			localStorage.setItem(localeStorageKey, next);
		} catch {
			// Storage can be unavailable (private mode); the choice then lasts for this visit.
		}
	}
}

/** The language chosen earlier on this device, if any. */
export function storedLocale(): Locale | undefined {
	try {
		const value = localStorage.getItem(localeStorageKey);
		return isLocale(value) ? value : undefined;
	} catch {
		return undefined;
	}
}

/** Formats numbers and dates in the current language. */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
	void revision;
	return new Intl.NumberFormat(locale, options).format(value);
}

export function formatDate(value: string | Date, options?: Intl.DateTimeFormatOptions): string {
	void revision;
	return new Intl.DateTimeFormat(locale, options ?? { dateStyle: 'long' }).format(new Date(value));
}
