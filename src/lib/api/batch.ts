// Batch RPCs with one result per item (`submit_responses`, `cast_votes`), answered in the sync
// engine's terms: per-item results, or why the whole request failed.
import type { BatchReply, ItemResult } from '$lib/sync/types';
import { getSupabase } from './client';
import { retryAfterFor } from './retry-after';

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
	let supabase;
	try {
		supabase = await getSupabase();
	} catch {
		// The client library could not be loaded: offline before it was ever cached.
		return { ok: false, failure: { type: 'network' } };
	}
	const { data, error, status } = await supabase
		.rpc(rpc, { p_batch: batch })
		.abortSignal(signal);
	if (error) {
		if (status === 0) return { ok: false, failure: { type: signal.aborted ? 'timeout' : 'network' } };
		return {
			ok: false,
			failure: {
				type: 'http',
				status,
				hint: error.hint || undefined,
				retryAfterMs: retryAfterFor(signal)
			}
		};
	}
	if (!Array.isArray(data)) return { ok: false, failure: { type: 'http', status } };
	// Rows the client cannot read count as missing: those items are sent again.
	return {
		ok: true,
		results: data.map(toResult).filter((r): r is ItemResult => r !== undefined)
	};
}
