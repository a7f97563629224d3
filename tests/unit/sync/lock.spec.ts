// One tab at a time: two engines on one database (two tabs) never send at the same moment, and
// every item reaches the server once. With the Web Locks API and with the IndexedDB lease.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { RechtOpDb } from '../../../src/lib/db/db';
import { createLeaseStore } from '../../../src/lib/db/lease';
import { leaseLock, webLock } from '../../../src/lib/sync/lock';
import type { SyncLock } from '../../../src/lib/sync/types';
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

/** The Web Locks API as far as the engine uses it (exclusive, `ifAvailable`), shared by "tabs". */
class FakeLockManager {
	readonly held = new Set<string>();

	async request(
		name: string,
		options: { ifAvailable?: boolean },
		callback: (lock: { name: string } | null) => Promise<unknown>
	): Promise<unknown> {
		if (this.held.has(name)) {
			if (options.ifAvailable) return callback(null);
			throw new Error('this fake only grants at once');
		}
		this.held.add(name);
		try {
			return await callback({ name });
		} finally {
			this.held.delete(name);
		}
	}
}

let name: string;
let tabs: RechtOpDb[];
let server: FakeServer;

beforeEach(() => {
	name = freshDbName();
	tabs = [openDb(name), openDb(name)];
	server = new FakeServer();
});

afterEach(async () => {
	for (const tab of tabs) tab.close();
	await deleteDb(name);
});

const locks = {
	'Web Locks': () => {
		const manager = new FakeLockManager() as unknown as LockManager;
		return [webLock(manager), webLock(manager)];
	},
	'IndexedDB lease (no Web Locks)': () =>
		tabs.map((tab) => leaseLock(createLeaseStore(tab), { ttlMs: 10_000 }))
} satisfies Record<string, () => SyncLock[]>;

describe.each(Object.entries(locks))('%s', (_label, makeLocks) => {
	test('two tabs never send at the same time, and each item goes once', async () => {
		const clock = new Clock();
		const ids = await queue(tabs[0], 250, clock.time);
		const [lockA, lockB] = makeLocks();
		// Both tabs' requests meet in one counter, as they would at the server.
		const transport = new FakeTransport(server);
		transport.latencyMs = 15;
		const timersB = new ManualTimers();
		const a = makeEngine(tabs[0], transport, { clock, lock: lockA, batchSize: 50 });
		const b = makeEngine(tabs[1], transport, {
			clock,
			lock: lockB,
			batchSize: 50,
			timers: timersB
		});

		await Promise.all([a.sync('start'), b.sync('start'), a.sync('visible'), b.sync('online')]);
		// whoever lost the lock looks again later; by then nothing is left
		for (const timer of timersB.pending.values()) timer.callback();
		await b.sync('timer');

		expect(transport.maxInFlight).toBe(1);
		const sent = transport.calls.flatMap((c) => c.ids);
		expect(sent.sort()).toEqual([...ids].sort());
		expect(server.stored.size).toBe(250);
		expect(await tabs[1].outbox.count()).toBe(0);
		expect(await tabs[1].receipts.count()).toBe(250);
	});

	test('a tab that finds the lock taken tries again soon, and its item goes', async () => {
		const clock = new Clock();
		await queue(tabs[0], 20, clock.time);
		const [lockA, lockB] = makeLocks();
		const transport = new FakeTransport(server);
		transport.latencyMs = 20;
		const timersB = new ManualTimers();
		const a = makeEngine(tabs[0], transport, { clock, lock: lockA, batchSize: 5 });
		const b = makeEngine(tabs[1], transport, { clock, lock: lockB, timers: timersB });

		const running = a.sync('start');
		await expect.poll(() => transport.inFlight, { interval: 2 }).toBe(1);
		const [late] = await queue(tabs[1], 1, clock.time, undefined, 500);
		await b.sync('queued');
		expect(timersB.delays).toHaveLength(1);
		expect(timersB.delays[0]).toBeGreaterThanOrEqual(1000);
		expect(timersB.delays[0]).toBeLessThanOrEqual(3000);
		await running;

		for (const timer of [...timersB.pending.values()]) timer.callback();
		await b.sync('timer');
		expect(transport.maxInFlight).toBe(1);
		expect(server.stored.has(late)).toBe(true);
		expect(server.stored.size).toBe(21);
		expect(transport.calls.flatMap((c) => c.ids).filter((id) => id === late)).toHaveLength(1);
	});
});

describe('the lease', () => {
	test('is free again when its holder stops renewing it', async () => {
		const [storeA, storeB] = tabs.map(createLeaseStore);
		expect(await storeA.tryAcquire('a', 1000, 100)).toBe(true);
		expect(await storeB.tryAcquire('b', 1050, 100)).toBe(false);
		expect(await storeA.tryAcquire('a', 1050, 100)).toBe(true);
		expect(await storeB.tryAcquire('b', 1149, 100)).toBe(false);
		expect(await storeB.tryAcquire('b', 1151, 100)).toBe(true);
		await storeA.release('a');
		expect(await storeA.tryAcquire('a', 1160, 100)).toBe(false);
		await storeB.release('b');
		expect(await storeA.tryAcquire('a', 1160, 100)).toBe(true);
	});

	test('is released when the task fails', async () => {
		const lock = leaseLock(createLeaseStore(tabs[0]), { owner: 'a' });
		await expect(lock(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
		const other = leaseLock(createLeaseStore(tabs[1]), { owner: 'b' });
		expect(await other(async () => 'ran')).toEqual({ acquired: true, value: 'ran' });
	});
});
