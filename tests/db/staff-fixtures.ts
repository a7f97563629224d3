// Shared helpers for the staff DB tests: scenarios that switch between users inside one
// transaction that is always rolled back, so every test starts from the seeded database.
import { DbError, type Claims, type TestDb } from './db.ts';

export interface Scenario {
	/** Runs one statement as `claims` (inside a savepoint, so an error does not end the scenario). */
	query<T = Record<string, unknown>>(
		claims: Claims,
		text: string,
		params?: unknown[]
	): Promise<T[]>;
	/** Calls `public.<fn>(<named args>)` as `claims` and returns its single result. */
	rpc<T = unknown>(claims: Claims, fn: string, args?: Record<string, unknown>): Promise<T>;
	/** As the owner (postgres), no RLS. */
	owner<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

function toDbError(error: unknown): DbError {
	const e = error as { message: string; code?: string; hint?: string; detail?: string };
	return new DbError(e.message, e.code, e.hint, e.detail);
}

/** Runs `fn` in a transaction that is rolled back afterwards, whatever happens. */
export async function scenario<T>(db: TestDb, fn: (s: Scenario) => Promise<T>): Promise<T> {
	const { sql } = db;
	let step = 0;
	const run = async <R>(claims: Claims | undefined, text: string, params?: unknown[]) => {
		const name = `step_${step++}`;
		await sql.exec(`savepoint ${name}`);
		try {
			if (claims) {
				await sql.query(
					`select set_config('role', $1, true), set_config('request.jwt.claims', $2, true)`,
					[claims.role, JSON.stringify(claims)]
				);
			}
			const rows = await sql.query<R>(text, params);
			await sql.exec(`reset role; release savepoint ${name}`);
			return rows;
		} catch (error) {
			await sql.exec(`rollback to savepoint ${name}; reset role`);
			throw toDbError(error);
		}
	};
	await sql.exec('begin');
	try {
		return await fn({
			query: (claims, text, params) => run(claims, text, params),
			owner: (text, params) => run(undefined, text, params),
			rpc: async <R>(claims: Claims, fn: string, args: Record<string, unknown> = {}) => {
				const names = Object.keys(args);
				const list = names.map((n, i) => `${n} => $${i + 1}`).join(', ');
				const values = names.map((n) => {
					const v = args[n];
					return v !== null && typeof v === 'object' ? JSON.stringify(v) : v;
				});
				const rows = await run<{ result: R }>(
					claims,
					`select public.${fn}(${list}) as result`,
					values
				);
				return rows[0].result;
			}
		});
	} finally {
		await sql.exec('rollback');
	}
}

/** Creates a confirmed account as the owner (as Supabase Auth would after sign-up). */
export async function createUser(
	s: Scenario,
	email: string,
	options: { confirmed?: boolean; id?: string } = {}
): Promise<string> {
	const rows = await s.owner<{ id: string }>(
		`insert into auth.users (instance_id, id, aud, role, email, email_confirmed_at, raw_app_meta_data, raw_user_meta_data)
		 values ('00000000-0000-0000-0000-000000000000', coalesce($3::uuid, gen_random_uuid()), 'authenticated',
		         'authenticated', $1, case when $2 then now() end,
		         '{"provider": "email", "providers": ["email"]}', '{}')
		 returning id`,
		[email, options.confirmed ?? true, options.id ?? null]
	);
	return rows[0].id;
}
