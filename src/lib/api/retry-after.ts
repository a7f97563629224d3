// supabase-js does not hand response headers to the caller, and the sync engine must honour a
// server's Retry-After (429, 503). The client's fetch notes it per request, keyed by the request's
// AbortSignal, which the sync engine makes for every batch it sends.
import { parseRetryAfter } from '$lib/sync/backoff';

const retryAfter = new WeakMap<AbortSignal, number>();

export const fetchNotingRetryAfter: typeof fetch = async (input, init) => {
	const response = await fetch(input, init);
	const signal = init?.signal;
	if (signal && (response.status === 429 || response.status === 503)) {
		const ms = parseRetryAfter(response.headers.get('retry-after'));
		if (ms !== undefined) retryAfter.set(signal, ms);
	}
	return response;
};

/** The Retry-After (ms) of the request made with `signal`, if the server sent one. */
export function retryAfterFor(signal: AbortSignal): number | undefined {
	return retryAfter.get(signal);
}
