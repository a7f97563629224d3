// The embedded database behind its socket serves several connections at once: a transaction stays
// whole, and a parameterised query (the extended protocol, as PostgREST and node-postgres send it)
// never gets another connection's statement, also when its messages arrive in several pieces.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { connect as connectTcp, createServer, type Socket } from 'node:net';
import pg from 'pg';
import { startPgliteSocket } from '../../../supabase/local/pglite-socket';
import { openPglite } from '../../../supabase/local/sql';

let server: PGLiteSocketServer;
let close: () => Promise<void>;
let url: string;

async function freePort(): Promise<number> {
	const probe = createServer().listen(0, '127.0.0.1');
	await new Promise((resolve) => probe.once('listening', resolve));
	const { port } = probe.address() as { port: number };
	await new Promise((resolve) => probe.close(resolve));
	return port;
}

beforeAll(async () => {
	const { db, sql } = await openPglite();
	const port = await freePort();
	server = await startPgliteSocket({ db, port, maxConnections: 4 });
	url = `postgres://postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
	close = () => sql.close();
	await sql.exec('create table tally (n int)');
});

afterAll(async () => {
	await server?.stop();
	await close?.();
});

async function connect() {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	return client;
}

test('a transaction on one connection is not interleaved with statements of another', async () => {
	const [a, b] = await Promise.all([connect(), connect()]);
	try {
		await a.query('begin');
		await a.query('insert into tally values ($1)', [1]);
		const other = b.query('insert into tally values ($1)', [2]);
		await a.query('insert into tally values ($1)', [3]);
		await a.query('rollback');
		await other;
		const { rows } = await b.query('select n from tally order by n');
		expect(rows.map((r) => r.n)).toEqual([2]);
	} finally {
		await Promise.all([a.end(), b.end()]);
	}
});

// ---- a client that speaks the protocol by hand, to send a batch in two pieces
const cstr = (text: string) => Buffer.from(`${text}\0`);
function message(type: string, ...parts: Buffer[]): Buffer {
	const body = Buffer.concat(parts);
	const head = Buffer.alloc(5);
	head.write(type, 0);
	head.writeInt32BE(body.length + 4, 1);
	return Buffer.concat([head, body]);
}
const int16 = (n: number) => Buffer.from([n >> 8, n & 255]);
const int32 = (n: number) => {
	const b = Buffer.alloc(4);
	b.writeInt32BE(n);
	return b;
};

/** Backend messages as [type, body], read until ReadyForQuery. */
function untilReady(socket: Socket): Promise<[string, Buffer][]> {
	return new Promise((resolve, reject) => {
		let buffer = Buffer.alloc(0);
		const got: [string, Buffer][] = [];
		const onData = (chunk: Buffer) => {
			buffer = Buffer.concat([buffer, chunk]);
			while (buffer.length >= 5 && buffer.length >= 1 + buffer.readInt32BE(1)) {
				const end = 1 + buffer.readInt32BE(1);
				got.push([String.fromCharCode(buffer[0]), buffer.subarray(5, end)]);
				buffer = buffer.subarray(end);
				if (got.at(-1)![0] === 'Z') {
					socket.off('data', onData);
					resolve(got);
					return;
				}
			}
		};
		socket.on('data', onData);
		socket.once('error', reject);
	});
}

test('a batch that arrives in two pieces is not split by another connection’s batch', async () => {
	const port = Number(new URL(url).port);
	const raw = connectTcp(port, '127.0.0.1');
	await new Promise((resolve) => raw.once('connect', resolve));
	const other = await connect();
	try {
		const startup = Buffer.concat([
			int32(196608),
			cstr('user'),
			cstr('postgres'),
			cstr('database'),
			cstr('postgres'),
			Buffer.from([0])
		]);
		let ready = untilReady(raw);
		raw.write(Buffer.concat([int32(startup.length + 4), startup]));
		await ready;

		// First piece: Parse of the unnamed statement. Then another connection's whole batch.
		raw.write(message('P', cstr(''), cstr('select $1::int + 1 as v'), int16(0)));
		await new Promise((r) => setTimeout(r, 50));
		const theirs = other.query("select $1::jsonb ->> 'a' as v", ['{"a":"theirs"}']);
		await new Promise((r) => setTimeout(r, 50));

		// Second piece: Bind, Execute, Sync.
		ready = untilReady(raw);
		const value = Buffer.from('41');
		raw.write(
			Buffer.concat([
				message('B', cstr(''), cstr(''), int16(0), int16(1), int32(value.length), value, int16(0)),
				message('E', cstr(''), int32(0)),
				message('S')
			])
		);
		const replies = await ready;
		expect(replies.filter(([type]) => type === 'E')).toEqual([]);
		const row = replies.find(([type]) => type === 'D')![1];
		// DataRow: column count, then length and text of the one column.
		expect(row.subarray(6, 6 + row.readInt32BE(2)).toString()).toBe('42');
		expect((await theirs).rows).toEqual([{ v: 'theirs' }]);
	} finally {
		raw.destroy();
		await other.end();
	}
});
