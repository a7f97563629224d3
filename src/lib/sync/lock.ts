// One tab at a time (design §5.3). The Web Locks API where the browser has it; elsewhere a lease
// kept in IndexedDB, which every tab of the origin shares. Two senders would not count anything
// twice (the server is idempotent on the item id), but they would send everything twice.
import type { SyncLock } from './types';

export const SYNC_LOCK_NAME = 'rechtop-sync';

/** Web Locks: `ifAvailable`, so a tab that finds the lock taken leaves the work to its holder. */
export function webLock(locks: LockManager, name = SYNC_LOCK_NAME): SyncLock {
	return async (task) => {
		let outcome: { acquired: true; value: Awaited<ReturnType<typeof task>> } | undefined;
		await locks.request(name, { ifAvailable: true }, async (lock) => {
			if (lock) outcome = { acquired: true, value: await task() };
		});
		return outcome ?? { acquired: false };
	};
}

/** Where a lease lives: compare-and-set in one transaction (`lib/db/lease.ts`). */
export interface LeaseStore {
	/** Takes or renews the lease for `owner` when it is free, expired or already theirs. */
	tryAcquire(owner: string, now: number, ttlMs: number): Promise<boolean>;
	release(owner: string): Promise<void>;
}

export interface LeaseOptions {
	ttlMs?: number;
	owner?: string;
	now?: () => number;
}

/**
 * A lease that expires by itself, so a tab that was closed while holding it blocks nobody for
 * long; the holder renews it while it works.
 */
export function leaseLock(store: LeaseStore, options: LeaseOptions = {}): SyncLock {
	const ttlMs = options.ttlMs ?? 30_000;
	const owner = options.owner ?? crypto.randomUUID();
	const now = options.now ?? Date.now;
	return async (task) => {
		if (!(await store.tryAcquire(owner, now(), ttlMs))) return { acquired: false };
		const renew = setInterval(() => {
			void store.tryAcquire(owner, now(), ttlMs).catch(() => undefined);
		}, ttlMs / 3);
		try {
			return { acquired: true, value: await task() };
		} finally {
			clearInterval(renew);
			await store.release(owner).catch(() => undefined);
		}
	};
}
