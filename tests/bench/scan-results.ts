// scan_results speed (issue 5, part 5): a scan with 100,000 responses to 40 questions in the
// PostgreSQL on 127.0.0.1:5432. Prints the median and p95 of scan_results over repeated calls, as
// PostgREST would make them (a transaction per call, role and JWT claims set), beside the time of
// working out the same figures by grouping the raw answers. Target: scan_results under 50 ms.
//
//   npx tsx tests/bench/scan-results.ts
//
// Environment: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres; the bench
// creates and drops its own database `rechtop_bench_results`), BENCH_RESPONSES (100000),
// BENCH_QUESTIONS (40), BENCH_CALLS (50), BENCH_KEEP=1 to keep the database afterwards.
import { migrate } from '../../supabase/local/migrate';
import { openPostgres, type Sql } from '../../supabase/local/sql';

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DATABASE = 'rechtop_bench_results';
const RESPONSES = Number(process.env.BENCH_RESPONSES ?? 100_000);
const QUESTIONS = Number(process.env.BENCH_QUESTIONS ?? 40);
const CALLS = Number(process.env.BENCH_CALLS ?? 50);
const SCAN_ID = '00000000-0000-4000-8000-0000000be001';
const JOIN_CODE = 'BENCH1';
const VIEWER = '00000000-0000-4000-8000-000000000003';

function databaseUrl(name: string): string {
	const url = new URL(ADMIN_URL);
	url.pathname = `/${name}`;
	return url.toString();
}

function quantile(sorted: number[], q: number): number {
	const i = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
	return sorted[Math.max(0, i)];
}

function summary(times: number[]): string {
	const sorted = [...times].sort((a, b) => a - b);
	return `median ${quantile(sorted, 0.5).toFixed(1)} ms, p95 ${quantile(sorted, 0.95).toFixed(1)} ms (${times.length} calls)`;
}

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
	const start = performance.now();
	const result = await fn();
	return [performance.now() - start, result];
}

/** One call as PostgREST makes it: its own transaction, the role and claims of the request. */
async function asRequest<T>(
	sql: Sql,
	claims: Record<string, unknown>,
	text: string,
	params: unknown[]
) {
	await sql.exec('begin');
	try {
		await sql.query(
			`select set_config('role', $1, true), set_config('request.jwt.claims', $2, true)`,
			[claims.role, JSON.stringify(claims)]
		);
		const rows = await sql.query<T>(text, params);
		await sql.exec('commit');
		return rows;
	} catch (error) {
		await sql.exec('rollback');
		throw error;
	}
}

/** 100,000 responses × 40 questions, straight into the tables with set-based SQL. */
async function generate(sql: Sql) {
	await sql.exec(`set synchronous_commit = off`);
	await sql.query(
		`insert into public.scans (id, municipality_id, title, join_code, age_bands, opens_at, closes_at, status)
		 values ($1, '00000000-0000-4000-8000-000000009999', '{"nl": "Benchscan", "en": "Bench scan"}', $2,
		         '{8-11,12-15,16-18,parent}', now() - interval '60 days', now() + interval '1 day', 'open')`,
		[SCAN_ID, JOIN_CODE]
	);
	await sql.query(
		`insert into public.scan_questions (scan_id, question_id, position)
		 select $1, q.id, row_number() over (order by q.position)
		 from (select * from public.questions where kind <> 'text' order by position limit $2) as q`,
		[SCAN_ID, QUESTIONS]
	);
	// Bands of uneven size, like a real scan: most 12-15, fewest parents.
	await sql.query(
		`insert into public.responses (id, scan_id, age_band, locale, answered_at, received_at, content_hash)
		 select gen_random_uuid(), $1,
		        case when i % 20 < 6 then '8-11' when i % 20 < 14 then '12-15' when i % 20 < 18 then '16-18' else 'parent' end,
		        'nl', now() - interval '30 days' * random(), now(), md5(i::text)
		 from generate_series(1, $2) as i`,
		[SCAN_ID, RESPONSES]
	);
	await sql.exec(`create temporary table bench_questions as
		select q.id, q.kind, q.age_bands,
		       array(select o ->> 'value' from jsonb_array_elements(private.question_options(q.kind, q.options)) o) as vals
		from public.scan_questions sq join public.questions q on q.id = sq.question_id
		where sq.scan_id = '${SCAN_ID}'`);
	// One value per answer, skewed towards the middle of the scale; about 5 % skip a question.
	await sql.query(
		`insert into public.answers (response_id, question_id, value)
		 select r.id, q.id, q.vals[1 + least(cardinality(q.vals) - 1,
		        floor(cardinality(q.vals) * (random() + random()) / 2)::int)]
		 from public.responses r
		 join bench_questions q on r.age_band = any (q.age_bands) and q.kind <> 'multi'
		 where r.scan_id = $1 and random() >= 0.05`,
		[SCAN_ID]
	);
	// Several values per answer: the first option most often.
	await sql.query(
		`insert into public.answers (response_id, question_id, value)
		 select distinct on (r.id, q.id, v.value) r.id, q.id, v.value
		 from public.responses r
		 join bench_questions q on r.age_band = any (q.age_bands) and q.kind = 'multi'
		 cross join lateral unnest(q.vals) with ordinality as v (value, i)
		 where r.scan_id = $1 and random() < 0.6 / v.i ^ 0.5`,
		[SCAN_ID]
	);
	await sql.query(
		`insert into public.answer_counts (scan_id, question_id, age_band, value, n)
		 select r.scan_id, a.question_id, r.age_band, a.value, count(*)
		 from public.answers a join public.responses r on r.id = a.response_id
		 where r.scan_id = $1 group by 1, 2, 3, 4`,
		[SCAN_ID]
	);
	await sql.query(
		`insert into public.question_counts (scan_id, question_id, age_band, n)
		 select r.scan_id, a.question_id, r.age_band, count(distinct r.id)
		 from public.answers a join public.responses r on r.id = a.response_id
		 where r.scan_id = $1 group by 1, 2, 3`,
		[SCAN_ID]
	);
	await sql.query(
		`insert into public.response_counts (scan_id, age_band, n)
		 select scan_id, age_band, count(*) from public.responses where scan_id = $1 group by 1, 2`,
		[SCAN_ID]
	);
	await sql.exec('analyze');
}

