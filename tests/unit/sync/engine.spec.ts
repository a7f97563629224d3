// The sync engine against a transport that fails in every way (issue 4, part 7): after each
// failure the outbox still holds every item, nothing is counted twice, and receipts appear only
// for what the server has.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { RechtOpDb } from '../../../src/lib/db/db';
import type { SyncState } from '../../../src/lib/sync/types';
import {
	Clock,
	FakeServer,
	FakeTransport,
	ManualTimers,
	deleteDb,
	freshDbName,
	makeEngine,
	openDb,
	queue
} from './harness';

let name: string;
let database: RechtOpDb;
let server: FakeServer;
let transport: FakeTransport;
let clock: Clock;

beforeEach(() => {
	name = freshDbName();
	database = openDb(name);
	server = new FakeServer();
	transport = new FakeTransport(server);
	clock = new Clock();
});

afterEach(async () => {
	database.close();
	await deleteDb(name);
});

async function outboxIds(state?: 'pending' | 'rejected') {
	const items = await database.outbox.toArray();
	return items
		.filter((i) => !state || i.state === state)
		.map((i) => i.id)
		.sort();
}

async function receiptIds() {
	return (await database.receipts.toArray()).map((r) => r.id).sort();
}

describe('sending', () => {
	test('a finished scan leaves the outbox only with a receipt, sent once', async () => {
		const ids = await queue(database, 3, clock.time);
		const engine = makeEngine(database, transport, { clock });
		await engine.sync('start');

		expect(transport.calls).toEqual([{ kind: 'response', ids }]);
		expect(await outboxIds()).toEqual([]);
		expect(await receiptIds()).toEqual(ids);
		const receipt = await database.receipts.get(ids[0]);
		expect(receipt).toEqual({
			id: ids[0],
			kind: 'response',
			subjectId: 'scan-1',
			receivedAt: clock.time
		});
		expect(server.stored.size).toBe(3);
	});

	test('sends at most 100 items per request', async () => {
		await queue(database, 250, clock.time);
		await makeEngine(database, transport, { clock }).sync('start');
		expect(transport.calls.map((c) => c.ids.length)).toEqual([100, 100, 50]);
		expect(server.stored.size).toBe(250);
		expect(await database.outbox.count()).toBe(0);
		expect(await database.receipts.count()).toBe(250);
	});

	test('a smaller batch size is kept to, and never more than 100', async () => {
		await queue(database, 7, clock.time);
		await makeEngine(database, transport, { clock, batchSize: 3 }).sync('start');
		expect(transport.calls.map((c) => c.ids.length)).toEqual([3, 3, 1]);
		await queue(database, 150, clock.time, undefined, 100);
		transport.calls.length = 0;
		await makeEngine(database, transport, { clock, batchSize: 1000 }).sync('start');
		expect(transport.calls.map((c) => c.ids.length)).toEqual([100, 50]);
	});

	test('kinds are sent in batches of their own', async () => {
		const responses = await queue(database, 2, clock.time);
		await database.outbox.add({
			id: 'vote-1',
			kind: 'vote',
			payload: { id: 'vote-1', round_id: 'round-1' },
			queuedAt: clock.time,
			attempts: 0,
			nextAttemptAt: clock.time,
			state: 'pending'
		});
		await makeEngine(database, transport, { clock }).sync('start');
		expect(transport.calls).toEqual(
			expect.arrayContaining([
				{ kind: 'response', ids: responses },
				{ kind: 'vote', ids: ['vote-1'] }
			])
		);
		expect(await database.outbox.count()).toBe(0);
	});
});

