// Loads per-locale content texts (src/lib/content/text/<locale>/<name>.json) as separate chunks,
// filling what a locale lacks from Dutch and saying which entries fell back.
import type { Locale } from './types';

type Json = Record<string, unknown>;
const files = import.meta.glob<Json>('./text/*/*.json', { import: 'default' });

export interface Localized<T> {
	data: T;
	/** Keys of `data` whose text (or part of it) is Dutch because the locale lacks it. */
	fallback: Set<string>;
}

/** A locale's own content file as written (nothing filled in from Dutch), if it has one. */
export async function loadOwn(locale: Locale, name: string): Promise<Json | undefined> {
	const load = files[`./text/${locale}/${name}.json`];
	return load ? await load() : undefined;
}

/** A content file keyed by id (theme slug, article number …), each entry merged over Dutch. */
export async function loadLocalized<T extends Json>(
	name: string,
	locale: Locale
): Promise<Localized<T>> {
	const [dutch, own] = await Promise.all([
		loadOwn('nl', name),
		locale === 'nl' ? undefined : loadOwn(locale, name)
	]);
	if (!dutch) throw new Error(`Missing content file src/lib/content/text/nl/${name}.json`);
	const fallback = new Set<string>();
	if (locale === 'nl') return { data: dutch as T, fallback };
	const data: Json = {};
	for (const [key, value] of Object.entries(dutch)) {
		const mine = own?.[key];
		if (mine === undefined) {
			fallback.add(key);
			data[key] = value;
		} else if (isObject(value) && isObject(mine)) {
			if (Object.keys(value).some((k) => !(k in mine))) fallback.add(key);
			data[key] = { ...value, ...mine };
		} else {
			data[key] = mine;
		}
	}
	return { data: data as T, fallback };
}

function isObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
