// Backoff bounds: full jitter in [0, min(5 min, 1 s · 2^(attempt − 1))), Retry-After read right.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	BACKOFF_CAP_MS,
	backoffCeiling,
	backoffDelay,
	parseRetryAfter
} from '../../../src/lib/sync/backoff';

describe('backoffDelay', () => {
	test('stays within [0, min(cap, base · 2^(attempt − 1))) for every attempt and draw', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 10_000 }),
				fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
				(attempt, draw) => {
					const delay = backoffDelay(attempt, { random: () => draw });
					const ceiling = Math.min(BACKOFF_CAP_MS, 1000 * 2 ** (attempt - 1));
					expect(delay).toBeGreaterThanOrEqual(0);
					expect(delay).toBeLessThan(ceiling);
					expect(Number.isInteger(delay)).toBe(true);
				}
			)
		);
	});

	test('ceilings double from about one second up to five minutes', () => {
		expect([1, 2, 3, 4, 5, 9, 10].map((a) => backoffCeiling(a))).toEqual([
			1000, 2000, 4000, 8000, 16_000, 256_000, 300_000
		]);
		expect(backoffCeiling(500)).toBe(300_000);
		expect(backoffCeiling(0)).toBe(1000);
	});

	test('spreads out: the draws are not all the same', () => {
		const delays = new Set(Array.from({ length: 50 }, () => backoffDelay(8)));
		expect(delays.size).toBeGreaterThan(40);
	});
});

describe('parseRetryAfter', () => {
	const now = Date.UTC(2026, 11, 1, 12);

	test('reads seconds and HTTP dates', () => {
		expect(parseRetryAfter('30', now)).toBe(30_000);
		expect(parseRetryAfter(' 0 ', now)).toBe(0);
		expect(parseRetryAfter(new Date(now + 45_000).toUTCString(), now)).toBe(45_000);
	});

	test('a date in the past means now; a huge value is capped', () => {
		expect(parseRetryAfter(new Date(now - 5000).toUTCString(), now)).toBe(0);
		expect(parseRetryAfter('86400', now)).toBe(BACKOFF_CAP_MS);
	});

	test('nonsense is ignored', () => {
		expect(parseRetryAfter(undefined, now)).toBeUndefined();
		expect(parseRetryAfter('', now)).toBeUndefined();
		expect(parseRetryAfter('soon', now)).toBeUndefined();
		expect(parseRetryAfter('-5', now)).toBeUndefined();
	});
});
