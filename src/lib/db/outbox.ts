// The outbox: finished scans (and votes) waiting to be sent. Items leave it only when the server
// has them; `rejected` ones stay, with their reason (design §5.4).
import Dexie, { liveQuery } from 'dexie';
import type { OutboxSnapshot, OutboxStore, QueuedItem } from '$lib/sync/types';
import { db, type Draft, type OutboxItem, type RechtOpDb, type Receipt } from './db';
import { isQuotaError } from './errors';

const LAST_SUCCESS_KEY = 'sync.last_success_at';

/**
 * Moves a draft into the outbox in one transaction, keeping the id it was given on the device.
 * Returns undefined when the draft is gone (finished in another tab, or already sent).
 */
export async function enqueueDraft(
	draftId: string,
	toPayload: (draft: Draft) => Record<string, unknown>,
	database: RechtOpDb = db(),
	now = Date.now()
): Promise<OutboxItem | undefined> {
	return database.transaction('rw', database.drafts, database.outbox, async () => {
		const draft = await database.drafts.get(draftId);
		if (!draft) return undefined;
		const item: OutboxItem = {
			id: draft.id,
			kind: 'response',
			payload: toPayload(draft),
			queuedAt: now,
			attempts: 0,
			nextAttemptAt: now,
			state: 'pending'
		};
		await database.outbox.put(item);
		await database.drafts.delete(draft.id);
		return item;
	});
}

/** One item of the outbox, if it is still there. */
export function outboxItem(
	id: string,
	database: RechtOpDb = db()
): Promise<OutboxItem | undefined> {
	return database.outbox.get(id);
}

/** Removes a rejected item the child chose to let go of. Pending items cannot be removed. */
export async function discardRejected(id: string, database: RechtOpDb = db()): Promise<void> {
	await database.transaction('rw', database.outbox, async () => {
		const item = await database.outbox.get(id);
		if (item?.state === 'rejected') await database.outbox.delete(id);
	});
}

function toQueued(item: OutboxItem): QueuedItem {
	return {
		id: item.id,
		kind: item.kind,
		payload: item.payload,
		attempts: item.attempts,
		nextAttemptAt: item.nextAttemptAt
	};
}

/** The outbox as the sync engine uses it. `subjectId` names the scan or round a receipt is for. */
export function createOutboxStore(
	database: RechtOpDb,
	subjectId: (kind: string, payload: unknown) => string
): OutboxStore {
	const { outbox, receipts, settings } = database;
	return {
		async due(now, limit) {
			const items = await outbox
				.where('[state+nextAttemptAt]')
				.between(['pending', Dexie.minKey], ['pending', now], true, true)
				.limit(limit)
				.toArray();
			return items.map(toQueued);
		},

		async nextDueAt() {
			const first = await outbox
				.where('[state+nextAttemptAt]')
				.between(['pending', Dexie.minKey], ['pending', Dexie.maxKey])
				.first();
			return first?.nextAttemptAt;
		},

		async makeAllDue(now) {
			await outbox
				.where('state')
				.equals('pending')
				.modify((item) => {
					if (item.nextAttemptAt > now) item.nextAttemptAt = now;
				});
		},

		async acknowledge(items, receivedAt) {
			if (items.length === 0) return;
			const ids = items.map((item) => item.id);
			const proofs: Receipt[] = items.map((item) => ({
				id: item.id,
				kind: item.kind as Receipt['kind'],
				subjectId: subjectId(item.kind, item.payload),
				receivedAt
			}));
			try {
				await database.transaction('rw', outbox, receipts, settings, async () => {
					await outbox.bulkDelete(ids);
					await receipts.bulkPut(proofs);
					await settings.put({ key: LAST_SUCCESS_KEY, value: receivedAt });
				});
			} catch (error) {
				if (!isQuotaError(error)) throw error;
				// A full device: the server has them, so they must not be sent again; the receipt is
				// what gives way.
				await outbox.bulkDelete(ids);
			}
		},

		async reject(rejections) {
			if (rejections.length === 0) return;
			await database.transaction('rw', outbox, async () => {
				for (const { item, reason } of rejections) {
					await outbox.update(item.id, { state: 'rejected', reason, attempts: item.attempts + 1 });
				}
			});
		},

		async postpone(items, now, delay) {
			if (items.length === 0) return;
			await database.transaction('rw', outbox, async () => {
				for (const item of items) {
					const attempts = item.attempts + 1;
					await outbox.update(item.id, { attempts, nextAttemptAt: now + delay(attempts) });
				}
			});
		},

		observe(listener) {
			const subscription = liveQuery(async (): Promise<OutboxSnapshot> => {
				const [pending, rejected, last] = await Promise.all([
					outbox.where('state').equals('pending').count(),
					outbox.where('state').equals('rejected').toArray(),
					settings.get(LAST_SUCCESS_KEY)
				]);
				return {
					pending,
					rejected: rejected.map((item) => ({
						id: item.id,
						kind: item.kind,
						reason: item.reason ?? 'unknown',
						subjectId: subjectId(item.kind, item.payload)
					})),
					lastSuccessAt: typeof last?.value === 'number' ? last.value : undefined
				};
			}).subscribe({ next: listener, error: () => undefined });
			return () => subscription.unsubscribe();
		}
	};
}

/** How many items wait to be sent (not counting rejected ones). */
export function pendingCount(database: RechtOpDb = db()): Promise<number> {
	return database.outbox.where('state').equals('pending').count();
}
