// Exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter"):
// a random wait between 0 and min(cap, base · 2^(attempt − 1)), so that many phones coming back
// online at once (a school's Wi-Fi) spread out instead of hitting the server together.

export interface BackoffOptions {
	baseMs?: number;
	capMs?: number;
	random?: () => number;
}

export const BACKOFF_BASE_MS = 1_000;
export const BACKOFF_CAP_MS = 5 * 60_000;

/** Upper bound of the wait before attempt `attempt + 1`, after `attempt` failures (≥ 1). */
export function backoffCeiling(
	attempt: number,
	{ baseMs = BACKOFF_BASE_MS, capMs = BACKOFF_CAP_MS }: BackoffOptions = {}
): number {
	const exponent = Math.max(0, Math.min(attempt - 1, 30));
	return Math.min(capMs, baseMs * 2 ** exponent);
}

/** The wait after `attempt` failures: uniformly random in [0, ceiling). */
export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
	const random = options.random ?? Math.random;
	return Math.floor(random() * backoffCeiling(attempt, options));
}

/**
 * A `Retry-After` header in milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3).
 * Capped, so that a wrong header cannot park the outbox for days.
 */
export function parseRetryAfter(
	value: string | null | undefined,
	now = Date.now(),
	capMs = BACKOFF_CAP_MS
): number | undefined {
	if (!value) return undefined;
	const trimmed = value.trim();
	let ms: number;
	if (/^\d+$/.test(trimmed)) {
		ms = Number(trimmed) * 1000;
	} else {
		// an HTTP date names its day and month ("Tue, 01 Dec 2026 09:00:00 GMT")
		const at = /[a-z]/i.test(trimmed) ? Date.parse(trimmed) : NaN;
		if (Number.isNaN(at)) return undefined;
		ms = at - now;
	}
	return Math.min(capMs, Math.max(0, ms));
}
