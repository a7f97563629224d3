// The rights scan on the server: joining (`get_scan`) and sending finished scans (`submit_responses`).
import { isScanData, type ScanData, type Submission } from '$lib/scan/model';
import type { BatchReply } from '$lib/sync/types';
import { sendBatch } from './batch';
import { askedEarly } from './early';
import { anonRpc } from './rest';

/** Why joining did not work; each has a text in the `scan` namespace. */
export type JoinFailure = 'scan_not_found' | 'scan_not_open' | 'network' | 'unknown';

export async function getScan(
	code: string
): Promise<{ ok: true; scan: ScanData } | { ok: false; reason: JoinFailure }> {
	try {
		const { data, error, status } = await anonRpc('get_scan', { p_join_code: code });
		if (error) {
			if (status === 0) return { ok: false, reason: 'network' };
			if (error.hint === 'scan_not_found' || error.hint === 'scan_not_open') {
				return { ok: false, reason: error.hint };
			}
			return { ok: false, reason: 'unknown' };
		}
		return isScanData(data) ? { ok: true, scan: data } : { ok: false, reason: 'unknown' };
	} catch {
		return { ok: false, reason: 'network' };
	}
}

/** A scan link asks for its scan while the page loads (see `./early`). */
export const earlyScan = askedEarly(getScan);

/** Sends finished scans; per item `stored`, `duplicate` or `rejected` with a reason. */
export function submitResponses(batch: Submission[], signal: AbortSignal): Promise<BatchReply> {
	return sendBatch('submit_responses', batch, signal);
}
