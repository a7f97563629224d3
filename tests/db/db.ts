// A fresh copy of the migrated, seeded database per test file, and a way to run SQL as PostgREST
// would: inside a transaction, `set local role`, and the JWT claims in `request.jwt.claims`.
import { readFile } from 'node:fs/promises';
import { inject } from 'vitest';
import { freePort, startPostgrest, type Postgrest } from '../../supabase/local/postgrest.ts';
import { openPglite, openPostgres, type Sql } from '../../supabase/local/sql.ts';

export type Claims = {
	role: 'anon' | 'authenticated' | 'service_role';
	sub?: string;
	[k: string]: unknown;
};

export const ANON: Claims = { role: 'anon' };

/** Demo accounts from supabase/seed.sql. */
export const users = {
	demodorpAdmin: '00000000-0000-4000-8000-000000000001',
	demodorpEditor: '00000000-0000-4000-8000-000000000002',
	demodorpViewer: '00000000-0000-4000-8000-000000000003',
	voorbeeldstadAdmin: '00000000-0000-4000-8000-000000000004',
	coalition: '00000000-0000-4000-8000-000000000005'
} as const;

export const municipalities = {
	demodorp: '00000000-0000-4000-8000-000000009999',
	voorbeeldstad: '00000000-0000-4000-8000-000000009998'
} as const;

export function signedIn(sub: string): Claims {
	return { role: 'authenticated', sub, aud: 'authenticated' };
}

export class DbError extends Error {
	constructor(
		message: string,
		readonly code: string | undefined,
		readonly hint: string | undefined,
		readonly detail: string | undefined
	) {
		super(message);
	}
}

export interface TestDb {
	/** As the owner (postgres), no RLS. */
	sql: Sql;
	/** Runs `fn` in one transaction as PostgREST would for a request with these claims; commits on success. */
	as<T>(claims: Claims, fn: (q: Sql['query']) => Promise<T>): Promise<T>;
	/** Shorthand: one query as `claims`. */
	queryAs<T = Record<string, unknown>>(
		claims: Claims,
		text: string,
		params?: unknown[]
	): Promise<T[]>;
	/** Calls `public.<fn>(<named args>)` as `claims` and returns the single JSON(B) result. */
	rpc<T = unknown>(claims: Claims, fn: string, args?: Record<string, unknown>): Promise<T>;
	/** Calls a set-returning `public.<fn>` as `claims` and returns its rows. */
	rpcRows<T = Record<string, unknown>>(
		claims: Claims,
		fn: string,
		args?: Record<string, unknown>
	): Promise<T[]>;
	/** Starts the real PostgREST against this database (once) and returns its URL. */
	postgrest(): Promise<string>;
	close(): Promise<void>;
}

function toDbError(error: unknown): DbError {
	const e = error as { message: string; code?: string; hint?: string; detail?: string };
	return new DbError(e.message, e.code, e.hint, e.detail);
}

function namedArgs(args: Record<string, unknown>): [string, unknown[]] {
	const names = Object.keys(args);
	const list = names.map((n, i) => `${n} => $${i + 1}`).join(', ');
	const values = names.map((n) => {
		const v = args[n];
		return v !== null && typeof v === 'object' ? JSON.stringify(v) : v;
	});
	return [list, values];
}

let counter = 0;

export async function openTestDb(): Promise<TestDb> {
	const template = inject('dbTemplate');
	let sql: Sql;
	let cleanup = async () => {};
	let connectionUri: () => Promise<{ uri: string; pglite: boolean }>;
	let stopSocket = async () => {};
	if (template.kind === 'pglite') {
		const data = await readFile(template.file);
		const opened = await openPglite({ loadDataDir: new Blob([data]) });
		sql = opened.sql;
		connectionUri = async () => {
			const { startPgliteSocket } = await import('../../supabase/local/pglite-socket');
			const port = await freePort();
			const socket = await startPgliteSocket({ db: opened.db, port, maxConnections: 2 });
			stopSocket = () => socket.stop();
			return {
				uri: `postgres://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
				pglite: true
			};
		};
	} else {
		const name = `rechtop_test_${process.pid}_${Date.now()}_${counter++}`;
		const admin = await openPostgres(template.url);
		await admin.exec(`create database ${name} template ${template.template}`);
		const url = new URL(template.url);
		url.pathname = `/${name}`;
		sql = await openPostgres(url.toString());
		connectionUri = async () => ({ uri: url.toString(), pglite: false });
		cleanup = async () => {
			await admin.exec(`drop database if exists ${name} with (force)`);
			await admin.close();
		};
	}

	let postgrest: Postgrest | undefined;

	const as = async <T>(claims: Claims, fn: (q: Sql['query']) => Promise<T>): Promise<T> => {
		await sql.exec('begin');
		try {
			await sql.query(
				`select set_config('role', $1, true), set_config('request.jwt.claims', $2, true)`,
				[claims.role, JSON.stringify(claims)]
			);
			const result = await fn(sql.query);
			await sql.exec('commit');
			return result;
		} catch (error) {
			await sql.exec('rollback');
			throw toDbError(error);
		}
	};

	return {
		sql,
		as,
		queryAs: (claims, text, params) => as(claims, (q) => q(text, params)),
		rpc: async <T>(claims: Claims, fn: string, args: Record<string, unknown> = {}) => {
			const [list, values] = namedArgs(args);
			const rows = await as(claims, (q) =>
				q<{ result: T }>(`select public.${fn}(${list}) as result`, values)
			);
			return rows[0].result;
		},
		rpcRows: async <T>(claims: Claims, fn: string, args: Record<string, unknown> = {}) => {
			const [list, values] = namedArgs(args);
			return as(claims, (q) => q<T>(`select * from public.${fn}(${list})`, values));
		},
		postgrest: async () => {
			if (!postgrest) {
				const { uri, pglite } = await connectionUri();
				postgrest = await startPostgrest({ dbUri: uri, pglite, pool: 4 });
			}
			return postgrest.url;
		},
		close: async () => {
			await postgrest?.stop();
			await stopSocket();
			await sql.close();
			await cleanup();
		}
	};
}
