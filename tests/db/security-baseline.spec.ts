// Reads the catalog and fails when the security baseline of design §8 is broken: RLS on every
// public table, security definer functions only outside the exposed schema and with an empty
// search_path, and no table privileges for anon/authenticated beyond what the design gives them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from './db.ts';

/** Table privileges the design gives the API roles; everything else goes through RPCs. */
const granted: Record<string, { anon: string[]; authenticated: string[] }> = {
	coalition_members: { anon: [], authenticated: ['SELECT'] },
	feedback_posts: { anon: ['SELECT'], authenticated: ['SELECT'] },
	memberships: { anon: [], authenticated: ['SELECT'] },
	municipalities: { anon: ['SELECT'], authenticated: ['SELECT'] },
	questions: { anon: ['SELECT'], authenticated: ['SELECT'] },
	scans: { anon: [], authenticated: ['SELECT'] },
	scan_questions: { anon: [], authenticated: ['SELECT'] },
	free_texts: { anon: [], authenticated: ['SELECT'] },
	responses: { anon: [], authenticated: [] },
	answers: { anon: [], authenticated: [] },
	answer_counts: { anon: [], authenticated: [] },
	question_counts: { anon: [], authenticated: [] },
	response_counts: { anon: [], authenticated: [] },
	panels: { anon: [], authenticated: ['SELECT'] },
	vote_rounds: { anon: [], authenticated: ['SELECT'] },
	ballots: { anon: [], authenticated: [] },
	votes: { anon: [], authenticated: [] },
	invitations: { anon: [], authenticated: [] }
};

/** Schemas PostgREST exposes (config.toml [api] schemas, PGRST_DB_SCHEMAS). */
const exposed = ['public'];

describe('security baseline (catalog)', () => {
	let db: TestDb;
	beforeAll(async () => {
		db = await openTestDb();
	});
	afterAll(() => db.close());

	it('has row level security on every table in public', async () => {
		const rows = await db.sql.query<{ table: string }>(
			`select c.relname as table from pg_class c join pg_namespace n on n.oid = c.relnamespace
			 where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relrowsecurity
			 order by 1`
		);
		expect(rows.map((r) => r.table)).toEqual([]);
	});

	it('has no views in public that bypass row level security', async () => {
		const rows = await db.sql.query<{ view: string }>(
			`select c.relname as view from pg_class c join pg_namespace n on n.oid = c.relnamespace
			 where n.nspname = 'public' and c.relkind in ('v', 'm')
			   and not coalesce('security_invoker=true' = any (c.reloptions), false)`
		);
		expect(rows.map((r) => r.view)).toEqual([]);
	});

	it('keeps security definer functions out of exposed schemas, with an empty search_path', async () => {
		const rows = await db.sql.query<{ fn: string; schema: string; config: string[] | null }>(
			`select p.proname as fn, n.nspname as schema, p.proconfig as config
			 from pg_proc p join pg_namespace n on n.oid = p.pronamespace
			 where p.prosecdef
			   and n.nspname not in ('pg_catalog', 'information_schema', 'auth', 'extensions')
			 order by 2, 1`
		);
		expect(rows.length).toBeGreaterThan(0);
		const exposedOnes = rows
			.filter((r) => exposed.includes(r.schema))
			.map((r) => `${r.schema}.${r.fn}`);
		expect(exposedOnes, 'security definer functions in an exposed schema').toEqual([]);
		const withoutPath = rows
			.filter((r) => !(r.config ?? []).some((c) => c === 'search_path=' || c === 'search_path=""'))
			.map((r) => `${r.schema}.${r.fn}`);
		expect(withoutPath, "security definer functions without search_path = ''").toEqual([]);
	});

	it('does not let PUBLIC execute functions of the private schema', async () => {
		const rows = await db.sql.query<{ fn: string }>(
			`select p.oid::regprocedure::text as fn from pg_proc p join pg_namespace n on n.oid = p.pronamespace
			 where n.nspname = 'private'
			   and exists (select 1 from aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
			               where a.grantee = 0 and a.privilege_type = 'EXECUTE')`
		);
		expect(rows.map((r) => r.fn)).toEqual([]);
	});

	it('gives anon and authenticated no table privileges beyond the design', async () => {
		const rows = await db.sql.query<{ table: string; role: string; privileges: string[] }>(
			`select c.relname as table, r.rolname as role,
			        array_agg(distinct a.privilege_type order by a.privilege_type) as privileges
			 from pg_class c
			 join pg_namespace n on n.oid = c.relnamespace
			 cross join lateral aclexplode(coalesce(c.relacl, acldefault('r', c.relowner))) a
			 join pg_roles r on r.oid = a.grantee
			 where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm')
			   and r.rolname in ('anon', 'authenticated')
			 group by 1, 2`
		);
		const tables = await db.sql.query<{ table: string }>(
			`select c.relname as table from pg_class c join pg_namespace n on n.oid = c.relnamespace
			 where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm') order by 1`
		);
		const unknown = tables.map((t) => t.table).filter((t) => !(t in granted));
		expect(unknown, 'tables without expected privileges in this test').toEqual([]);
		const actual = Object.fromEntries(
			tables.map((t) => [
				t.table,
				{
					anon: rows.find((r) => r.table === t.table && r.role === 'anon')?.privileges ?? [],
					authenticated:
						rows.find((r) => r.table === t.table && r.role === 'authenticated')?.privileges ?? []
				}
			])
		);
		const expected = Object.fromEntries(tables.map((t) => [t.table, granted[t.table]]));
		expect(actual).toEqual(expected);
	});
});
