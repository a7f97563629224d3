// The rights scan on the server: joining (`get_scan`) and sending finished scans (`submit_responses`).
import { isScanData, type ScanData, type Submission } from '$lib/scan/model';
import type { BatchReply } from '$lib/sync/types';
import { sendBatch } from './batch';
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

// A scan link asks the server while the page is still loading; joining then waits for that answer.
// The page's data loads again on a language switch: within 30 s that asks nothing new.
const early = new Map<string, { at: number; answer: ReturnType<typeof getScan>; used: boolean }>();
const EARLY_MS = 30_000;

/** Starts asking for the scan before the page shows (online only). */
export function askScanEarly(code: string, now = Date.now()): void {
	const asked = early.get(code);
	if (navigator.onLine && !(asked && now - asked.at < EARLY_MS)) {
		early.set(code, { at: now, answer: getScan(code), used: false });
	}
}

/** The answer asked for early, once and while recent; else the server is asked now. */
export function getScanAsked(code: string, now = Date.now()): ReturnType<typeof getScan> {
	const asked = early.get(code);
	if (!asked || asked.used || now - asked.at >= EARLY_MS) return getScan(code);
	asked.used = true;
	return asked.answer;
}

/** Sends finished scans; per item `stored`, `duplicate` or `rejected` with a reason. */
export function submitResponses(batch: Submission[], signal: AbortSignal): Promise<BatchReply> {
	return sendBatch('submit_responses', batch, signal);
}
