import type { VideoMeta } from './types';

export const videos: VideoMeta[] = [
	{ id: 'clip-rechten', theme: 'zorg', kind: 'self', captions: ['nl', 'en'], durationSeconds: 51 },
	{
		id: 'clip-meedoen',
		theme: 'meedoen',
		kind: 'self',
		captions: ['nl', 'en'],
		durationSeconds: 44
	},
	{
		id: 'clip-discriminatie',
		theme: 'discriminatie',
		kind: 'self',
		captions: ['nl', 'en'],
		durationSeconds: 53
	},
	{
		id: 'yt-migratie',
		theme: 'asiel',
		kind: 'youtube',
		youtubeId: 'lJ65viFlJFM',
		captions: [],
		durationSeconds: 0
	},
	{
		id: 'yt-jeugdstrafrecht',
		theme: 'jeugdstrafrecht',
		kind: 'youtube',
		youtubeId: 'XmQS9UZYYLs',
		captions: [],
		durationSeconds: 0
	},
	{
		id: 'yt-uitbuiting',
		theme: 'uitbuiting',
		kind: 'youtube',
		youtubeId: 'FXbhFRxxrGo',
		captions: [],
		durationSeconds: 0
	}
];

export const videoById = new Map(videos.map((v) => [v.id, v]));
