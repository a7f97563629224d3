// Staff: results of their municipality's scans, publishing them, "what we do with it" feedback
// and the free-text answers (issue 5 parts 3 and 4). Every figure comes rounded and suppressed
// from `scan_results`; free texts only reach the municipality's admins.
import type { ScanResults } from './results';
import type { Texts } from './scans-admin';
import { query as rawQuery, rpc as rawRpc } from './admin-call';
import { withSession } from './session-guard';

// After a 401 a call waits for a new session (signed in again in place) and runs once more.
const query: typeof rawQuery = (build) => withSession(() => rawQuery(build));
const rpc: typeof rawRpc = (fn, args) => withSession(() => rawRpc(fn, args));

export type FeedbackStage = 'plan' | 'done';

/** A "what we do with it" post: one per scan, theme and stage. */
export interface StaffFeedback {
	id: string;
	theme: string;
	stage: FeedbackStage;
	body: Texts;
	/** Null while only staff see it. */
	published_at: string | null;
	updated_at: string;
}

export interface FreeText {
	question_id: string;
	body: string;
	age_band: string;
}

export interface FeedbackInput {
	theme: string;
	stage: FeedbackStage;
	body: Texts;
	/** Visible to everyone once the scan is published; false takes a published post back. */
	publish: boolean;
}

/** The results as the municipality's staff see them (also while open or closed). */
export function staffScanResults(joinCode: string): Promise<ScanResults> {
	return rpc<ScanResults>('scan_results', { p_join_code: joinCode });
}

/** closed → published (editors). */
export async function publishScan(scanId: string): Promise<void> {
	await rpc('publish_scan', { p_scan_id: scanId });
}

/** published → closed (admins). */
export async function unpublishScan(scanId: string): Promise<void> {
	await rpc('unpublish_scan', { p_scan_id: scanId });
}

/** Every post of the scan, drafts too, by theme and stage. */
export function scanFeedback(scanId: string): Promise<StaffFeedback[]> {
	return query<StaffFeedback[]>((supabase) =>
		supabase
			.from('feedback_posts')
			.select('id, theme, stage, body, published_at, updated_at')
			.eq('scan_id', scanId)
			.order('theme')
			.order('stage', { ascending: false })
	);
}

/** Creates or replaces the post for the scan, theme and stage. */
export function saveFeedback(scanId: string, input: FeedbackInput): Promise<StaffFeedback> {
	return rpc<StaffFeedback>('save_feedback', {
		p_scan_id: scanId,
		p_theme: input.theme,
		p_stage: input.stage,
		p_body: input.body,
		p_publish: input.publish
	});
}

export async function deleteFeedback(feedbackId: string): Promise<void> {
	await rpc('delete_feedback', { p_id: feedbackId });
}

/** Admins only: the free-text answers, never published or exported. */
export async function scanFreeTexts(scanId: string): Promise<FreeText[]> {
	return (await rpc<FreeText[] | null>('scan_free_texts', { p_scan_id: scanId })) ?? [];
}
