// Sends 10,000+ random and malformed payloads to every RPC anon may call, through the real
// PostgREST, and checks: never a 5xx, every refusal carries a documented reason, and nothing is
// half-written (each stored item is complete, no rejected item left a trace, counters add up).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANON_KEY } from '../../supabase/local/keys.ts';
import { openTestDb, type TestDb } from './db.ts';

// 10,000 requests against PostgreSQL (CI's second database run); fewer on the embedded PGlite,
// which answers one request at a time.
const TOTAL = Number(process.env.FUZZ_REQUESTS ?? (process.env.DATABASE_URL ? 10_000 : 1_000));
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);

/** Reasons the RPC contract documents (design §4), per item and for whole requests. */
const itemReasons = new Set([
	'invalid_item',
	'scan_not_found',
	'scan_closed',
	'age_band_not_allowed',
	'unknown_question',
	'value_out_of_range',
	'text_too_long',
	'conflict',
	'invalid_code',
	'ballot_not_found',
	'ballot_used',
	'round_not_open',
	'round_closed',
	'invalid_ballot'
]);
const requestHints = new Set([
	'invalid_batch',
	'batch_too_large',
	'scan_not_found',
	'scan_not_open',
	'results_not_published',
	'invalid_code',
	'ballot_not_found',
	'round_not_open',
	'round_closed',
	'round_not_found',
	'round_not_closed',
	'invalid_query'
]);
/**
 * PostgREST's and PostgreSQL's own refusals of malformed requests, before any RPC runs: bad JSON
 * (PGRST1xx), unknown arguments (PGRST2xx), values of the wrong type (22P02, 22007, 22008) and NUL
 * characters, which PostgreSQL text cannot hold (22P05). The app never sends these.
 */
const protocolCodes = /^(PGRST1\d\d|PGRST2\d\d|22P02|22P05|22023|22007|22008|42883)$/;

interface Scan {
	id: string;
	age_bands: string[];
	questions: { id: string; kind: string; age_bands: string[]; options: { value: string }[] }[];
}

const bands = ['8-11', '12-15', '16-18', 'parent'];
const isUuid = (v: string) =>
	/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);
const locales = ['nl', 'en', 'ar', 'uk', 'tr', 'pl'];

function validAnswer(q: Scan['questions'][number], rnd: () => number) {
	const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
	const values = q.options.map((o) => o.value);
	switch (q.kind) {
		case 'multi':
			return { question_id: q.id, value: values.filter(() => rnd() < 0.4) };
		case 'text':
			return { question_id: q.id, text: pick(['Meer speelplekken', 'Een jongerenraad', ' ']) };
		default:
			return { question_id: q.id, value: pick(values) };
	}
}

