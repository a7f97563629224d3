// What the learning pages receive from their (build-time) load functions.
import type { Explainer, ThemeMeta, VideoMeta } from './types';
import type { Versions } from './versions';

export interface ThemeCard extends ThemeMeta {
	title: Versions<string>;
	summary: Versions<string>;
}

export interface ArticleLink {
	number: number;
	title: Versions<string>;
}

export interface VideoEntry {
	meta: VideoMeta;
	title: Versions<string>;
	description: Versions<string>;
	about?: Versions<string>;
}

export interface ThemePage {
	theme: ThemeCard;
	kids: Versions<Explainer>;
	teens: Versions<Explainer>;
	actions: Versions<string[]>;
	help: Versions<string>;
	articles: ArticleLink[];
	videos: VideoEntry[];
	next?: ThemeCard;
}

export interface ArticlePage {
	number: number;
	title: Versions<string>;
	text: Versions<string>;
	themes: ThemeCard[];
	previous?: ArticleLink;
	next?: ArticleLink;
}
