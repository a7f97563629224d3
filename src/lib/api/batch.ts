// Batch RPCs with one result per item (`submit_responses`, `cast_votes`), answered in the sync
// engine's terms: per-item results, or why the whole request failed.
//
// These go over plain fetch to the same PostgREST endpoint, with the same headers supabase-js
// sends for an anonymous call, for two reasons: the service worker runs the sync engine
// (Background Sync) and cannot load supabase-js (no import() in service workers), and a page that
// only sends answers should not download supabase-js for it. It also gives the Retry-After header,
// which supabase-js does not hand on.
import { parseRetryAfter } from '../sync/backoff';
import type { BatchReply, ItemResult } from '../sync/types';
import { supabaseAnonKey, supabaseUrl } from './client';

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
	const key = supabaseAnonKey();
	let response: Response;
	let body: unknown;
	try {
		response = await fetch(`${supabaseUrl()}/rest/v1/rpc/${rpc}`, {
			method: 'POST',
			headers: {
				apikey: key,
				authorization: `Bearer ${key}`,
				'content-type': 'application/json',
				accept: 'application/json'
			},
			body: JSON.stringify({ p_batch: batch }),
			signal
		});
		body = await response.json().catch(() => undefined);
	} catch {
		return { ok: false, failure: { type: signal.aborted ? 'timeout' : 'network' } };
	}
	if (!response.ok || !Array.isArray(body)) {
		const hint = (body as { hint?: unknown } | undefined)?.hint;
		return {
			ok: false,
			failure: {
				type: 'http',
				status: response.status,
				hint: typeof hint === 'string' && hint ? hint : undefined,
				retryAfterMs: parseRetryAfter(response.headers.get('retry-after'))
			}
		};
	}
	// Rows the client cannot read count as missing: those items are sent again.
	return {
		ok: true,
		results: body.map(toResult).filter((r): r is ItemResult => r !== undefined)
	};
}