/** The same figures the slow way: grouping the raw answers. */
const RAW = `
	with cells as (
		select a.question_id, r.age_band, a.value, count(*) as n
		from public.answers a join public.responses r on r.id = a.response_id
		where r.scan_id = $1
		group by 1, 2, 3
	),
	sizes as (
		select a.question_id, r.age_band, count(distinct r.id) as n
		from public.answers a join public.responses r on r.id = a.response_id
		where r.scan_id = $1
		group by 1, 2
	)
	select (select count(*) from cells) as cells, (select count(*) from sizes) as sizes`;

async function main() {
	const admin = await openPostgres(ADMIN_URL);
	await admin.exec(`drop database if exists ${DATABASE} with (force)`);
	await admin.exec(`create database ${DATABASE}`);
	const sql = await openPostgres(databaseUrl(DATABASE));
	try {
		const [migrated] = await timed(() => migrate(sql));
		console.log(`migrated and seeded in ${(migrated / 1000).toFixed(1)} s`);
		const [generated] = await timed(() => generate(sql));
		const [stats] = await sql.query<{ responses: number; answers: number }>(
			`select (select count(*)::int from public.responses where scan_id = $1) as responses,
			        (select count(*)::int from public.answers a join public.responses r on r.id = a.response_id
			         where r.scan_id = $1) as answers`,
			[SCAN_ID]
		);
		console.log(
			`generated ${stats.responses} responses with ${stats.answers} answers to ${QUESTIONS} questions in ${(generated / 1000).toFixed(1)} s`
		);

		const call = (claims: Record<string, unknown>) =>
			timed(() =>
				asRequest<{ r: { questions: unknown[] } }>(
					sql,
					claims,
					'select public.scan_results($1) as r',
					[JOIN_CODE]
				)
			);
		const measure = async (claims: Record<string, unknown>) => {
			await call(claims); // warm up
			const times: number[] = [];
			let questions = 0;
			for (let i = 0; i < CALLS; i++) {
				const [ms, rows] = await call(claims);
				times.push(ms);
				questions = rows[0].r.questions.length;
			}
			return { times, questions };
		};

		// Members while the scan is closed: the figures are worked out from the counters on each call.
		await sql.query(`update public.scans set status = 'closed', closed_at = now() where id = $1`, [
			SCAN_ID
		]);
		const viewer = { role: 'authenticated', sub: VIEWER, aud: 'authenticated' };
		const live = await measure(viewer);
		// Published: the figures as kept for published scans, comparisons worked out on each call.
		const [publishing] = await timed(() =>
			sql.query(
				`update public.scans set status = 'published', published_at = now() where id = $1`,
				[SCAN_ID]
			)
		);
		const published = await measure({ role: 'anon' });

		const raw: number[] = [];
		for (let i = 0; i < 5; i++) raw.push((await timed(() => sql.query(RAW, [SCAN_ID])))[0]);

		console.log('');
		console.log(
			`scan_results, published (anon):        ${summary(published.times)}, ${published.questions} questions`
		);
		console.log(`scan_results, closed (viewer, live):   ${summary(live.times)}`);
		console.log(`publishing (figures worked out once):  ${publishing.toFixed(1)} ms`);
		console.log(`grouping the raw answers instead:      ${summary(raw)}`);
		const median = quantile(
			[...published.times].sort((a, b) => a - b),
			0.5
		);
		console.log(`target: scan_results under 50 ms — ${median < 50 ? 'met' : 'NOT met'} (median)`);
		if (process.env.BENCH_JSON) {
			const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
			console.log(
				JSON.stringify({
					published_median_ms: median,
					published_p95_ms: quantile(sorted(published.times), 0.95),
					live_median_ms: quantile(sorted(live.times), 0.5),
					raw_median_ms: quantile(sorted(raw), 0.5)
				})
			);
		}
	} finally {
		await sql.close();
		if (!process.env.BENCH_KEEP)
			await admin.exec(`drop database if exists ${DATABASE} with (force)`);
		await admin.close();
	}
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
