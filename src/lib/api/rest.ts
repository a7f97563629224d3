// Anonymous RPC calls over plain fetch to the same PostgREST endpoint supabase-js would use, with
// the same headers. Children's pages (a scan, results, a ballot) and the service worker use this,
// so they never download supabase-js (~50 KB gzip); staff pages use supabase-js for their session.
import { supabaseAnonKey, supabaseUrl } from './client';

export interface RpcError {
	message: string;
	code?: string;
	hint?: string | null;
	details?: string | null;
}

/** Shaped like supabase-js' `rpc()` answer; `status` is 0 when the server was not reached. */
export type RpcAnswer<T> =
	| { data: T; error: null; status: number; headers: Headers }
	| { data: null; error: RpcError; status: number; headers?: Headers };

export async function anonRpc<T = unknown>(
	fn: string,
	args: Record<string, unknown>,
	signal?: AbortSignal
): Promise<RpcAnswer<T>> {
	const key = supabaseAnonKey();
	let response: Response;
	try {
		response = await fetch(`${supabaseUrl()}/rest/v1/rpc/${fn}`, {
			method: 'POST',
			headers: {
				apikey: key,
				authorization: `Bearer ${key}`,
				'content-type': 'application/json',
				accept: 'application/json'
			},
			body: JSON.stringify(args),
			signal
		});
	} catch (error) {
		return { data: null, error: { message: (error as Error).message }, status: 0 };
	}
	const body: unknown = await response.json().catch(() => null);
	if (response.ok)
		return { data: body as T, error: null, status: response.status, headers: response.headers };
	const failure = (typeof body === 'object' && body !== null ? body : {}) as Partial<RpcError>;
	return {
		data: null,
		error: {
			message: failure.message ?? response.statusText,
			code: failure.code,
			hint: failure.hint ?? null,
			details: failure.details ?? null
		},
		status: response.status,
		headers: response.headers
	};
}
