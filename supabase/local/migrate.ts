// Applies bootstrap.sql, then every migration not yet in the ledger in order (each in its own
// transaction, recorded in the same ledger the Supabase CLI keeps), then seed.sql on a fresh database.
import { readFile, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { errorLine, type Sql } from './sql.ts';

const supabaseDir = fileURLToPath(new URL('..', import.meta.url));
const migrationsDir = join(supabaseDir, 'migrations');
const migrationName = /^(\d{14})_([a-z0-9_]+)\.sql$/;

export class MigrationError extends Error {}

async function runFile(sql: Sql, path: string, text: string, ledger?: [string, string]) {
	try {
		await sql.exec('begin');
		await sql.exec(text);
		if (ledger) {
			await sql.query(
				'insert into supabase_migrations.schema_migrations (version, name, statements) values ($1, $2, $3)',
				[ledger[0], ledger[1], [text]]
			);
		}
		await sql.exec('commit');
	} catch (error) {
		await sql.exec('rollback').catch(() => {});
		const line = errorLine(text, error);
		const where = line ? `${path}:${line}` : path;
		throw new MigrationError(
			`${where} failed, nothing of it was applied: ${(error as Error).message}`
		);
	}
}

export async function listMigrations(): Promise<{ version: string; name: string; path: string }[]> {
	const files = (await readdir(migrationsDir)).filter((f) => f.endsWith('.sql')).sort();
	return files.map((file) => {
		const match = migrationName.exec(file);
		if (!match) {
			throw new MigrationError(
				`supabase/migrations/${file} is not named YYYYMMDDHHMMSS_topic.sql, so its order is unknown.`
			);
		}
		return { version: match[1], name: match[2], path: join(migrationsDir, file) };
	});
}

export interface MigrateResult {
	applied: string[];
	seeded: boolean;
}

export async function migrate(sql: Sql, { seed = true } = {}): Promise<MigrateResult> {
	const bootstrap = join(supabaseDir, 'local', 'bootstrap.sql');
	await runFile(sql, 'supabase/local/bootstrap.sql', await readFile(bootstrap, 'utf8'));

	const done = new Set(
		(
			await sql.query<{ version: string }>(
				'select version from supabase_migrations.schema_migrations'
			)
		).map((r) => r.version)
	);
	const fresh = done.size === 0;
	const applied: string[] = [];
	for (const m of await listMigrations()) {
		if (done.has(m.version)) continue;
		await runFile(sql, `supabase/migrations/${basename(m.path)}`, await readFile(m.path, 'utf8'), [
			m.version,
			m.name
		]);
		applied.push(basename(m.path));
	}
	if (fresh && seed) {
		// The same files, in the same order, as [db.seed] sql_paths in config.toml.
		const extra = (await readdir(join(supabaseDir, 'seeds')))
			.filter((f) => f.endsWith('.sql'))
			.sort();
		const files = ['seed.sql', ...extra.map((f) => `seeds/${f}`)];
		for (const file of files) {
			await runFile(sql, `supabase/${file}`, await readFile(join(supabaseDir, file), 'utf8'));
		}
	}
	return { applied, seeded: fresh && seed };
}
