// Fetches a scan's results for the results page: from the server, else (offline) the copy kept on
// the device from the last visit, saying when it was fetched. The device database (Dexie) is loaded
// only when it is needed, after the page has what it shows.
import { fetchScanResults, type ResultsError, type ScanResults } from '$lib/api/results';
import { cleanJoinCode, isPlausibleJoinCode, joinKey } from '$lib/scan/join-code';

export type ResultsOutcome =
	| { state: 'ok'; results: ScanResults; fetchedAt: number; fromDevice: boolean }
	| { state: 'error'; error: ResultsError };

// A language switch reloads the page data right after the first load: reuse a fresh answer.
const recent = new Map<string, { at: number; outcome: Promise<ResultsOutcome> }>();
const REUSE_MS = 30_000;

export function loadScanResults(code: string, now = Date.now()): Promise<ResultsOutcome> {
	const key = joinKey(code);
	const hit = recent.get(key);
	if (hit && now - hit.at < REUSE_MS) return hit.outcome;
	const outcome = fetchOutcome(code);
	recent.set(key, { at: now, outcome });
	void outcome.then((o) => {
		if (o.state === 'error') recent.delete(key);
	});
	return outcome;
}

async function fetchOutcome(code: string): Promise<ResultsOutcome> {
	if (!isPlausibleJoinCode(code)) return { state: 'error', error: 'scan_not_found' };
	const key = joinKey(code);
	const answer = await fetchScanResults(cleanJoinCode(code));
	if (answer.ok) {
		const fetchedAt = Date.now();
		void remember(key, answer.data, fetchedAt);
		return { state: 'ok', results: answer.data, fetchedAt, fromDevice: false };
	}
	if (answer.error === 'offline' || answer.error === 'server_unavailable') {
		const kept = await import('$lib/db/results')
			.then(({ cachedResults }) => cachedResults(key))
			.catch(() => undefined);
		if (kept) return { state: 'ok', ...kept, fromDevice: true };
	}
	return { state: 'error', error: answer.error };
}

// Storage may be unavailable (private mode) or full: the page still shows what it fetched.
async function remember(key: string, results: ScanResults, fetchedAt: number) {
	try {
		const [{ cacheResults, markPublicationSeen }, { latestPublication }] = await Promise.all([
			import('$lib/db/results'),
			import('./news')
		]);
		await cacheResults(key, results, undefined, fetchedAt);
		const latest = latestPublication(results);
		if (latest) await markPublicationSeen(key, latest);
	} catch {
		// nothing to do: reading offline later just will not work
	}
}
