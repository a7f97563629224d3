import { describe, expect, it, afterAll, beforeAll } from 'vitest';
import { ANON, openTestDb, signedIn, users, type TestDb } from './db.ts';

describe('the migrated demo database', () => {
	let db: TestDb;
	beforeAll(async () => {
		db = await openTestDb();
	});
	afterAll(() => db.close());

	it('lets anyone read the municipalities', async () => {
		const rows = await db.queryAs<{ name: string }>(
			ANON,
			'select name from public.municipalities order by name'
		);
		expect(rows.map((r) => r.name)).toEqual(expect.arrayContaining(['Demodorp', 'Voorbeeldstad']));
	});

	it('shows staff only the memberships of their own municipality', async () => {
		const rows = await db.queryAs<{ user_id: string }>(
			signedIn(users.voorbeeldstadAdmin),
			'select user_id from public.memberships'
		);
		expect(rows).toEqual([{ user_id: users.voorbeeldstadAdmin }]);
	});

	it('holds the question bank in all six locales', async () => {
		const [row] = await db.sql.query<{ n: number }>(
			`select count(*)::int as n from public.questions
			 where not (text ?& array['nl', 'en', 'ar', 'uk', 'tr', 'pl'])`
		);
		expect(row.n).toBe(0);
	});
});
