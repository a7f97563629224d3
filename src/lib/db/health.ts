// Can this device keep answers? Checked before a scan starts, so a child in private mode or with a
// full phone hears it before answering, not after (design §5.6).
import type { StorageHealth } from '$lib/sync/types';
import { db, type RechtOpDb } from './db';
import { isQuotaError } from './errors';

export async function probeStorage(database?: RechtOpDb): Promise<StorageHealth> {
	if (typeof indexedDB === 'undefined') return 'unavailable';
	try {
		const target = database ?? db();
		await target.open();
		await target.settings.put({ key: 'storage.probe', value: Date.now() });
		await target.settings.delete('storage.probe');
		return 'ok';
	} catch (error) {
		return isQuotaError(error) ? 'full' : 'unavailable';
	}
}
