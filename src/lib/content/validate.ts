// Checks the learning content: complete where it must be, references that resolve, caption files
// that exist, no empty texts, and short sentences for 8–12-year-olds. Every problem names the
// file and the key, so a content editor can fix it without reading code.
import { articleNumbers } from './articles';
import {
	ageGroups,
	fullContentLocales,
	locales,
	type Locale,
	type ThemeMeta,
	type VideoMeta
} from './types';

export interface ContentSource {
	themes: readonly ThemeMeta[];
	videos: readonly VideoMeta[];
	/** Parsed `text/<locale>/<name>.json`; undefined when the file is missing; throws when unreadable. */
	text(locale: Locale, name: string): unknown;
	/** Whether `static/videos/<file>` exists. */
	hasVideoFile(file: string): boolean;
}

export interface Problem {
	file: string;
	key: string;
	message: string;
}

export const TEXT_DIR = 'src/lib/content/text';
export const VIDEO_DIR = 'static/videos';
export const MAX_KIDS_WORDS_PER_SENTENCE = 12;

const contentFiles = ['themes', 'explainers', 'articles', 'videos', 'help'] as const;
type ContentFile = (typeof contentFiles)[number];

/** Locales in which each file must be complete; the others may fall back to Dutch. */
const requiredIn: Record<ContentFile, readonly Locale[]> = {
	themes: locales,
	help: locales,
	explainers: fullContentLocales,
	articles: fullContentLocales,
	videos: fullContentLocales
};

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

export const textFile = (locale: Locale, name: string) => `${TEXT_DIR}/${locale}/${name}.json`;

/** Sentences of a text, split after . ! ? and … */
export function sentences(text: string): string[] {
	return text
		.split(/(?<=[.!?…])\s+/)
		.map((s) => s.trim())
		.filter((s) => /[\p{L}\d]/u.test(s));
}

export const wordCount = (sentence: string) =>
	sentence.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word)).length;

/** Average words per sentence over all the texts. */
export function averageSentenceLength(texts: string[]): number {
	const all = texts.flatMap(sentences);
	return all.length === 0 ? 0 : all.reduce((sum, s) => sum + wordCount(s), 0) / all.length;
}

