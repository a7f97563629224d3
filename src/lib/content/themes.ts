import type { ThemeMeta } from './types';

/**
 * The ten themes of the coalition's monitor, in the monitor's order.
 * Texts live in `text/<locale>/themes.json` and `text/<locale>/explainers.json`.
 */
export const themes: ThemeMeta[] = [
	{
		slug: 'meedoen',
		number: 1,
		articles: [12, 13, 15, 17],
		videos: ['clip-meedoen'],
		icon: 'voice'
	},
	{
		slug: 'discriminatie',
		number: 2,
		articles: [2, 23, 30],
		videos: ['clip-discriminatie'],
		icon: 'equal'
	},
	{
		slug: 'zorg',
		number: 3,
		articles: [3, 18, 19, 20, 24, 25],
		videos: ['clip-rechten'],
		icon: 'care'
	},
	{
		slug: 'mentale-gezondheid',
		number: 4,
		articles: [6, 17, 24, 31],
		videos: ['clip-meedoen'],
		icon: 'mind'
	},
	{
		slug: 'armoede',
		number: 5,
		articles: [4, 26, 27],
		videos: ['clip-rechten'],
		icon: 'wallet'
	},
	{
		slug: 'onderwijs',
		number: 6,
		articles: [23, 28, 29],
		videos: ['clip-rechten'],
		icon: 'school'
	},
	{
		slug: 'asiel',
		number: 7,
		articles: [3, 10, 22, 27, 37],
		videos: ['yt-migratie', 'clip-rechten'],
		icon: 'home'
	},
	{
		slug: 'uitbuiting',
		number: 8,
		articles: [32, 33, 34, 35, 36, 39],
		videos: ['yt-uitbuiting', 'clip-rechten'],
		icon: 'shield'
	},
	{
		slug: 'jeugdstrafrecht',
		number: 9,
		articles: [37, 40],
		videos: ['yt-jeugdstrafrecht', 'clip-rechten'],
		icon: 'scales'
	},
	{
		slug: 'jeugdstrategie',
		number: 10,
		articles: [3, 4, 12, 42],
		videos: ['clip-meedoen'],
		icon: 'plan'
	}
];

export const themeBySlug = new Map(themes.map((t) => [t.slug, t]));
