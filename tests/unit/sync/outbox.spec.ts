// The device stores the sync engine relies on: finishing moves a draft into the outbox in one
// transaction; a full device loses nothing that was already kept.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { RechtOpDb } from '../../../src/lib/db/db';
import { createDraft, draftFor, updateDraft } from '../../../src/lib/db/drafts';
import { isQuotaError } from '../../../src/lib/db/errors';
import { probeStorage } from '../../../src/lib/db/health';
import {
	createOutboxStore,
	discardRejected,
	enqueueDraft,
	pendingCount
} from '../../../src/lib/db/outbox';
import { deleteDb, freshDbName, openDb, queue } from './harness';

let name: string;
let database: RechtOpDb;

beforeEach(() => {
	name = freshDbName();
	database = openDb(name);
});

afterEach(async () => {
	database.close();
	await deleteDb(name);
});

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('drafts', () => {
	test('every answer is written as it is given, without touching the others', async () => {
		const draft = await createDraft('scan-1', 'nl', database);
		expect(draft.id).toMatch(/^[0-9a-f-]{36}$/);
		await updateDraft(draft.id, { ageBand: '8-11', position: 0 }, database);
		await updateDraft(
			draft.id,
			{ answer: { questionId: 'q1', value: '4' }, position: 1 },
			database
		);
		await updateDraft(
			draft.id,
			{ answer: { questionId: 'q2', value: null }, position: 2 },
			database
		);
		await updateDraft(draft.id, { answer: { questionId: 'q3', value: ['a'] } }, database);
		await updateDraft(draft.id, { answer: { questionId: 'q3', value: undefined } }, database);

		const stored = await draftFor('scan-1', database);
		expect(stored).toMatchObject({
			id: draft.id,
			ageBand: '8-11',
			position: 2,
			answers: { q1: '4', q2: null }
		});
		expect(Object.keys(stored!.answers)).toEqual(['q1', 'q2']);
	});

	test('a change to a draft that is gone says so', async () => {
		expect(await updateDraft('gone', { position: 3 }, database)).toBe(false);
	});
});

describe('enqueueDraft', () => {
	test('moves the draft into the outbox in one go, keeping its id', async () => {
		const draft = await createDraft('scan-1', 'nl', database);
		const item = await enqueueDraft(
			draft.id,
			(d) => ({ id: d.id, scan_id: d.scanId }),
			database,
			42
		);
		expect(item).toMatchObject({
			id: draft.id,
			kind: 'response',
			state: 'pending',
			nextAttemptAt: 42
		});
		expect(await database.drafts.count()).toBe(0);
		expect(await database.outbox.get(draft.id)).toMatchObject({
			payload: { id: draft.id, scan_id: 'scan-1' },
			attempts: 0
		});
		expect(await pendingCount(database)).toBe(1);
	});

	test('finishing twice (two tabs) queues it once', async () => {
		const draft = await createDraft('scan-1', 'nl', database);
		const build = (d: { id: string }) => ({ id: d.id });
		const [first, second] = await Promise.all([
			enqueueDraft(draft.id, build, database),
			enqueueDraft(draft.id, build, database)
		]);
		expect([first, second].filter(Boolean)).toHaveLength(1);
		expect(await database.outbox.count()).toBe(1);
	});

	test('when the outbox cannot be written (device full) the draft stays as it was', async () => {
		const draft = await createDraft('scan-1', 'nl', database);
		await updateDraft(draft.id, { answer: { questionId: 'q1', value: '5' } }, database);
		database.outbox.hook('creating', () => {
			throw quotaError();
		});
		const error = await enqueueDraft(draft.id, (d) => ({ id: d.id }), database).catch((e) => e);
		expect(isQuotaError(error)).toBe(true);
		expect(await database.outbox.count()).toBe(0);
		expect(await database.drafts.get(draft.id)).toMatchObject({ answers: { q1: '5' } });
	});
});

describe('the outbox store', () => {
	test('a full device still takes what the server has out of the outbox', async () => {
		const ids = await queue(database, 2, 1000);
		database.receipts.hook('creating', () => {
			throw quotaError();
		});
		const store = createOutboxStore(database, () => 'scan-1');
		const items = await store.due(1000, 10);
		await store.acknowledge(items, 2000);
		expect(await database.outbox.count()).toBe(0);
		expect(await database.receipts.count()).toBe(0);
		expect(ids).toHaveLength(2);
	});

	test('only rejected items can be let go of', async () => {
		const [pending, rejected] = await queue(database, 2, 1000);
		await database.outbox.update(rejected, { state: 'rejected', reason: 'scan_closed' });
		await discardRejected(pending, database);
		await discardRejected(rejected, database);
		expect((await database.outbox.toArray()).map((i) => i.id)).toEqual([pending]);
	});

	test('makeAllDue brings waiting items forward, never back', async () => {
		await queue(database, 2, 1000);
		await database.outbox.toCollection().modify((i) => {
			i.nextAttemptAt = i.queuedAt === 1000 ? 50_000 : 500;
		});
		const store = createOutboxStore(database, () => '');
		await store.makeAllDue(2000);
		expect(
			(await database.outbox.toArray()).map((i) => i.nextAttemptAt).sort((a, b) => a - b)
		).toEqual([500, 2000]);
		expect(await store.nextDueAt()).toBe(500);
	});
});

describe('storage health', () => {
	test('ok when IndexedDB works', async () => {
		expect(await probeStorage(database)).toBe('ok');
	});

	test('full when writes hit the quota, unavailable when IndexedDB fails', async () => {
		database.settings.hook('creating', () => {
			throw quotaError();
		});
		expect(await probeStorage(database)).toBe('full');
		const broken = openDb(`${name}-broken`);
		broken.on('ready', () => {
			throw new Error(
				'InvalidStateError: A mutation operation was attempted on a database that did not allow mutations.'
			);
		});
		expect(await probeStorage(broken)).toBe('unavailable');
		broken.close();
	});

	test('quota errors are recognised also when Dexie wraps them', () => {
		expect(isQuotaError({ name: 'AbortError', inner: quotaError() })).toBe(true);
		expect(isQuotaError(new Error('other'))).toBe(false);
		expect(isQuotaError(undefined)).toBe(false);
	});
});
