// The real transport's answers in the engine's terms: per-item rows, or why the request failed
// (network, timeout, HTTP status with the server's reason and Retry-After).
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { sendBatch } from '../../../src/lib/api/batch';
import { createKindRegistry } from '../../../src/lib/sync/kinds';

const calls: { url: string; init: RequestInit }[] = [];

function answer(response: () => Response | Promise<Response>) {
	vi.stubGlobal(
		'fetch',
		vi.fn(async (url: string, init: RequestInit) => {
			calls.push({ url, init });
			return response();
		})
	);
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
	new Response(JSON.stringify(body), {
		status,
		headers: { 'content-type': 'application/json', ...headers }
	});

beforeEach(() => {
	calls.length = 0;
	vi.stubGlobal('location', { origin: 'http://app.test' });
});
afterEach(() => {
	vi.unstubAllGlobals();
});

describe('sendBatch', () => {
	test('posts the batch to the RPC as an anonymous caller and reads the rows', async () => {
		answer(() =>
			json(200, [
				{ id: 'a', status: 'stored', reason: null },
				{ id: 'b', status: 'rejected', reason: 'scan_closed' },
				{ id: null, status: 'rejected', reason: 'invalid_item' },
				{ nonsense: true }
			])
		);
		const reply = await sendBatch(
			'submit_responses',
			[{ id: 'a' }, { id: 'b' }],
			new AbortController().signal
		);
		expect(reply).toEqual({
			ok: true,
			results: [
				{ id: 'a', status: 'stored', reason: null },
				{ id: 'b', status: 'rejected', reason: 'scan_closed' },
				{ id: null, status: 'rejected', reason: 'invalid_item' }
			]
		});
		expect(calls[0].url).toBe('http://app.test/rest/v1/rpc/submit_responses');
		expect(calls[0].init.method).toBe('POST');
		expect(JSON.parse(calls[0].init.body as string)).toEqual({
			p_batch: [{ id: 'a' }, { id: 'b' }]
		});
		const headers = calls[0].init.headers as Record<string, string>;
		expect(headers.apikey).toMatch(/^eyJ/);
		expect(headers.authorization).toBe(`Bearer ${headers.apikey}`);
	});

	test('a refused batch brings its status and reason code', async () => {
		answer(() => json(413, { code: 'PT413', message: 'batch_too_large', hint: 'batch_too_large' }));
		expect(await sendBatch('cast_votes', [], new AbortController().signal)).toEqual({
			ok: false,
			failure: { type: 'http', status: 413, hint: 'batch_too_large', retryAfterMs: undefined }
		});
		expect(calls[0].url).toBe('http://app.test/rest/v1/rpc/cast_votes');
	});

	test('429 and 503 pass Retry-After on', async () => {
		answer(() => json(429, { message: 'slow down' }, { 'retry-after': '12' }));
		expect(await sendBatch('submit_responses', [], new AbortController().signal)).toEqual({
			ok: false,
			failure: { type: 'http', status: 429, hint: undefined, retryAfterMs: 12_000 }
		});
	});

	test('a 500 with an HTML page and a 200 with a cut-off body are failures, not results', async () => {
		answer(() => new Response('<h1>Bad gateway</h1>', { status: 502 }));
		expect(await sendBatch('submit_responses', [], new AbortController().signal)).toMatchObject({
			ok: false,
			failure: { type: 'http', status: 502 }
		});
		answer(() => new Response('[{"id":"a","status":"sto', { status: 200 }));
		expect(await sendBatch('submit_responses', [], new AbortController().signal)).toMatchObject({
			ok: false,
			failure: { type: 'http', status: 200 }
		});
	});

	test('no connection is a network failure; an aborted request a timeout', async () => {
		answer(() => Promise.reject(new TypeError('Failed to fetch')));
		expect(await sendBatch('submit_responses', [], new AbortController().signal)).toEqual({
			ok: false,
			failure: { type: 'network' }
		});
		const controller = new AbortController();
		answer(() => {
			controller.abort();
			return Promise.reject(new DOMException('aborted', 'AbortError'));
		});
		expect(await sendBatch('submit_responses', [], controller.signal)).toEqual({
			ok: false,
			failure: { type: 'timeout' }
		});
	});
});

describe('the kind registry', () => {
	test('sends each kind with its own sender and names its subject', async () => {
		const kinds = createKindRegistry();
		const sent: string[] = [];
		kinds.register('response', {
			send: async (payloads) => {
				sent.push(`response:${payloads.length}`);
				return { ok: true, results: [] };
			},
			subjectId: (p) => (p as { scan_id: string }).scan_id
		});
		await kinds.transport().send('response', [{}, {}], new AbortController().signal);
		expect(sent).toEqual(['response:2']);
		expect(kinds.subjectId('response', { scan_id: 's1' })).toBe('s1');
		expect(kinds.subjectId('vote', { round_id: 'r1' })).toBe('');
		await expect(kinds.transport().send('vote', [], new AbortController().signal)).rejects.toThrow(
			/No sender/
		);
	});
});
