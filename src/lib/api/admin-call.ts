// Calls for the staff pages that run scans, results and voting rounds: one error type whose
// `reason` is the server's stable hint (`scan_not_draft`, `round_closed`, …) or one of
// `network`, `signed_out`, `forbidden`, `not_found`, `unknown`. Pages translate the reason.
import type { SupabaseClient } from '@supabase/supabase-js';
import { getSupabase } from './client';

export class AdminError extends Error {
	constructor(
		readonly reason: string,
		readonly detail?: string
	) {
		super(reason);
		this.name = 'AdminError';
	}
}

interface RawError {
	message?: string;
	code?: string;
	hint?: string | null;
	details?: string | null;
}

const reasonPattern = /^[a-z][a-z0-9_]*$/;

/** The reason an answer from PostgREST failed, from its hint, code and HTTP status. */
export function reasonOf(error: RawError, status: number): string {
	if (error.hint && reasonPattern.test(error.hint)) return error.hint;
	if (status === 0) return 'network';
	if (error.code === 'PGRST301' || error.code === 'PGRST303' || status === 401) return 'signed_out';
	if (status === 403 || error.code === '42501') return 'forbidden';
	if (status === 404 || error.code === 'PGRST116') return 'not_found';
	return 'unknown';
}

interface Answer {
	data: unknown;
	error: RawError | null;
	status: number;
}

/** Runs a query or RPC built on the client; throws an AdminError when it fails. */
export async function query<T>(
	build: (supabase: SupabaseClient) => PromiseLike<Answer>
): Promise<T> {
	let answer: Answer;
	try {
		answer = await build(await getSupabase());
	} catch {
		throw new AdminError('network');
	}
	if (answer.error) {
		throw new AdminError(reasonOf(answer.error, answer.status), answer.error.details ?? undefined);
	}
	return answer.data as T;
}

/** Calls `public.<fn>` with named arguments. */
export function rpc<T>(fn: string, args: Record<string, unknown>): Promise<T> {
	return query<T>((supabase) => supabase.rpc(fn, args));
}

/** The reason of anything a call threw. */
export function reasonOfError(error: unknown): string {
	return error instanceof AdminError ? error.reason : 'unknown';
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
	return uuidPattern.test(value);
}
