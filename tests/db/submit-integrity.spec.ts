// What the storing path of submit_responses relies on beyond its contract: answers go with their
// response when a scan is deleted (triggers instead of a foreign key), and two sessions sending
// the same ids in opposite order neither deadlock nor store anything twice (PostgreSQL only:
// PGlite is one session).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../supabase/local/sql.ts';
import { ANON, openTestDb, type TestDb } from './db.ts';
import { item, scans, type ItemResult } from './scan-fixtures.ts';

describe('submit_responses: integrity', () => {
	let db: TestDb;
	beforeAll(async () => {
		db = await openTestDb();
	});
	afterAll(() => db.close());

	it('leaves no answers behind when a scan is deleted', async () => {
		const items = [item(), item()];
		const rows = await db.rpcRows<ItemResult>(ANON, 'submit_responses', { p_batch: items });
		expect(rows.map((r) => r.status)).toEqual(['stored', 'stored']);
		const ids = items.map((i) => i.id);
		const before = await db.sql.query<{ n: number }>(
			'select count(*)::int as n from public.answers where response_id = any ($1::uuid[])',
			[ids]
		);
		expect(before[0].n).toBeGreaterThan(0);

		await db.sql.query('delete from public.scans where id = $1', [scans.demo01]);
		const after = await db.sql.query<{ n: number }>(
			`select (select count(*)::int from public.answers where response_id = any ($1::uuid[]))
			      + (select count(*)::int from public.free_texts where response_id = any ($1::uuid[])) as n`,
			[ids]
		);
		expect(after[0].n).toBe(0);
		const orphans = await db.sql.query<{ n: number }>(
			`select count(*)::int as n from public.answers a
			 where not exists (select 1 from public.responses r where r.id = a.response_id)`
		);
		expect(orphans[0].n).toBe(0);
	});
});

describe.runIf(!!process.env.DATABASE_URL)('submit_responses: two sessions at once', () => {
	let db: TestDb;
	beforeAll(async () => {
		db = await openTestDb();
	});
	afterAll(() => db.close());

	it('stores each id once when two sessions send the same items in opposite order', async () => {
		const url = await connectionUrl(db);
		const [a, b] = [await openPostgres(url), await openPostgres(url)];
		try {
			for (let round = 0; round < 10; round++) {
				const items = Array.from({ length: 40 }, () => item());
				const run = async (sql: typeof a, batch: unknown[]) => {
					await sql.exec('begin');
					await sql.query(`select set_config('role', 'anon', true)`);
					const rows = await sql.query<ItemResult>('select * from public.submit_responses($1)', [
						JSON.stringify(batch)
					]);
					await sql.exec('commit');
					return rows;
				};
				const [first, second] = await Promise.all([run(a, items), run(b, [...items].reverse())]);
				const statuses = [...first, ...second].map((r) => r.status);
				expect(statuses.filter((s) => s === 'stored')).toHaveLength(40);
				expect(statuses.filter((s) => s === 'duplicate')).toHaveLength(40);
			}
			const drift = await db.sql.query<{ n: number }>(
				`select count(*)::int as n from (
					select scan_id, age_band, n from public.response_counts
					except
					select scan_id, age_band, count(*)::int from public.responses group by 1, 2
				 ) d`
			);
			expect(drift[0].n).toBe(0);
		} finally {
			await a.close();
			await b.close();
		}
	});
});

async function connectionUrl(db: TestDb): Promise<string> {
	const [{ name }] = await db.sql.query<{ name: string }>('select current_database() as name');
	const url = new URL(process.env.DATABASE_URL!);
	url.pathname = `/${name}`;
	return url.toString();
}
