// The sync lease for browsers without the Web Locks API: compare-and-set in one IndexedDB
// transaction, which every tab of the origin sees.
import type { LeaseStore } from '$lib/sync/lock';
import type { RechtOpDb } from './db';

const LEASE_KEY = 'sync.lease';

interface Lease {
	owner: string;
	until: number;
}

export function createLeaseStore(database: RechtOpDb): LeaseStore {
	const { settings } = database;
	return {
		tryAcquire(owner, now, ttlMs) {
			return database.transaction('rw', settings, async () => {
				const lease = (await settings.get(LEASE_KEY))?.value as Lease | undefined;
				if (lease && lease.owner !== owner && lease.until > now) return false;
				await settings.put({ key: LEASE_KEY, value: { owner, until: now + ttlMs } });
				return true;
			});
		},
		async release(owner) {
			await database.transaction('rw', settings, async () => {
				const lease = (await settings.get(LEASE_KEY))?.value as Lease | undefined;
				if (lease?.owner === owner) await settings.delete(LEASE_KEY);
			});
		}
	};
}
