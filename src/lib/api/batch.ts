// Batch RPCs with one result per item (`submit_responses`, `cast_votes`), answered in the sync
// engine's terms: per-item results, or why the whole request failed.
//
// These go through `anonRpc` (plain fetch): the service worker runs the sync engine (Background
// Sync) and cannot load supabase-js (no import() in service workers), and the reply's Retry-After
// header, which supabase-js does not hand on, sets the backoff.
import { parseRetryAfter } from '../sync/backoff';
import type { BatchReply, ItemResult } from '../sync/types';
import { anonRpc } from './rest';

export type BatchRpc = 'submit_responses' | 'cast_votes';

function toResult(row: unknown): ItemResult | undefined {
	if (typeof row !== 'object' || row === null) return undefined;
	const { id, status, reason } = row as Record<string, unknown>;
	if (status !== 'stored' && status !== 'duplicate' && status !== 'rejected') return undefined;
	return {
		id: typeof id === 'string' ? id : null,
		status,
		reason: typeof reason === 'string' ? reason : null
	};
}

export async function sendBatch(
	rpc: BatchRpc,
	batch: unknown[],
	signal: AbortSignal
): Promise<BatchReply> {
	const { data, error, status, headers } = await anonRpc<unknown>(rpc, { p_batch: batch }, signal);
	if (status === 0) return { ok: false, failure: { type: signal.aborted ? 'timeout' : 'network' } };
	if (error || !Array.isArray(data)) {
		return {
			ok: false,
			failure: {
				type: 'http',
				status,
				hint: error?.hint || undefined,
				retryAfterMs: parseRetryAfter(headers?.get('retry-after') ?? null)
			}
		};
	}
	// Rows the client cannot read count as missing: those items are sent again.
	return {
		ok: true,
		results: data.map(toResult).filter((r): r is ItemResult => r !== undefined)
	};
}
