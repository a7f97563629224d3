// A scan link asks the server while the page loads; joining uses that answer once, while it is
// recent, and asks again otherwise. Offline nothing is asked early.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { earlyScan } from '../../src/lib/api/scans';

let requests = 0;

beforeEach(() => {
	requests = 0;
	vi.stubGlobal('location', { origin: 'http://app.test' });
	vi.stubGlobal('navigator', { onLine: true });
	vi.stubGlobal(
		'fetch',
		vi.fn(async () => {
			requests++;
			return new Response(JSON.stringify({ message: 'scan_not_found', hint: 'scan_not_found' }), {
				status: 404,
				headers: { 'content-type': 'application/json' }
			});
		})
	);
});
afterEach(() => {
	vi.unstubAllGlobals();
});

describe('asking for a scan early', () => {
	test('joining uses the early answer once', async () => {
		earlyScan.start('EARLY1', 1_000);
		earlyScan.start('EARLY1', 2_000);
		expect(await earlyScan.take('EARLY1', 3_000)).toEqual({ ok: false, reason: 'scan_not_found' });
		expect(requests).toBe(1);
		await earlyScan.take('EARLY1', 4_000);
		expect(requests).toBe(2);
	});

	test('loading the page again soon after (a language switch) asks nothing new', async () => {
		earlyScan.start('EARLY4', 0);
		await earlyScan.take('EARLY4', 1_000);
		earlyScan.start('EARLY4', 2_000);
		expect(requests).toBe(1);
	});

	test('an answer older than 30 seconds is asked again', async () => {
		earlyScan.start('EARLY2', 0);
		await earlyScan.take('EARLY2', 31_000);
		expect(requests).toBe(2);
	});

	test('offline, nothing is asked early', async () => {
		vi.stubGlobal('navigator', { onLine: false });
		earlyScan.start('EARLY3', 0);
		expect(requests).toBe(0);
	});
});
