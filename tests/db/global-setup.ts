// Builds one migrated and seeded database per run; every test file starts from a copy of it.
// PGlite by default; the PostgreSQL at DATABASE_URL when set (a template database there).
import { mkdir, writeFile } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { migrate } from '../../supabase/local/migrate.ts';
import { openPglite, openPostgres } from '../../supabase/local/sql.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		dbTemplate:
			{ kind: 'pglite'; file: string } | { kind: 'postgres'; url: string; template: string };
	}
}

export default async function setup(project: TestProject) {
	const url = process.env.DATABASE_URL;
	if (url) {
		const template = `rechtop_template_${process.pid}`;
		const admin = await openPostgres(url);
		await admin.exec(`drop database if exists ${template}`);
		await admin.exec(`create database ${template}`);
		const target = new URL(url);
		target.pathname = `/${template}`;
		const sql = await openPostgres(target.toString());
		await migrate(sql);
		await sql.close();
		project.provide('dbTemplate', { kind: 'postgres', url, template });
		return async () => {
			await admin.exec(`drop database if exists ${template} with (force)`);
			await admin.close();
		};
	}
	const { sql, db } = await openPglite();
	await migrate(sql);
	const dump = await db.dumpDataDir('none');
	await db.close();
	await mkdir('.local', { recursive: true });
	const file = `.local/db-template-${process.pid}.tar`;
	await writeFile(file, Buffer.from(await dump.arrayBuffer()));
	project.provide('dbTemplate', { kind: 'pglite', file });
	return async () => {
		const { rm } = await import('node:fs/promises');
		await rm(file, { force: true });
	};
}
