// Load test (issue 8, part 4): holds a steady stream of finished scans through PostgREST into the
// PostgreSQL on 127.0.0.1:5432 for 60 s with autocannon on loopback, then checks that the database
// holds exactly the responses the server answered `stored` for.
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

function batch(): string {
	const items = Array.from({ length: batchSize }, (_, i) => ({
		id: randomUUID(),
		scan_id: scan.id,
		age_band: '12-15',
		locale: 'nl',
		answered_at: new Date().toISOString(),
		answers: questions.map((q) => ({ question_id: q.id, value: value(q, i) }))
	}));
	return JSON.stringify({ p_batch: items });
}

let storedByServer = 0;
let otherStatuses = 0;
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
				if (status !== 200) return;
				for (const row of JSON.parse(body) as { status: string }[]) {
					if (row.status === 'stored') storedByServer++;
					else otherStatuses++;
				}
			}
		}
	]
});
const [{ n: inDatabase }] = await sql.query<{ n: number }>(
	`select count(*)::int as n from public.responses where scan_id = $1 and received_at > now() - interval '1 hour'`,
	[scan.id]
);
const [{ n: counted }] = await sql.query<{ n: number }>(
	`select n from public.response_counts where scan_id = $1 and age_band = '12-15'`,
	[scan.id]
);

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
	responses_not_stored: otherStatuses,
	responses_in_database: inDatabase,
	response_counter: counted,
	responses_per_second: Math.round(storedByServer / seconds)
};
await postgrest.stop();
await sql.close();
await admin.exec(`drop database if exists ${DATABASE} with (force)`);
await admin.close();

if (opts.json) console.log(JSON.stringify(figures));
else console.table(figures);
const exact =
	inDatabase === storedByServer &&
	counted === storedByServer &&
	otherStatuses === 0 &&
	result.non2xx === 0;
if (!exact) {
	console.error('The database does not hold exactly what the server reported as stored.');
	process.exit(1);
}
