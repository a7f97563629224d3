/** The six locales of RechtOp; `nl` is the source language. */
export const locales = ['nl', 'en', 'ar', 'uk', 'tr', 'pl'] as const;
export type Locale = (typeof locales)[number];

/** Locales in which all learning content must be complete; the others need titles and summaries. */
export const fullContentLocales = ['nl', 'en'] as const satisfies readonly Locale[];

/** The ten themes of the coalition's monitor, in the monitor's order. Also used as `questions.theme`. */
export const themeSlugs = [
	'meedoen',
	'discriminatie',
	'zorg',
	'mentale-gezondheid',
	'armoede',
	'onderwijs',
	'asiel',
	'uitbuiting',
	'jeugdstrafrecht',
	'jeugdstrategie'
] as const;
export type ThemeSlug = (typeof themeSlugs)[number];

/** The two reading levels a child can choose once (and change). */
export const ageGroups = ['kids', 'teens'] as const; // kids: 8–12, teens: 12–18
export type AgeGroup = (typeof ageGroups)[number];

export interface ThemeMeta {
	slug: ThemeSlug;
	/** Position in the monitor, 1–10. */
	number: number;
	/** Related articles of the Convention (1–42). */
	articles: number[];
	/** Ids of videos in `videos.ts`, the first is shown first. */
	videos: string[];
	/** Name of an icon in `src/lib/components/ThemeIcon.svelte`. */
	icon: string;
}

/** Complete in all six locales. */
export interface ThemeSummary {
	title: string;
	summary: string;
}

export interface Explainer {
	/** One or two sentences that open the page. */
	intro: string;
	paragraphs: string[];
}

/** Complete in `nl` and `en`; other locales fall back to Dutch with a visible note. */
export interface ThemeBody {
	kids: Explainer;
	teens: Explainer;
	/** "What can you do": short, concrete steps. */
	actions: string[];
	/** Where to get help for this theme, in child words. */
	help: string;
}

export interface Article {
	title: string;
	text: string;
}

export interface VideoMeta {
	id: string;
	theme: ThemeSlug;
	/** Self-hosted clips live in `static/videos/<id>.webm` with `<id>.<locale>.vtt` captions. */
	kind: 'self' | 'youtube';
	youtubeId?: string;
	/** Locales with a caption file (self-hosted only). */
	captions: Locale[];
	durationSeconds: number;
}

/** Complete in `nl` and `en`. */
export interface VideoText {
	title: string;
	description: string;
	/** Only for YouTube videos, whose captions are not ours: what the video is about. */
	about?: string;
}
