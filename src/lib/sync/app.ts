// The engine as the app runs it, in a page or in the service worker: the device's outbox, the
// server's batch RPCs, one sender per origin.
import { sendBatch } from '$lib/api/batch';
import { submitResponses } from '$lib/api/scans';
import { db, type RechtOpDb } from '$lib/db/db';
import { createLeaseStore } from '$lib/db/lease';
import { createOutboxStore } from '$lib/db/outbox';
import type { Submission } from '$lib/scan/model';
import { SyncEngine } from './engine';
import { createKindRegistry } from './kinds';
import { leaseLock, webLock } from './lock';

/** The Background Sync tag the page registers and the service worker answers. */
export const BACKGROUND_SYNC_TAG = 'rechtop-sync';

const field = (payload: unknown, name: string) =>
	String((payload as Record<string, unknown> | null)?.[name] ?? '');

export const kinds = createKindRegistry();
kinds.register('response', {
	send: (payloads, signal) => submitResponses(payloads as Submission[], signal),
	subjectId: (payload) => field(payload, 'scan_id')
});
kinds.register('vote', {
	send: (payloads, signal) => sendBatch('cast_votes', payloads, signal),
	subjectId: (payload) => field(payload, 'round_id')
});

export function createAppEngine(database: RechtOpDb = db()): SyncEngine {
	const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
	return new SyncEngine({
		store: createOutboxStore(database, kinds.subjectId),
		transport: kinds.transport(),
		lock: locks ? webLock(locks) : leaseLock(createLeaseStore(database)),
		isOnline: () => typeof navigator === 'undefined' || navigator.onLine !== false
	});
}
