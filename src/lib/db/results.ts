// Results kept on the device: the last results viewed (readable offline, with when they were
// fetched) and which publications the child has already seen. Both live in the `settings` store.
import type { ScanResults } from '$lib/api/results';
import { db, type RechtOpDb } from './db';

const cachePrefix = 'results.cache.';
const seenKey = 'results.seen';
/** Results of this many scans stay readable offline; older ones make room. */
export const MAX_CACHED_RESULTS = 5;

export interface CachedResults {
	results: ScanResults;
	fetchedAt: number;
}

function isCached(value: unknown): value is CachedResults {
	const v = value as CachedResults | undefined;
	return typeof v?.fetchedAt === 'number' && typeof v.results?.scan?.join_code === 'string';
}

export async function cacheResults(
	key: string,
	results: ScanResults,
	database: RechtOpDb = db(),
	now = Date.now()
): Promise<void> {
	await database.transaction('rw', database.settings, async () => {
		await database.settings.put({ key: cachePrefix + key, value: { results, fetchedAt: now } });
		const rows = await database.settings.where('key').startsWith(cachePrefix).toArray();
		const stale = rows
			.filter((row) => isCached(row.value))
			.sort((a, b) => (b.value as CachedResults).fetchedAt - (a.value as CachedResults).fetchedAt)
			.slice(MAX_CACHED_RESULTS);
		await database.settings.bulkDelete(stale.map((row) => row.key));
	});
}

export async function cachedResults(
	key: string,
	database: RechtOpDb = db()
): Promise<CachedResults | undefined> {
	const row = await database.settings.get(cachePrefix + key);
	return isCached(row?.value) ? row.value : undefined;
}

/** Per scan (join key): the newest publication time the child has seen. */
export async function seenPublications(
	database: RechtOpDb = db()
): Promise<Record<string, string>> {
	const row = await database.settings.get(seenKey);
	const value = row?.value;
	return typeof value === 'object' && value !== null ? (value as Record<string, string>) : {};
}

export async function markPublicationSeen(
	key: string,
	publishedAt: string,
	database: RechtOpDb = db()
): Promise<void> {
	await database.transaction('rw', database.settings, async () => {
		const seen = await seenPublications(database);
		if (seen[key] && new Date(seen[key]).getTime() >= new Date(publishedAt).getTime()) return;
		await database.settings.put({ key: seenKey, value: { ...seen, [key]: publishedAt } });
	});
}

/** Has this device sent answers to any scan? */
export async function hasResponseReceipts(database: RechtOpDb = db()): Promise<boolean> {
	return (await database.receipts.where('kind').equals('response').count()) > 0;
}
