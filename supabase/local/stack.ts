// The embedded local stack: PGlite (or the PostgreSQL at DATABASE_URL), the real PostgREST,
// the local auth stand-in and the app on one origin. `npm start` (built app) or `npm run dev`.
//
//   tsx supabase/local/stack.ts [--dev] [--fresh] [--port 5173] [--host 127.0.0.1] [--data .local/pgdata]
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer as createNetServer, type Server as NetServer } from 'node:net';
import type { Server } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createAuthServer } from './auth.ts';
import { PostgrestError, freePort, startPostgrest } from './postgrest.ts';
import { MigrationError, migrate } from './migrate.ts';
import { openPglite, openPostgres, type Sql } from './sql.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PGLITE_MAJOR = '18';

class StackError extends Error {}

// ------------------------------------------------------------------ shutdown, registered first
const stoppers: (() => unknown)[] = [];
const children = new Set<ChildProcess>();
let stopping = false;

async function stop(code: number) {
	if (stopping) return;
	stopping = true;
	for (const fn of stoppers.reverse()) {
		try {
			await fn();
		} catch {
			// keep stopping the rest
		}
	}
	process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
process.on('exit', () => {
	for (const child of children) child.kill('SIGKILL');
});

// ------------------------------------------------------------------ options
const { values: args } = parseArgs({
	options: {
		dev: { type: 'boolean', default: false },
		fresh: { type: 'boolean', default: false },
		quiet: { type: 'boolean', default: false },
		port: { type: 'string', default: process.env.PORT ?? '5173' },
		host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
		data: { type: 'string', default: process.env.RECHTOP_DATA ?? '.local/pgdata' },
		build: { type: 'string', default: process.env.RECHTOP_BUILD_DIR ?? 'build' },
		// Fixed port for the embedded database's socket, so tests can check what the server holds.
		'db-port': { type: 'string' }
	}
});
const port = Number(args.port);
const dataDir = resolve(root, args.data!);
const say = (line: string) => {
	if (!args.quiet) console.log(line);
};

// ------------------------------------------------------------------ helpers
function listen(server: Server | NetServer, portNumber: number, host: string): Promise<void> {
	return new Promise((ok, fail) => {
		server.once('error', (error: NodeJS.ErrnoException) => {
			fail(
				error.code === 'EADDRINUSE'
					? new StackError(
							`Port ${portNumber} is already in use. Is RechtOp (or another program) already running? ` +
								`Stop it, or choose another port: PORT=${portNumber + 1} npm start`
						)
					: error
			);
		});
		server.listen(portNumber, host, () => ok());
	});
}

function describeUrl(url: string): string {
	try {
		const u = new URL(url);
		return `${u.protocol}//${u.username ? `${u.username}@` : ''}${u.host}${u.pathname}`;
	} catch {
		return 'DATABASE_URL (not a valid URL)';
	}
}

async function openDatabase(): Promise<{
	sql: Sql;
	connect: () => Promise<Sql>;
	dbUri: string;
	label: string;
	pglite: boolean;
}> {
	const url = process.env.DATABASE_URL;
	if (url) {
		let sql: Sql;
		try {
			sql = await openPostgres(url);
		} catch (error) {
			throw new StackError(
				`Cannot connect to the database at ${describeUrl(url)}: ${(error as Error).message}. ` +
					'Check DATABASE_URL, or unset it to use the embedded database.'
			);
		}
		return {
			sql,
			connect: () => openPostgres(url),
			dbUri: url,
			label: `PostgreSQL at ${describeUrl(url)}`,
			pglite: false
		};
	}

	if (args.fresh) await rm(dataDir, { recursive: true, force: true });
	const versionFile = join(dataDir, 'PG_VERSION');
	if (existsSync(versionFile)) {
		const major = (await readFile(versionFile, 'utf8')).trim();
		if (major !== PGLITE_MAJOR) {
			throw new StackError(
				`The data folder ${args.data} was made by PostgreSQL ${major}, and this RechtOp embeds PostgreSQL ${PGLITE_MAJOR}. ` +
					`Start fresh with: npm start -- --fresh (this deletes the local demo data), or set DATABASE_URL.`
			);
		}
	}
	await mkdir(dirname(dataDir), { recursive: true });
	const lock = `${dataDir}.lock`;
	if (existsSync(lock)) {
		const pid = Number(await readFile(lock, 'utf8'));
		let alive = false;
		try {
			process.kill(pid, 0);
			alive = true;
		} catch {
			alive = false;
		}
		if (alive && pid !== process.pid) {
			throw new StackError(
				`The data folder ${args.data} is in use by another RechtOp stack (process ${pid}). Stop that one first.`
			);
		}
	}
	await writeFile(lock, String(process.pid));
	stoppers.push(() => rm(lock, { force: true }));

	let opened;
	try {
		opened = await openPglite({ dataDir });
	} catch (error) {
		throw new StackError(
			`The embedded database in ${args.data} could not be opened (${(error as Error).message}). ` +
				'If it is from an older version, start fresh with: npm start -- --fresh'
		);
	}
	const { sql, db } = opened;
	stoppers.push(() => db.close());
	const { startPgliteSocket } = await import('./pglite-socket');
	const socketPort = args['db-port'] ? Number(args['db-port']) : await freePort();
	// PostgREST holds one connection, the auth stand-in another; each runs its transaction or
	// extended-query batch alone (see pglite-socket.ts).
	const socket = await startPgliteSocket({
		db,
		port: socketPort,
		host: '127.0.0.1',
		maxConnections: 4
	}).catch((error: NodeJS.ErrnoException) => {
		throw error.code === 'EADDRINUSE'
			? new StackError(`Port ${socketPort} for the embedded database is already in use.`)
			: error;
	});
	stoppers.push(() => socket.stop());
	const dbUri = `postgres://postgres@127.0.0.1:${socketPort}/postgres?sslmode=disable`;
	return {
		sql,
		connect: () => openPostgres(dbUri),
		dbUri,
		label: `PGlite in ${args.data}`,
		pglite: true
	};
}

function demoBallotCodes(): Promise<string[]> {
	return readFile(join(root, 'supabase/seeds/20_voting.sql'), 'utf8')
		.then((text) => {
			const start = text.indexOf('-- demo ballot codes (printed by the local stack)');
			if (start < 0) return [];
			const block = text.slice(start, text.indexOf(';', start));
			return [...block.matchAll(/'([A-Z0-9]{4}-[A-Z0-9]{4})'/g)].map((m) => m[1]);
		})
		.catch(() => []);
}

// ------------------------------------------------------------------ main
async function main() {
	const host = args.host!;
	const probe = createNetServer();
	await listen(probe, port, host);
	await new Promise((ok) => probe.close(ok));

	const db = await openDatabase();
	const result = await migrate(db.sql);
	if (!db.pglite) stoppers.push(() => db.sql.close());
	const appUrl = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;

	const postgrest = await startPostgrest({ dbUri: db.dbUri, pglite: db.pglite });
	children.add(postgrest.child);
	stoppers.push(() => postgrest.stop());
	const restPort = postgrest.port;

	const authSql = await db.connect();
	stoppers.push(() => authSql.close());
	const auth = createAuthServer({ sql: authSql, siteUrl: () => appUrl });
	const authPort = await freePort();
	await listen(auth, authPort, '127.0.0.1');
	stoppers.push(() => new Promise((ok) => auth.close(ok)));

	if (args.dev) {
		const { createServer } = await import('vite');
		const vite = await createServer({
			root,
			server: {
				port,
				host,
				strictPort: true,
				proxy: {
					'/rest/v1': {
						target: `http://127.0.0.1:${restPort}`,
						rewrite: (p) => p.replace(/^\/rest\/v1/, '')
					},
					'/auth/v1': `http://127.0.0.1:${authPort}`
				}
			}
		});
		await vite.listen();
		stoppers.push(() => vite.close());
	} else {
		const buildDir = resolve(root, args.build!);
		if (!existsSync(join(buildDir, '200.html'))) {
			throw new StackError(
				'The app is not built yet. Run: npm start (builds first) or npm run build.'
			);
		}
		const { createWebServer } = await import('./web.ts');
		const web = createWebServer(buildDir, { rest: restPort, auth: authPort });
		await listen(web, port, host);
		stoppers.push(() => new Promise((ok) => web.close(ok)));
	}

	const codes = result.seeded ? await demoBallotCodes() : [];
	say('');
	say(`  RechtOp is running: ${appUrl}`);
	say('');
	say(`  Database      ${db.label}${result.seeded ? ' (new, demo data loaded)' : ''}`);
	if (result.applied.length)
		say(`  Migrations    applied ${result.applied.length}: ${result.applied.join(', ')}`);
	say(`  Open scan     ${appUrl}/s/DEMO01`);
	say(`  Results       ${appUrl}/uitslagen/DEMO02`);
	say(`  Staff         ${appUrl}/beheer  (staff@demodorp.test / rechtop-demo)`);
	if (codes.length)
		say(
			`  Ballot codes  ${codes.slice(0, 5).join('  ')}  … (${codes.length} in supabase/seeds/20_voting.sql)`
		);
	say('');
	say('  Stop with Ctrl-C.');
}

main().catch((error: unknown) => {
	if (
		error instanceof StackError ||
		error instanceof MigrationError ||
		error instanceof PostgrestError
	) {
		console.error(`\n  RechtOp could not start: ${error.message}\n`);
	} else {
		console.error(error);
	}
	void stop(1);
});