export function validateContent(source: ContentSource): Problem[] {
	const problems: Problem[] = [];
	const report = (file: string, key: string, message: string) =>
		problems.push({ file, key, message });

	// Read every file once; a missing or broken file is a problem of its own.
	const files = new Map<string, Json | undefined>();
	const unusable = new Set<string>();
	for (const name of contentFiles) {
		for (const locale of locales) {
			const file = textFile(locale, name);
			try {
				const data = source.text(locale, name);
				if (data === undefined) {
					if (requiredIn[name].includes(locale)) report(file, '(file)', 'file is missing');
					unusable.add(file);
				} else if (!isObject(data)) {
					report(file, '(file)', 'must be a JSON object');
					unusable.add(file);
				} else {
					files.set(file, data);
				}
			} catch (error) {
				report(file, '(file)', `cannot be read: ${(error as Error).message}`);
				unusable.add(file);
			}
		}
	}
	const get = (locale: Locale, name: ContentFile) => files.get(textFile(locale, name));

	// No empty texts anywhere, and nothing a Dutch file does not have.
	for (const [file, data] of files) {
		walk(data, '', (key, value) => {
			if (typeof value === 'string' && value.trim() === '') report(file, key, 'empty text');
			if (Array.isArray(value) && value.length === 0) report(file, key, 'empty list');
		});
	}
	for (const name of contentFiles) {
		const dutch = get('nl', name) ?? {};
		for (const locale of locales.filter((l) => l !== 'nl')) {
			const own = get(locale, name);
			for (const key of Object.keys(own ?? {})) {
				if (!(key in dutch)) report(textFile(locale, name), key, 'not in the Dutch file');
			}
		}
	}

	/** A required text (string, or list of strings) at `key.path` in `locale`'s file. */
	const need = (locale: Locale, name: ContentFile, path: string[], kind: 'text' | 'list') => {
		if (unusable.has(textFile(locale, name))) return; // reported once for the whole file
		let value: unknown = get(locale, name);
		for (const part of path) value = isObject(value) ? value[part] : undefined;
		const key = path.join('.');
		const missing = locale === 'nl' ? 'missing' : 'missing translation';
		if (value === undefined) return report(textFile(locale, name), key, missing);
		const ok =
			kind === 'text'
				? typeof value === 'string'
				: Array.isArray(value) && value.every((v) => typeof v === 'string');
		if (!ok)
			report(
				textFile(locale, name),
				key,
				`must be ${kind === 'text' ? 'a text' : 'a list of texts'}`
			);
	};

	for (const theme of source.themes) {
		for (const locale of requiredIn.themes) {
			need(locale, 'themes', [theme.slug, 'title'], 'text');
			need(locale, 'themes', [theme.slug, 'summary'], 'text');
		}
		for (const locale of requiredIn.explainers) {
			for (const age of ageGroups) {
				need(locale, 'explainers', [theme.slug, age, 'intro'], 'text');
				need(locale, 'explainers', [theme.slug, age, 'paragraphs'], 'list');
			}
			need(locale, 'explainers', [theme.slug, 'actions'], 'list');
			need(locale, 'explainers', [theme.slug, 'help'], 'text');
		}
		theme.articles.forEach((n, i) => {
			if (!articleNumbers.includes(n)) {
				report(
					'src/lib/content/themes.ts',
					`${theme.slug}.articles[${i}]`,
					`article ${n} does not exist (1–42)`
				);
			}
		});
		theme.videos.forEach((id, i) => {
			if (!source.videos.some((v) => v.id === id)) {
				report('src/lib/content/themes.ts', `${theme.slug}.videos[${i}]`, `unknown video "${id}"`);
			}
		});
		if (theme.videos.length === 0)
			report('src/lib/content/themes.ts', `${theme.slug}.videos`, 'needs at least one video');

		const kids = get('nl', 'explainers')?.[theme.slug];
		if (isObject(kids) && isObject(kids.kids)) {
			const texts = [
				kids.kids.intro,
				...(Array.isArray(kids.kids.paragraphs) ? kids.kids.paragraphs : [])
			];
			const average = averageSentenceLength(
				texts.filter((t): t is string => typeof t === 'string')
			);
			if (average > MAX_KIDS_WORDS_PER_SENTENCE) {
				report(
					textFile('nl', 'explainers'),
					`${theme.slug}.kids`,
					`sentences average ${average.toFixed(1)} words; at most ${MAX_KIDS_WORDS_PER_SENTENCE} for 8–12`
				);
			}
		}
	}

	for (const n of articleNumbers) {
		for (const locale of requiredIn.articles) {
			need(locale, 'articles', [String(n), 'title'], 'text');
			need(locale, 'articles', [String(n), 'text'], 'text');
		}
	}

	for (const [key] of Object.entries(get('nl', 'help') ?? {})) {
		for (const locale of requiredIn.help) need(locale, 'help', [key], 'text');
	}

	for (const video of source.videos) {
		for (const locale of requiredIn.videos) {
			need(locale, 'videos', [video.id, 'title'], 'text');
			need(locale, 'videos', [video.id, 'description'], 'text');
			if (video.kind === 'youtube') need(locale, 'videos', [video.id, 'about'], 'text');
		}
		const where = `src/lib/content/videos.ts`;
		if (video.kind === 'youtube') {
			if (!video.youtubeId) report(where, `${video.id}.youtubeId`, 'missing');
			continue;
		}
		for (const locale of fullContentLocales) {
			if (!video.captions.includes(locale))
				report(where, `${video.id}.captions`, `needs captions in ${locale}`);
		}
		const needed = [
			`${video.id}.webm`,
			`${video.id}.jpg`,
			...video.captions.map((l) => `${video.id}.${l}.vtt`)
		];
		for (const file of needed) {
			if (!source.hasVideoFile(file)) report(`${VIDEO_DIR}/${file}`, video.id, 'file is missing');
		}
	}
	return problems;
}

function walk(value: unknown, key: string, visit: (key: string, value: unknown) => void) {
	visit(key, value);
	if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${key}[${i}]`, visit));
	else if (isObject(value)) {
		for (const [k, v] of Object.entries(value)) walk(v, key ? `${key}.${k}` : k, visit);
	}
}

export const formatProblem = (p: Problem) => `${p.file} → ${p.key}: ${p.message}`;
