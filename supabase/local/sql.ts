// One small interface over the two databases the local stack and the DB tests run on:
// the embedded PGlite and a real PostgreSQL (DATABASE_URL).
import { PGlite } from '@electric-sql/pglite';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import pg from 'pg';

export interface Sql {
	/** Runs one or more statements without parameters. */
	exec(sql: string): Promise<void>;
	query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
	close(): Promise<void>;
}

export async function openPglite(
	options: { dataDir?: string; loadDataDir?: Blob } = {}
): Promise<{ sql: Sql; db: PGlite }> {
	const db = await PGlite.create({ ...options, extensions: { pgcrypto } });
	const sql: Sql = {
		exec: async (text) => {
			await db.exec(text);
		},
		query: async <T>(text: string, params?: unknown[]) =>
			(await db.query<T>(text, params as never[])).rows,
		close: () => db.close()
	};
	return { sql, db };
}

export async function openPostgres(url: string): Promise<Sql> {
	const client = new pg.Client({ connectionString: url });
	client.on('error', () => {}); // reported by the next query instead
	await client.connect();
	return {
		exec: async (text) => {
			await client.query(text);
		},
		query: async <T>(text: string, params?: unknown[]) =>
			(await client.query(text, params)).rows as T[],
		close: () => client.end()
	};
}

/** Line number of a Postgres error inside `text`, from the error's character position. */
export function errorLine(text: string, error: unknown): number | undefined {
	const position = Number((error as { position?: string }).position);
	if (!position) return undefined;
	return text.slice(0, position).split('\n').length;
}
