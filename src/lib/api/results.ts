// Published scan results for young people (`scan_results`, `find_published_scans`; design §4, §6).
// Every number here was already rounded or hidden by the server; the app only shows it.
import { anonRpc } from './rest';

export const ageBands = ['8-11', '12-15', '16-18', 'parent'] as const;
export type AgeBand = (typeof ageBands)[number];

/** A text in several locales; Dutch is always there. */
export type LocalizedText = { nl: string } & Partial<Record<string, string>>;

export type QuestionKind = 'smiley5' | 'yes_no_unsure' | 'choice' | 'multi' | 'text';

export interface OptionFigure {
	value: string;
	label?: LocalizedText;
	/** Whole percentage, or null when hidden. */
	percent: number | null;
	/** Rounded to a multiple of 5, or null when hidden. */
	count: number | null;
	/** Fewer than 5 chose this: shown as such, never as a number. */
	fewer_than_5: boolean;
}

/** The figures of one group: everyone, one age band, or the comparison over all published scans. */
export interface GroupFigures {
	/** Rounded to a multiple of 5, or null when the group is too small to show. */
	n: number | null;
	suppressed: boolean;
	options: OptionFigure[];
}

export interface AgeBandFigures extends GroupFigures {
	age_band: AgeBand;
}

/** The same question summed over all published scans that showed it, this one included. */
export interface ComparisonFigures {
	/** How many published scans are in the sum. */
	scans: number;
	n: number | null;
	options: { value: string; percent: number | null }[];
}

export interface QuestionResult extends GroupFigures {
	id: string;
	theme: string;
	kind?: QuestionKind;
	text?: LocalizedText;
	parent_text?: LocalizedText | null;
	crc_articles?: number[];
	by_age_band: AgeBandFigures[];
	comparison?: ComparisonFigures | null;
}

export interface BandRespondents {
	age_band: AgeBand;
	/** Rounded to a multiple of 5, or null when hidden. */
	n: number | null;
	hidden: boolean;
}

export interface FeedbackPost {
	theme: string;
	stage: 'plan' | 'done';
	body: LocalizedText;
	published_at: string;
}

export interface ScanSummary {
	id?: string;
	join_code: string;
	title: LocalizedText;
	municipality: { name: string; cbs_code: string };
	age_bands?: AgeBand[];
	status?: string;
	closed_at?: string | null;
	published_at?: string | null;
	k_min?: number;
}

export interface ScanResults {
	scan: ScanSummary;
	respondents: number | null;
	respondents_by_age_band?: BandRespondents[];
	questions: QuestionResult[];
	feedback?: FeedbackPost[];
}

export interface PublishedScan {
	join_code: string;
	title: LocalizedText;
	municipality: { name: string; cbs_code: string };
	published_at: string;
}

/** Why results could not be fetched; each has a text in the `results` namespace. */
export type ResultsError =
	'scan_not_found' | 'results_not_published' | 'offline' | 'server_unavailable' | 'unknown';

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ResultsError };

interface PostgrestFailure {
	hint?: string | null;
	message?: string;
}

function reason(error: PostgrestFailure, status: number): ResultsError {
	if (error.hint === 'scan_not_found' || error.hint === 'results_not_published') return error.hint;
	if (status === 0) return 'offline';
	if (status >= 500 || status === 429) return 'server_unavailable';
	return 'unknown';
}

async function call<T>(fn: string, args: Record<string, unknown>): Promise<ApiResult<T>> {
	const { data, error, status } = await anonRpc(fn, args);
	if (error) return { ok: false, error: reason(error, status) };
	return { ok: true, data: data as T };
}

/** A published scan's results, by its join code. */
export function fetchScanResults(joinCode: string): Promise<ApiResult<ScanResults>> {
	return call<ScanResults>('scan_results', { p_join_code: joinCode });
}

/** Published scans whose municipality's name or whose join code matches `query`. */
export async function findPublishedScans(query: string): Promise<ApiResult<PublishedScan[]>> {
	const result = await call<PublishedScan[] | null>('find_published_scans', { p_query: query });
	return result.ok ? { ok: true, data: result.data ?? [] } : result;
}