describe('failures keep every item', () => {
	test.each([
		['a network error', 'network' as const],
		['a server error (500)', { status: 500 }],
		['a gateway error (502)', { status: 502 }],
		['an unexpected client error (401)', { status: 401 }]
	])('%s: the items stay, back off, and go on the next try', async (_label, behaviour) => {
		const ids = await queue(database, 5, clock.time);
		const timers = new ManualTimers();
		const engine = makeEngine(database, transport, { clock, timers });
		transport.script.push(behaviour);
		await engine.sync('start');

		expect(await outboxIds('pending')).toEqual(ids);
		expect(await receiptIds()).toEqual([]);
		expect(server.stored.size).toBe(0);
		const items = await database.outbox.toArray();
		// attempt 1: full jitter in [0, 1 s); random() = 0.5
		expect(items.every((i) => i.attempts === 1 && i.nextAttemptAt === clock.time + 500)).toBe(true);
		expect(timers.delays).toEqual([500]);

		// the timer's own pass before the wait is over sends nothing
		clock.advance(100);
		await engine.sync('timer');
		expect(transport.calls).toHaveLength(1);

		clock.advance(400);
		await engine.sync('timer');
		expect(transport.calls).toHaveLength(2);
		expect(await outboxIds()).toEqual([]);
		expect(await receiptIds()).toEqual(ids);
		expect(server.stored.size).toBe(5);
	});

	test('the wait grows with every failed attempt, up to the cap', async () => {
		await queue(database, 1, clock.time);
		const engine = makeEngine(database, transport, { clock, random: () => 0.999999 });
		const waits: number[] = [];
		for (let attempt = 1; attempt <= 12; attempt++) {
			transport.script.push('network');
			await engine.sync('timer');
			const [item] = await database.outbox.toArray();
			expect(item.attempts).toBe(attempt);
			waits.push(item.nextAttemptAt - clock.time);
			clock.time = item.nextAttemptAt;
		}
		expect(waits.slice(0, 5)).toEqual([999, 1999, 3999, 7999, 15999]);
		expect(Math.max(...waits)).toBeLessThan(5 * 60_000);
		expect(waits.at(-1)).toBe(299_999);
	});

	test('a timeout aborts the request; the items stay', async () => {
		const ids = await queue(database, 2, clock.time);
		transport.script.push('hang');
		const engine = makeEngine(database, transport, { clock, timeoutMs: 30 });
		const states: SyncState[] = [];
		engine.subscribe((s) => states.push(s));
		await engine.sync('start');

		expect(transport.aborted).toBe(1);
		expect(await outboxIds('pending')).toEqual(ids);
		expect(await receiptIds()).toEqual([]);
		expect(states.at(-1)).toMatchObject({ lastFailure: 'timeout', offline: true, syncing: false });

		clock.advance(1000);
		await engine.sync('timer');
		expect(await outboxIds()).toEqual([]);
		expect(server.stored.size).toBe(2);
	});

	test('a transport that throws counts as a network error', async () => {
		const ids = await queue(database, 1, clock.time);
		const engine = makeEngine(
			database,
			{ send: () => Promise.reject(new TypeError('Failed to fetch')) },
			{ clock }
		);
		await engine.sync('start');
		expect(await outboxIds('pending')).toEqual(ids);
		expect(engine.state.lastFailure).toBe('network');
	});

	test('429 with Retry-After: nothing is sent before it has passed, whatever the trigger', async () => {
		const ids = await queue(database, 3, clock.time);
		const timers = new ManualTimers();
		const engine = makeEngine(database, transport, { clock, timers });
		transport.script.push({ status: 429, retryAfterMs: 30_000 });
		await engine.sync('start');
		expect(await outboxIds('pending')).toEqual(ids);
		expect(timers.delays).toEqual([30_000]);

		clock.advance(10_000);
		await engine.sync('online');
		await engine.sync('manual');
		await engine.sync('visible');
		expect(transport.calls).toHaveLength(1);

		clock.advance(20_000);
		await engine.sync('timer');
		expect(transport.calls).toHaveLength(2);
		expect(await outboxIds()).toEqual([]);
		expect(server.stored.size).toBe(3);
	});

	test('429 without Retry-After backs off like any failure', async () => {
		await queue(database, 1, clock.time);
		transport.script.push({ status: 429 });
		const engine = makeEngine(database, transport, { clock });
		await engine.sync('start');
		const [item] = await database.outbox.toArray();
		expect(item.attempts).toBe(1);
		expect(item.nextAttemptAt).toBe(clock.time + 500);
	});

	test('a partial reply: answered items leave, the rest go again and are stored once', async () => {
		const ids = await queue(database, 4, clock.time);
		transport.script.push({ partial: 2 });
		const engine = makeEngine(database, transport, { clock });
		await engine.sync('start');

		expect(await receiptIds()).toEqual(ids.slice(0, 2));
		expect(await outboxIds('pending')).toEqual(ids.slice(2));
		// the server did store all four; only the reply was short
		expect(server.stored.size).toBe(4);

		clock.advance(1000);
		await engine.sync('timer');
		expect(transport.calls[1].ids).toEqual(ids.slice(2));
		expect(await outboxIds()).toEqual([]);
		expect(await receiptIds()).toEqual(ids);
		expect(server.stored.size).toBe(4);
	});

	test('the reply is lost after the server stored it: the resend is a duplicate, counted once', async () => {
		const ids = await queue(database, 3, clock.time);
		transport.script.push('lost');
		const engine = makeEngine(database, transport, { clock });
		await engine.sync('start');
		expect(server.stored.size).toBe(3);
		expect(await outboxIds('pending')).toEqual(ids);
		expect(await receiptIds()).toEqual([]);

		clock.advance(1000);
		await engine.sync('timer');
		expect(server.received).toEqual([ids, ids]);
		expect(server.stored.size).toBe(3);
		expect(await outboxIds()).toEqual([]);
		expect(await receiptIds()).toEqual(ids);
	});

	test('the network coming back tries at once, without waiting for the backoff', async () => {
		await queue(database, 2, clock.time);
		let online = false;
		const engine = makeEngine(database, transport, { clock, isOnline: () => online });
		await engine.sync('start');
		expect(transport.calls).toHaveLength(0);
		expect(engine.state.offline).toBe(true);

		online = true;
		transport.script.push('network', 'network', 'network');
		await engine.sync('timer');
		clock.advance(1000);
		await engine.sync('timer');
		const [item] = await database.outbox.toArray();
		expect(item.nextAttemptAt).toBeGreaterThan(clock.time);

		await engine.sync('online');
		expect(transport.calls).toHaveLength(3);
		await engine.sync('online');
		expect(await database.outbox.count()).toBe(0);
		expect(server.stored.size).toBe(2);
	});
});

