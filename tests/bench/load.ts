// Load test (issue 8, part 4): holds a steady stream of finished scans through PostgREST into the
// PostgreSQL on 127.0.0.1:5432 for 60 s with autocannon on loopback. Requests still in flight when
// the time is up are sent again, as a device would; then the database must hold exactly the
// responses the server acknowledged (`stored`, or `duplicate` on the second try), counted once.
//
//   npx tsx tests/bench/load.ts [--seconds 60] [--batch 50] [--connections 8] [--json]
import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { ANON_KEY } from '../../supabase/local/keys.ts';
import { migrate } from '../../supabase/local/migrate.ts';
import { startPostgrest } from '../../supabase/local/postgrest.ts';
import { openPostgres } from '../../supabase/local/sql.ts';

const { values: opts } = parseArgs({
	options: {
		seconds: { type: 'string', default: '60' },
		batch: { type: 'string', default: '50' },
		connections: { type: 'string', default: '8' },
		json: { type: 'boolean', default: false }
	}
});
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DATABASE = 'rechtop_bench_load';
const seconds = Number(opts.seconds);
const batchSize = Number(opts.batch);

const admin = await openPostgres(ADMIN_URL);
await admin.exec(`drop database if exists ${DATABASE} with (force)`);
await admin.exec(`create database ${DATABASE}`);
const url = new URL(ADMIN_URL);
url.pathname = `/${DATABASE}`;
const sql = await openPostgres(url.toString());
await migrate(sql); // with the demo seed: DEMO01 is open
const [scan] = await sql.query<{ id: string }>(
	`select id from public.scans where join_code = 'DEMO01'`
);
const questions = await sql.query<{ id: string; kind: string; options: { value: string }[] }>(
	`select q.id, q.kind, q.options from public.scan_questions sq join public.questions q on q.id = sq.question_id
	 where sq.scan_id = $1 and q.kind in ('smiley5', 'yes_no_unsure', 'choice')
	   and '12-15' = any (q.age_bands)`,
	[scan.id]
);
const postgrest = await startPostgrest({ dbUri: url.toString(), pglite: false, pool: 16 });

function value(q: (typeof questions)[number], i: number): string {
	if (q.kind === 'smiley5') return String(1 + (i % 5));
	if (q.kind === 'yes_no_unsure') return ['yes', 'no', 'unsure'][i % 3];
	return q.options[i % q.options.length].value;
}

type Item = { id: string } & Record<string, unknown>;
/** Items sent whose reply has not come (yet): autocannon cuts off what is in flight at the end. */
const unanswered = new Map<string, Item>();
/** Ids the server said it has: `stored`, or `duplicate` on a second try. */
const acknowledged = new Set<string>();
let storedByServer = 0;
let otherStatuses = 0;

function batch(): string {
	const items: Item[] = Array.from({ length: batchSize }, (_, i) => ({
		id: randomUUID(),
		scan_id: scan.id,
		age_band: '12-15',
		locale: 'nl',
		answered_at: new Date().toISOString(),
		answers: questions.map((q) => ({ question_id: q.id, value: value(q, i) }))
	}));
	for (const item of items) unanswered.set(item.id, item);
	return JSON.stringify({ p_batch: items });
}

type Reply = { id: string; status: string }[];
function record(rows: Reply, during: boolean) {
	for (const row of rows) {
		unanswered.delete(row.id);
		if (row.status === 'stored' || row.status === 'duplicate') acknowledged.add(row.id);
		else otherStatuses++;
		if (during && row.status === 'stored') storedByServer++;
	}
}

const counts = async () => {
	const [row] = await sql.query<{ rows: number; counter: number }>(
		`select (select count(*)::int from public.responses where scan_id = $1) as rows,
		        coalesce((select n from public.response_counts where scan_id = $1 and age_band = '12-15'), 0) as counter`,
		[scan.id]
	);
	return row;
};
const before = await counts();

const result = await autocannon({
	url: `${postgrest.url}/rpc/submit_responses`,
	method: 'POST',
	connections: Number(opts.connections),
	duration: seconds,
	headers: {
		apikey: ANON_KEY,
		authorization: `Bearer ${ANON_KEY}`,
		'content-type': 'application/json'
	},
	requests: [
		{
			setupRequest: (req) => ({ ...req, body: batch() }),
			onResponse: (status, body) => {
				if (status === 200) record(JSON.parse(body) as Reply, true);
			}
		}
	]
});

// What was cut off (sent or not) is sent again, as a device would: the server may already have it.
const cutOff = unanswered.size;
const left = [...unanswered.values()];
for (let i = 0; i < left.length; i += batchSize) {
	const reply = await fetch(`${postgrest.url}/rpc/submit_responses`, {
		method: 'POST',
		headers: {
			apikey: ANON_KEY,
			authorization: `Bearer ${ANON_KEY}`,
			'content-type': 'application/json'
		},
		body: JSON.stringify({ p_batch: left.slice(i, i + batchSize) })
	});
	if (!reply.ok) throw new Error(`resend: ${reply.status} ${await reply.text()}`);
	record((await reply.json()) as Reply, false);
}
const after = await counts();

const figures = {
	seconds,
	batch_size: batchSize,
	connections: Number(opts.connections),
	answers_per_response: questions.length,
	requests: result.requests.total,
	non_2xx: result.non2xx,
	errors: result.errors,
	latency_p50_ms: result.latency.p50,
	latency_p99_ms: result.latency.p99,
	responses_stored_by_server: storedByServer,
	responses_cut_off_and_sent_again: cutOff,
	responses_acknowledged: acknowledged.size,
	responses_not_stored: otherStatuses,
	responses_in_database: after.rows - before.rows,
	response_counter: after.counter - before.counter,
	responses_per_second: Math.round(storedByServer / seconds)
};
await postgrest.stop();
await sql.close();
await admin.exec(`drop database if exists ${DATABASE} with (force)`);
await admin.close();

if (opts.json) console.log(JSON.stringify(figures));
else console.table(figures);
const exact =
	figures.responses_in_database === acknowledged.size &&
	figures.response_counter === acknowledged.size &&
	unanswered.size === 0 &&
	otherStatuses === 0 &&
	result.non2xx === 0;
if (!exact) {
	console.error('The database does not hold exactly the responses the server acknowledged.');
	process.exit(1);
}
