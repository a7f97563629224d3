// i18next behind a small runes wrapper: `t()` re-renders when the language or loaded texts change.
// Prerendered pages are Dutch; the chosen language is applied right after hydration.
import i18next, { type TOptions } from 'i18next';
import { browser } from '$app/environment';
import { direction, isLocale, localeStorageKey, type Locale } from './locales';

type Bundle = Record<string, unknown>;
const bundles = import.meta.glob<Bundle>('./locales/*/*.json', { import: 'default' });
/** Namespaces other than `common`: a key's first segment names one (`scan.finish_button`). */
const featureNamespaces = new Set(
	Object.keys(bundles)
		.map((path) => /\/([a-z_]+)\.json$/.exec(path)?.[1])
		.filter((ns): ns is string => !!ns && ns !== 'common')
);

const instance = i18next.createInstance();
void instance.init({
	lng: 'nl',
	fallbackLng: 'nl',
	defaultNS: 'common',
	ns: ['common'],
	nsSeparator: false,
	resources: {},
	partialBundledLanguages: true,
	initAsync: false,
	interpolation: { escapeValue: false },
	returnNull: false
});

let locale = $state<Locale>('nl');
let revision = $state(0);
// Namespaces pages asked for; not reactive state, only remembered to load them in a new language.
const wanted: string[] = ['common'];

async function loadBundle(lng: Locale, ns: string) {
	if (instance.hasResourceBundle(lng, ns)) return;
	const load = bundles[`./locales/${lng}/${ns}.json`];
	if (!load) throw new Error(`Missing locale file src/lib/i18n/locales/${lng}/${ns}.json`);
	instance.addResourceBundle(lng, ns, await load(), true, true);
}

/** Loads namespaces in the current language (and Dutch, the fallback). Call from a load function. */
export async function loadNamespaces(...namespaces: string[]) {
	for (const ns of namespaces) if (!wanted.includes(ns)) wanted.push(ns);
	const lngs: Locale[] = locale === 'nl' ? ['nl'] : [locale, 'nl'];
	await Promise.all(lngs.flatMap((lng) => namespaces.map((ns) => loadBundle(lng, ns))));
	revision++;
}

export function t(key: string, options?: TOptions): string {
	void revision;
	const dot = key.indexOf('.');
	const ns = key.slice(0, dot);
	if (featureNamespaces.has(ns)) {
		return instance.t(key.slice(dot + 1), { lng: locale, ns, ...options }) as string;
	}
	return instance.t(key, { lng: locale, ...options }) as string;
}

export function currentLocale(): Locale {
	return locale;
}

export async function setLocale(next: Locale) {
	await Promise.all(wanted.map((ns) => loadBundle(next, ns)));
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
	const date = typeof value === 'string' ? Date.parse(value) : value;
	return new Intl.DateTimeFormat(locale, options ?? { dateStyle: 'long' }).format(date);
}