describe('rejected items', () => {
	test('an item the server cannot read is set apart, and the rest of its batch is stored', async () => {
		const ids = await queue(database, 10, clock.time);
		transport.unreadable.add(ids[6]);
		await makeEngine(database, transport, { clock }).sync('start');

		expect(await outboxIds('rejected')).toEqual([ids[6]]);
		expect(await outboxIds('pending')).toEqual([]);
		expect(server.stored.size).toBe(9);
		expect((await database.outbox.get(ids[6]))?.reason).toBe('invalid_item');
	});

	test('stay with their reason, never block the others, and are not sent again', async () => {
		const ids = await queue(database, 4, clock.time, (n) =>
			n === 2 ? { reject: 'unknown_question' } : n === 3 ? { reject: 'scan_closed' } : {}
		);
		const engine = makeEngine(database, transport, { clock });
		engine.start();
		await engine.sync('start');

		expect(await receiptIds()).toEqual([ids[0], ids[3]]);
		const rejected = await database.outbox.where('state').equals('rejected').toArray();
		expect(rejected.map((r) => [r.id, r.reason])).toEqual([
			[ids[1], 'unknown_question'],
			[ids[2], 'scan_closed']
		]);

		await engine.sync('manual');
		await engine.sync('online');
		expect(transport.calls).toHaveLength(1);
		await expect.poll(() => engine.state.rejected.length).toBe(2);
		expect(engine.state.rejected).toEqual([
			{ id: ids[1], kind: 'response', reason: 'unknown_question', subjectId: 'scan-1' },
			{ id: ids[2], kind: 'response', reason: 'scan_closed', subjectId: 'scan-1' }
		]);
		engine.stop();
	});

	test('a resend with other content under a used id is a conflict, and stays', async () => {
		const [id] = await queue(database, 1, clock.time);
		server.stored.set(id, '{"something":"else"}');
		await makeEngine(database, transport, { clock }).sync('start');
		expect(await database.outbox.get(id)).toMatchObject({ state: 'rejected', reason: 'conflict' });
	});

	test('a batch refused as too large is split until it fits', async () => {
		await queue(database, 8, clock.time);
		transport.script.push(
			{ status: 413, hint: 'batch_too_large' },
			{ status: 413, hint: 'batch_too_large' }
		);
		await makeEngine(database, transport, { clock }).sync('start');
		expect(transport.calls.map((c) => c.ids.length)).toEqual([8, 4, 2, 2, 2, 2]);
		expect(server.stored.size).toBe(8);
		expect(await database.outbox.count()).toBe(0);
	});

	test('a batch refused whole as invalid stays, visibly', async () => {
		const ids = await queue(database, 2, clock.time);
		transport.script.push({ status: 400, hint: 'invalid_batch' });
		await makeEngine(database, transport, { clock }).sync('start');
		expect(await outboxIds('rejected')).toEqual(ids);
		expect((await database.outbox.toArray()).map((i) => i.reason)).toEqual([
			'invalid_batch',
			'invalid_batch'
		]);
	});

	test('results the server could not tie to an id are matched by position', async () => {
		const ids = await queue(database, 2, clock.time);
		const engine = makeEngine(
			database,
			{
				send: async () => ({
					ok: true,
					results: [
						{ id: null, status: 'rejected', reason: 'invalid_item' },
						{ id: ids[1].toUpperCase(), status: 'stored' }
					]
				})
			},
			{ clock }
		);
		await engine.sync('start');
		expect(await database.outbox.get(ids[0])).toMatchObject({
			state: 'rejected',
			reason: 'invalid_item'
		});
		expect(await receiptIds()).toEqual([ids[1]]);
	});
});

