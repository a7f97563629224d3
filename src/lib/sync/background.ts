// Background Sync in the service worker: the browser wakes it once the connection is back, also
// when no tab is open. It runs the same engine once; when items are still waiting it fails, so
// that the browser tries again later.
import { pendingCount } from '$lib/db/outbox';
import { createAppEngine } from './app';

export async function syncInBackground(): Promise<void> {
	const engine = createAppEngine();
	try {
		await engine.sync('background');
	} finally {
		engine.stop();
	}
	const left = await pendingCount();
	if (left > 0) throw new Error(`${left} items still waiting`);
}
