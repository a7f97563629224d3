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

	it('reads no user once a request’s claims are gone (the setting reads empty, not null)', async () => {
		await db.sql.exec(`begin;
			select set_config('request.jwt.claims', '{"sub":"${users.voorbeeldstadAdmin}","role":"authenticated"}', true);
			commit;`);
		const [row] = await db.sql.query(
			'select auth.uid() as uid, auth.role() as role, auth.email() as email, auth.jwt() as jwt'
		);
		expect(row).toEqual({ uid: null, role: null, email: null, jwt: null });
	});

	it('holds the question bank in all six locales', async () => {
		const [row] = await db.sql.query<{ n: number }>(
			`select count(*)::int as n from public.questions
			 where not (text ?& array['nl', 'en', 'ar', 'uk', 'tr', 'pl'])`
		);
		expect(row.n).toBe(0);
	});
});