describe('state', () => {
	test('says what waits, what was refused and when the server last confirmed', async () => {
		await queue(database, 2, clock.time, (n) => (n === 2 ? { reject: 'scan_closed' } : {}));
		const engine = makeEngine(database, transport, { clock, isOnline: () => true });
		const states: SyncState[] = [];
		engine.subscribe((s) => states.push(s));
		engine.start();
		await expect.poll(() => engine.state.pending).toBe(2);

		await engine.sync('start');
		await expect.poll(() => engine.state.pending).toBe(0);
		expect(engine.state).toMatchObject({
			pending: 0,
			syncing: false,
			offline: false,
			lastSuccessAt: clock.time,
			rejected: [{ reason: 'scan_closed' }]
		});
		expect(states.some((s) => s.syncing)).toBe(true);
		engine.stop();
	});

	test('a pass asked for while one runs is run afterwards, once', async () => {
		await queue(database, 1, clock.time);
		transport.latencyMs = 50;
		const engine = makeEngine(database, transport, { clock });
		const first = engine.sync('start');
		await expect.poll(() => transport.inFlight, { interval: 2 }).toBe(1);
		await queue(database, 1, clock.time, undefined, 50);
		void engine.sync('queued');
		void engine.sync('queued');
		await first;
		await expect.poll(() => database.outbox.count()).toBe(0);
		await new Promise((r) => setTimeout(r, 100));
		expect(transport.calls.map((c) => c.ids.length)).toEqual([1, 1]);
		expect(server.stored.size).toBe(2);
	});
});
