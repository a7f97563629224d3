// The engine in a page: started once, woken by the triggers of design §5.3 (start, online, the
// page becoming visible, its own timer, items being queued) and handed to Background Sync where
// the browser has it, so that answers also leave when every tab is closed.
import { createAppEngine, BACKGROUND_SYNC_TAG } from './app';
import type { SyncEngine } from './engine';

let engine: SyncEngine | undefined;

interface SyncRegistration extends ServiceWorkerRegistration {
	sync?: { register(tag: string): Promise<void> };
}

/** Asks the service worker to sync when the connection is back, even after the tab is closed. */
async function registerBackgroundSync(): Promise<void> {
	try {
		if (!('serviceWorker' in navigator) || !navigator.serviceWorker.controller) return;
		const registration = (await navigator.serviceWorker.ready) as SyncRegistration;
		await registration.sync?.register(BACKGROUND_SYNC_TAG);
	} catch {
		// Not supported, or not allowed: the page's own triggers remain.
	}
}

export function browserSyncEngine(): SyncEngine {
	if (engine) return engine;
	const started = createAppEngine();
	engine = started;
	started.start();
	started.subscribe((state) => {
		if (state.pending > 0 && !state.syncing && state.lastFailure) void registerBackgroundSync();
	});
	addEventListener('online', () => started.connectivityChanged());
	addEventListener('offline', () => {
		started.connectivityChanged();
		void registerBackgroundSync();
	});
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'visible') void started.sync('visible');
	});
	void started.sync('start');
	return started;
}

/** Something was just put in the outbox: send it now, or as soon as the network allows. */
export function itemsQueued(): void {
	const current = browserSyncEngine();
	void current.sync('queued');
	if (!navigator.onLine) void registerBackgroundSync();
}
