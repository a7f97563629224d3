import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ScanResults } from '$lib/api/results';
import { RechtOpDb } from '$lib/db/db';
import {
	cachedResults,
	cacheResults,
	MAX_CACHED_RESULTS,
	markPublicationSeen,
	seenPublications
} from '$lib/db/results';
import { findResultsNews, latestPublication, newsFrom, type NewsSources } from '$lib/results/news';

function published(code: string, at: string | null, feedback: string[] = []): ScanResults {
	return {
		scan: {
			id: `id-${code}`,
			join_code: code,
			title: { nl: `Scan ${code}` },
			municipality: { name: 'Demodorp', cbs_code: 'GM9999' },
			published_at: at
		},
		respondents: 100,
		questions: [],
		feedback: feedback.map((time) => ({
			theme: 'onderwijs',
			stage: 'plan' as const,
			body: { nl: 'Plan' },
			published_at: time
		}))
	};
}

const demo02 = { joinCode: 'DEMO02', title: { nl: 'Scan DEMO02' } };
const other = { joinCode: 'ABCD12', title: { nl: 'Andere scan' } };

describe('latestPublication', () => {
	it('takes the newest of the results and the feedback', () => {
		expect(
			latestPublication(published('X', '2026-11-01T10:00:00Z', ['2026-11-20T10:00:00+01:00']))
		).toBe('2026-11-20T10:00:00+01:00');
		expect(latestPublication(published('X', '2026-11-01T10:00:00Z'))).toBe('2026-11-01T10:00:00Z');
		expect(latestPublication(published('X', null))).toBeNull();
	});
});

describe('newsFrom', () => {
	const fetched = new Map([
		['DEMO02', published('DEMO02', '2026-11-01T10:00:00Z', ['2026-11-25T10:00:00Z'])],
		['ABCD12', undefined]
	]);

	it('reports results never seen, newest first, and nothing for unpublished scans', () => {
		expect(newsFrom([other, demo02], fetched, {})).toEqual([
			{ ...demo02, kind: 'results', latest: '2026-11-25T10:00:00Z' }
		]);
	});

	it('reports new feedback on results already seen', () => {
		expect(newsFrom([demo02], fetched, { DEM002: '2026-11-02T00:00:00Z' })).toEqual([
			{ ...demo02, kind: 'feedback', latest: '2026-11-25T10:00:00Z' }
		]);
	});

	it('reports nothing once the newest publication was seen', () => {
		expect(newsFrom([demo02], fetched, { DEM002: '2026-11-25T10:00:00Z' })).toEqual([]);
	});
});

describe('findResultsNews', () => {
	function sources(overrides: Partial<NewsSources>, calls: string[]): NewsSources {
		return {
			hasReceipts: async () => true,
			participations: async () => [demo02],
			fetch: async (code) => {
				calls.push(code);
				return published(code, '2026-11-01T10:00:00Z');
			},
			seen: async () => ({}),
			...overrides
		};
	}

	it('asks the server nothing when the device never sent answers', async () => {
		const calls: string[] = [];
		expect(await findResultsNews(sources({ hasReceipts: async () => false }, calls))).toEqual([]);
		expect(calls).toEqual([]);
	});

	it('fetches the results of each scan taken part in', async () => {
		const calls: string[] = [];
		const news = await findResultsNews(
			sources({ participations: async () => [demo02, other] }, calls)
		);
		expect(calls).toEqual(['DEMO02', 'ABCD12']);
		expect(news.map((n) => [n.joinCode, n.kind])).toEqual([
			['DEMO02', 'results'],
			['ABCD12', 'results']
		]);
	});
});

describe('results on the device', () => {
	let database: RechtOpDb;
	afterEach(async () => {
		await database.delete();
	});

	it('keeps the last viewed results with when they were fetched, and only the newest few', async () => {
		database = new RechtOpDb(`results-${Math.random()}`);
		for (let i = 0; i <= MAX_CACHED_RESULTS; i++) {
			await cacheResults(`CODE${i}`, published(`CODE${i}`, null), database, 1000 + i);
		}
		expect(await cachedResults('CODE0', database)).toBeUndefined();
		expect(await cachedResults(`CODE${MAX_CACHED_RESULTS}`, database)).toMatchObject({
			fetchedAt: 1000 + MAX_CACHED_RESULTS,
			results: { scan: { join_code: `CODE${MAX_CACHED_RESULTS}` } }
		});
	});

	it('remembers the newest publication seen per scan, never going back', async () => {
		database = new RechtOpDb(`results-${Math.random()}`);
		await markPublicationSeen('DEM002', '2026-11-25T10:00:00Z', database);
		await markPublicationSeen('DEM002', '2026-11-01T10:00:00Z', database);
		await markPublicationSeen('ABCD12', '2026-11-02T10:00:00Z', database);
		expect(await seenPublications(database)).toEqual({
			DEM002: '2026-11-25T10:00:00Z',
			ABCD12: '2026-11-02T10:00:00Z'
		});
	});
});
