// What the learning pages show, gathered at build time. Every text comes with all its versions
// (see versions.ts), so a prerendered page can switch language in the browser without loading
// the content files as JavaScript.
import { articleNumbers, isArticleNumber } from './articles';
import { loadOwn } from './load';
import { themeBySlug, themes } from './themes';
import { locales, type Locale, type ThemeMeta, type ThemeSlug } from './types';
import type { ArticleLink, ArticlePage, ThemeCard, ThemePage } from './page-types';
import type { Versions } from './versions';
import { videoById } from './videos';

type Entry = Record<string, unknown>;
type Files = { name: string; byLocale: Partial<Record<Locale, Record<string, unknown>>> };

const cache = new Map<string, Promise<Files>>();

function loadAll(name: string): Promise<Files> {
	let files = cache.get(name);
	if (!files) {
		files = Promise.all(locales.map(async (l) => [l, await loadOwn(l, name)] as const)).then(
			(pairs) => ({ name, byLocale: Object.fromEntries(pairs.filter(([, data]) => data)) })
		);
		cache.set(name, files);
	}
	return files;
}

function isEntry(value: unknown): value is Entry {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every version of `file[key]` (or `file[key][field]`); Dutch must exist. */
function versionsOf<T>(files: Files, key: string, ...path: string[]): Versions<T> {
	const found: Partial<Record<Locale, T>> = {};
	for (const locale of locales) {
		let value: unknown = files.byLocale[locale]?.[key];
		for (const part of path) value = isEntry(value) ? value[part] : undefined;
		if (value !== undefined && value !== '') found[locale] = value as T;
	}
	if (found.nl === undefined) {
		const where = [key, ...path].join('.');
		throw new Error(`Missing Dutch text: src/lib/content/text/nl/${files.name}.json → ${where}`);
	}
	return found as Versions<T>;
}

function optionalVersionsOf<T>(files: Files, key: string, field: string) {
	const dutch = files.byLocale.nl?.[key];
	return isEntry(dutch) && dutch[field] !== undefined
		? versionsOf<T>(files, key, field)
		: undefined;
}

function card(files: Files, meta: ThemeMeta): ThemeCard {
	return {
		...meta,
		title: versionsOf(files, meta.slug, 'title'),
		summary: versionsOf(files, meta.slug, 'summary')
	};
}

export async function themeCards(): Promise<ThemeCard[]> {
	const files = await loadAll('themes');
	return themes.map((meta) => card(files, meta));
}

export async function articleLinks(
	numbers: readonly number[] = articleNumbers
): Promise<ArticleLink[]> {
	const files = await loadAll('articles');
	return numbers.map((n) => ({ number: n, title: versionsOf(files, String(n), 'title') }));
}

export async function themePage(slug: ThemeSlug): Promise<ThemePage> {
	const meta = themeBySlug.get(slug);
	if (!meta) throw new Error(`Unknown theme ${slug}`);
	const [names, explainers, videoTexts] = await Promise.all([
		loadAll('themes'),
		loadAll('explainers'),
		loadAll('videos')
	]);
	const following = themes[themes.indexOf(meta) + 1];
	return {
		theme: card(names, meta),
		kids: versionsOf(explainers, slug, 'kids'),
		teens: versionsOf(explainers, slug, 'teens'),
		actions: versionsOf(explainers, slug, 'actions'),
		help: versionsOf(explainers, slug, 'help'),
		articles: await articleLinks(meta.articles),
		videos: meta.videos.map((id) => {
			const video = videoById.get(id);
			if (!video) throw new Error(`Theme ${slug} names unknown video ${id}`);
			return {
				meta: video,
				title: versionsOf(videoTexts, id, 'title'),
				description: versionsOf(videoTexts, id, 'description'),
				about: optionalVersionsOf(videoTexts, id, 'about')
			};
		}),
		next: following && card(names, following)
	};
}

export async function articlePage(n: number): Promise<ArticlePage> {
	const [files, names] = await Promise.all([loadAll('articles'), loadAll('themes')]);
	const key = String(n);
	const link = async (m: number) => (isArticleNumber(m) ? (await articleLinks([m]))[0] : undefined);
	return {
		number: n,
		title: versionsOf(files, key, 'title'),
		text: versionsOf(files, key, 'text'),
		themes: themes.filter((t) => t.articles.includes(n)).map((meta) => card(names, meta)),
		previous: await link(n - 1),
		next: await link(n + 1)
	};
}
