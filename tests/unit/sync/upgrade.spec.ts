// Dexie upgrades with items still queued (design §5.6): a device that queued answers under
// version 1 of the schema opens today's app and loses nothing; the items are then sent.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, expect, test } from 'vitest';
import { RechtOpDb } from '../../../src/lib/db/db';
import { DEVICE_SCHEMA_V1 as VERSION_1 } from '../../fixtures/device-schema-v1';
import {
	Clock,
	FakeServer,
	FakeTransport,
	deleteDb,
	freshDbName,
	makeEngine,
	responseId
} from './harness';

const names: string[] = [];
afterEach(async () => {
	for (const name of names.splice(0)) await deleteDb(name);
});

test('a version-1 database with queued items opens under the current schema with nothing lost', async () => {
	const name = freshDbName();
	names.push(name);
	const clock = new Clock();

	const old = new Dexie(name);
	old.version(1).stores(VERSION_1);
	const queued = Array.from({ length: 30 }, (_, i) => ({
		id: responseId(i + 1),
		kind: 'response',
		payload: {
			id: responseId(i + 1),
			scan_id: 'scan-1',
			answers: [{ question_id: 'q', value: '4' }]
		},
		queuedAt: clock.time - 60_000 + i,
		attempts: i % 3,
		nextAttemptAt: clock.time - 1000,
		state: i === 29 ? 'rejected' : 'pending',
		...(i === 29 ? { reason: 'scan_closed' } : {})
	}));
	await old.table('outbox').bulkAdd(queued);
	const draft = {
		id: responseId(100),
		scanId: 'scan-1',
		ageBand: '12-15',
		locale: 'ar',
		answers: { q1: '3', q2: null, q3: ['a', 'b'], q4: { text: 'meer bankjes' } },
		position: 4,
		startedAt: clock.time - 5000,
		updatedAt: clock.time - 1000
	};
	await old.table('drafts').add(draft);
	await old
		.table('receipts')
		.add({ id: responseId(200), kind: 'response', subjectId: 'scan-0', receivedAt: 1 });
	await old
		.table('scans')
		.add({ id: 'scan-1', joinKey: 'DEM001', scan: { id: 'scan-1' }, joinedAt: 2 });
	old.close();

	const current = new RechtOpDb(name);
	await current.open();
	expect(current.verno).toBeGreaterThanOrEqual(1);
	for (const store of Object.keys(VERSION_1)) {
		expect(current.tables.map((t) => t.name)).toContain(store);
	}
	const outbox = await current.outbox.orderBy('id').toArray();
	expect(outbox).toEqual(queued);
	expect(await current.drafts.get(draft.id)).toEqual(draft);
	expect(await current.receipts.count()).toBe(1);
	expect(await current.scans.where('joinKey').equals('DEM001').count()).toBe(1);

	// and they still go out, once
	const server = new FakeServer();
	await makeEngine(current, new FakeTransport(server), { clock }).sync('start');
	expect(server.stored.size).toBe(29);
	expect((await current.outbox.toArray()).map((i) => [i.id, i.state, i.reason])).toEqual([
		[responseId(30), 'rejected', 'scan_closed']
	]);
	expect(await current.receipts.count()).toBe(30);
	current.close();
});