describe('fuzzing the anon RPCs through PostgREST', () => {
	let db: TestDb;
	let rest: string;
	let scan: Scan;
	let ballotCodes: string[];

	beforeAll(async () => {
		db = await openTestDb();
		rest = await db.postgrest();
		const joined = await call('get_scan', { p_join_code: 'DEMO01' });
		expect(joined.status, JSON.stringify(joined.body)).toBe(200);
		scan = joined.body as Scan;
		ballotCodes = ['DEMA-AAAA', 'DEMA-CCCC', 'DEMA-DDDD', 'PAAR-AAAA', 'PAAR-CCCC', 'ZZZZ-ZZZZ'];
	});
	afterAll(() => db.close());

	async function call(fn: string, body: unknown, raw = false) {
		const res = await fetch(`${rest}/rpc/${fn}`, {
			method: 'POST',
			headers: {
				apikey: ANON_KEY,
				authorization: `Bearer ${ANON_KEY}`,
				'content-type': 'application/json'
			},
			body: raw ? (body as string) : JSON.stringify(body)
		});
		const text = await res.text();
		let parsed: unknown = text;
		try {
			parsed = JSON.parse(text);
		} catch {
			// keep the text for the failure message
		}
		return { status: res.status, body: parsed };
	}

	it(`answers ${TOTAL} random and malformed requests without a 5xx or an undocumented refusal`, async () => {
		// A seeded uniform generator (mulberry32), so a failure can be replayed with FUZZ_SEED.
		let state = SEED >>> 0;
		const rnd = () => {
			state = (state + 0x6d2b79f5) >>> 0;
			let t = state;
			t = Math.imul(t ^ (t >>> 15), t | 1);
			t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
			return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
		};
		const junk = fc.sample(fc.jsonValue({ maxDepth: 3 }), { seed: SEED, numRuns: 2000 });
		const strings = fc.sample(fc.string({ unit: 'binary', maxLength: 80 }), {
			seed: SEED + 1,
			numRuns: 2000
		});
		const any = () =>
			rnd() < 0.5
				? junk[Math.floor(rnd() * junk.length)]
				: strings[Math.floor(rnd() * strings.length)];
		const uuid = () => crypto.randomUUID();
		const usedIds: string[] = [];

		const stored = new Map<string, unknown>(); // response id → item as stored
		const rejectedFresh = new Set<string>(); // ids rejected before ever being stored
		const problems: string[] = [];

		function mutate(item: Record<string, unknown>) {
			const fields = Object.keys(item);
			const r = rnd();
			if (r < 0.25) item[fields[Math.floor(rnd() * fields.length)]] = any();
			else if (r < 0.4) delete item[fields[Math.floor(rnd() * fields.length)]];
			else if (r < 0.5) item.extra = any();
			return item;
		}

		function responseItem(): Record<string, unknown> {
			const reuse = usedIds.length > 0 && rnd() < 0.1;
			const id = reuse ? usedIds[Math.floor(rnd() * usedIds.length)] : uuid();
			if (!reuse) usedIds.push(id);
			const band = scan.age_bands[Math.floor(rnd() * scan.age_bands.length)];
			const questions = scan.questions.filter((q) => q.age_bands.includes(band) && rnd() < 0.6);
			const answers: unknown[] = questions.map((q) => validAnswer(q, rnd));
			if (rnd() < 0.2 && answers.length) {
				const a = answers[Math.floor(rnd() * answers.length)] as Record<string, unknown>;
				const r = rnd();
				if (r < 0.3) a.value = any();
				else if (r < 0.5) a.question_id = rnd() < 0.5 ? 'no_such_question' : any();
				else if (r < 0.7) a.text = 'x'.repeat(400 + Math.floor(rnd() * 400));
				else answers.push({ ...a });
			}
			const item: Record<string, unknown> = {
				id,
				scan_id: rnd() < 0.05 ? uuid() : scan.id,
				age_band:
					rnd() < 0.1 ? any() : rnd() < 0.1 ? bands[Math.floor(rnd() * bands.length)] : band,
				locale: rnd() < 0.05 ? any() : locales[Math.floor(rnd() * locales.length)],
				answered_at: rnd() < 0.05 ? any() : new Date(Date.now() - rnd() * 3e8).toISOString(),
				answers: rnd() < 0.05 ? any() : answers
			};
			return rnd() < 0.3 ? mutate(item) : item;
		}

		function voteItem(): Record<string, unknown> {
			const options = ['meedoen', 'zorg', 'armoede', 'onderwijs', 'asiel'];
			const ballot =
				rnd() < 0.5
					? { points: Object.fromEntries(options.map((o) => [o, Math.floor(rnd() * 5)])) }
					: rnd() < 0.5
						? { ranking: options.slice(0, 3) }
						: { pairs: [{ winner: options[0], loser: options[Math.floor(rnd() * 5)] }] };
			const item: Record<string, unknown> = {
				id: uuid(),
				round_id: rnd() < 0.8 ? '00000000-0000-4000-8000-000000006001' : uuid(),
				ballot_code: rnd() < 0.8 ? ballotCodes[Math.floor(rnd() * ballotCodes.length)] : any(),
				ballot,
				cast_at: new Date().toISOString()
			};
			return rnd() < 0.4 ? mutate(item) : item;
		}

		type Request = { fn: string; body: unknown; raw?: boolean; items?: Record<string, unknown>[] };
		function nextRequest(): Request {
			const r = rnd();
			if (r < 0.4) {
				const n = 1 + Math.floor(rnd() * 4);
				const items = Array.from({ length: n }, responseItem);
				if (rnd() < 0.03) return { fn: 'submit_responses', body: { p_batch: any() } };
				if (rnd() < 0.02)
					return { fn: 'submit_responses', body: '{"p_batch": [{"id": ', raw: true };
				if (rnd() < 0.02)
					return { fn: 'submit_responses', body: { p_batch: items, p_extra: 1 }, items };
				return { fn: 'submit_responses', body: { p_batch: items }, items };
			}
			if (r < 0.6) {
				const items = Array.from({ length: 1 + Math.floor(rnd() * 3) }, voteItem);
				if (rnd() < 0.03) return { fn: 'cast_votes', body: { p_batch: any() } };
				return { fn: 'cast_votes', body: { p_batch: items }, items };
			}
			if (r < 0.72)
				return { fn: 'get_scan', body: { p_join_code: rnd() < 0.2 ? 'DEMO01' : any() } };
			if (r < 0.84)
				return { fn: 'get_ballot', body: { p_ballot_code: rnd() < 0.2 ? ballotCodes[0] : any() } };
			return {
				fn: 'round_results',
				body: {
					p_round_id:
						rnd() < 0.3 ? '00000000-0000-4000-8000-000000006002' : rnd() < 0.5 ? uuid() : any()
				}
			};
		}

		const requests = Array.from({ length: TOTAL }, nextRequest);
		const concurrency = 4;
		let next = 0;
		async function worker() {
			while (next < requests.length) {
				const request = requests[next++];
				const { status, body } = await call(request.fn, request.body, request.raw);
				const where = `${request.fn} ${JSON.stringify(request.body).slice(0, 160)} → ${status} ${JSON.stringify(body).slice(0, 200)}`;
				if (status >= 500) {
					problems.push(`5xx: ${where}`);
					continue;
				}
				if (status >= 400) {
					const error = body as { hint?: string; code?: string };
					if (!requestHints.has(error.hint ?? '') && !protocolCodes.test(error.code ?? '')) {
						problems.push(`undocumented refusal: ${where}`);
					}
					continue;
				}
				if (request.fn === 'submit_responses' || request.fn === 'cast_votes') {
					const rows = body as { id: string | null; status: string; reason: string | null }[];
					for (const [i, row] of rows.entries()) {
						if (!['stored', 'duplicate', 'rejected'].includes(row.status)) {
							problems.push(`unknown status: ${where}`);
						}
						if (row.status === 'rejected' && !itemReasons.has(row.reason ?? '')) {
							problems.push(`undocumented reason ${row.reason}: ${where}`);
						}
						const item = request.items?.[i];
						if (request.items && rows.length !== request.items.length) {
							problems.push(`not one row per item: ${where}`);
						}
						if (
							item &&
							typeof item.id === 'string' &&
							isUuid(item.id) &&
							row.id !== item.id.toLowerCase()
						) {
							problems.push(`row ${i} is not item ${i}: ${where}`);
						}
						if (
							request.items &&
							row.status === 'stored' &&
							!(item && typeof item.id === 'string' && isUuid(item.id))
						) {
							problems.push(`stored an item without a valid id: ${JSON.stringify(item)} ${where}`);
						}
						if (item && typeof item.id === 'string' && isUuid(item.id)) {
							if (row.status === 'stored' && request.fn === 'submit_responses')
								stored.set(item.id, item);
							else if (request.fn === 'cast_votes') continue;
							else if (row.status === 'rejected' && !stored.has(item.id))
								rejectedFresh.add(item.id);
						}
					}
				}
			}
		}
		await Promise.all(Array.from({ length: concurrency }, worker));
		expect(problems.slice(0, 20)).toEqual([]);
		console.log(
			`fuzz: ${TOTAL} requests, ${stored.size} responses stored, ${rejectedFresh.size} rejected`
		);
		expect(stored.size).toBeGreaterThan(50);

		// Nothing half-written: every stored response has exactly its answers; no trace of rejected ones.
		const counts = await db.sql.query<{ id: string; answers: number; texts: number }>(
			`select r.id, (select count(*)::int from public.answers a where a.response_id = r.id) as answers,
			        (select count(*)::int from public.free_texts t where t.response_id = r.id) as texts
			 from public.responses r where r.id = any ($1::uuid[])`,
			[[...stored.keys()]]
		);
		expect(counts.length).toBe(stored.size);
		for (const row of counts) {
			const item = stored.get(row.id) as { answers: { value?: unknown; text?: string }[] };
			const expected = item.answers.reduce(
				(n, a) =>
					n +
					(Array.isArray(a.value) ? new Set(a.value).size : typeof a.value === 'string' ? 1 : 0),
				0
			);
			expect(row.answers, `answers of ${row.id}`).toBe(expected);
		}
		const ghosts = await db.sql.query<{ n: number }>(
			'select count(*)::int as n from public.responses where id = any ($1::uuid[])',
			[[...rejectedFresh].filter((id) => !stored.has(id))]
		);
		expect(ghosts[0].n).toBe(0);

		// Counters equal a recount of the raw answers.
		const drift = await db.sql.query<{ n: number }>(
			`select count(*)::int as n from (
				select scan_id, question_id, age_band, value, n from public.answer_counts
				except
				select r.scan_id, a.question_id, r.age_band, a.value, count(*)::int
				from public.answers a join public.responses r on r.id = a.response_id
				group by 1, 2, 3, 4
			 ) d`
		);
		expect(drift[0].n).toBe(0);
		const votes = await db.sql.query<{ n: number }>(
			`select count(*)::int as n from public.votes v join public.ballots b on b.id = v.ballot_id
			 where b.used_at is null`
		);
		expect(votes[0].n).toBe(0);
	}, 600_000);
});
