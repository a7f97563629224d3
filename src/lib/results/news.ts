// "Something new" for the home page: scans this device took part in whose results, or the
// municipality's feedback on them, were published after the child last looked (issue 5, part 3).
import { fetchScanResults, type LocalizedText, type ScanResults } from '$lib/api/results';
import { hasResponseReceipts, seenPublications } from '$lib/db/results';
import { joinedScans } from '$lib/db/scans';
import { joinKey } from '$lib/scan/join-code';

/** A scan this device sent answers to. */
export interface Participation {
	joinCode: string;
	title: LocalizedText;
}

export interface ResultsNewsItem {
	joinCode: string;
	title: LocalizedText;
	/** `results`: results the child has not seen yet; `feedback`: new feedback on seen results. */
	kind: 'results' | 'feedback';
	/** The newest publication time (results or feedback). */
	latest: string;
}

/** The newest time anything of these results was published, or null when nothing was. */
export function latestPublication(results: ScanResults): string | null {
	const times = [
		results.scan.published_at,
		...(results.feedback ?? []).map((post) => post.published_at)
	].filter((time): time is string => typeof time === 'string' && time !== '');
	return times.length ? times.reduce((a, b) => (toMillis(a) >= toMillis(b) ? a : b)) : null;
}

function toMillis(time: string): number {
	return new Date(time).getTime();
}

/** What is new, given fetched results (absent: not published or not reachable) and what was seen. */
export function newsFrom(
	participations: Participation[],
	fetched: Map<string, ScanResults | undefined>,
	seen: Record<string, string>
): ResultsNewsItem[] {
	const news: ResultsNewsItem[] = [];
	for (const { joinCode, title } of participations) {
		const results = fetched.get(joinCode);
		const latest = results && latestPublication(results);
		if (!results || !latest) continue;
		const seenAt = seen[joinKey(joinCode)];
		if (seenAt && toMillis(seenAt) >= toMillis(latest)) continue;
		const publishedAt = results.scan.published_at;
		const resultsSeen = seenAt && publishedAt && toMillis(seenAt) >= toMillis(publishedAt);
		news.push({ joinCode, title, kind: resultsSeen ? 'feedback' : 'results', latest });
	}
	return news.sort((a, b) => toMillis(b.latest) - toMillis(a.latest));
}

export interface NewsSources {
	hasReceipts(): Promise<boolean>;
	participations(): Promise<Participation[]>;
	fetch(joinCode: string): Promise<ScanResults | undefined>;
	seen(): Promise<Record<string, string>>;
}

/** Scans whose answers from this device the server has (a receipt), most recently joined first. */
export async function participations(): Promise<Participation[]> {
	const joined = await joinedScans();
	return joined
		.filter((entry) => entry.received)
		.map(({ scan }) => ({ joinCode: scan.join_code, title: { nl: '', ...scan.title } }));
}

const deviceAndServer: NewsSources = {
	hasReceipts: () => hasResponseReceipts(),
	participations,
	async fetch(joinCode) {
		const result = await fetchScanResults(joinCode);
		return result.ok ? result.data : undefined;
	},
	seen: () => seenPublications()
};

/** News for the home page; empty when the device never sent answers (then no server call). */
export async function findResultsNews(
	sources: NewsSources = deviceAndServer
): Promise<ResultsNewsItem[]> {
	if (!(await sources.hasReceipts())) return [];
	const participations = await sources.participations();
	if (participations.length === 0) return [];
	const [seen, results] = await Promise.all([
		sources.seen(),
		Promise.all(participations.map((p) => sources.fetch(p.joinCode)))
	]);
	const fetched = new Map(participations.map((p, i) => [p.joinCode, results[i]]));
	return newsFrom(participations, fetched, seen);
}
