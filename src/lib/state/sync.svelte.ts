// The sync engine's state as runes, for any page that shows it (the scan's thank-you screen, the
// home page). Loads the engine (and with it Dexie) only when `start()` is called.
import type { StorageHealth, SyncState } from '$lib/sync/types';

/** The state in one word, for the sentence the child reads (design §5.7). */
export type SyncSummary = 'unknown' | 'nothing' | 'all_sent' | 'sending' | 'waiting' | 'rejected';

class SyncStatus {
	#state = $state<SyncState>({
		known: false,
		pending: 0,
		rejected: [],
		syncing: false,
		offline: false
	});
	#storage = $state<StorageHealth | 'unknown'>('unknown');
	#started?: Promise<void>;

	/** Items waiting to be sent (finished scans, votes). */
	get pending() {
		return this.#state.pending;
	}
	/** Items the server refused, each with its reason code. */
	get rejected() {
		return this.#state.rejected;
	}
	get lastSuccessAt() {
		return this.#state.lastSuccessAt;
	}
	get syncing() {
		return this.#state.syncing;
	}
	get offline() {
		return this.#state.offline;
	}
	/** Whether this device can keep answers: checked by `checkStorage()`, lowered by write errors. */
	get storage() {
		return this.#storage;
	}

	get summary(): SyncSummary {
		const s = this.#state;
		if (!s.known) return 'unknown';
		if (s.rejected.length > 0) return 'rejected';
		if (s.pending > 0) return s.offline ? 'waiting' : 'sending';
		return s.lastSuccessAt ? 'all_sent' : 'nothing';
	}

	/** Starts the engine in this page (once) and follows it. */
	start(): Promise<void> {
		this.#started ??= import('$lib/sync/browser').then(({ browserSyncEngine }) => {
			browserSyncEngine().subscribe((state) => (this.#state = state));
		});
		return this.#started;
	}

	/** Something was put in the outbox: send it now if the network allows. */
	async queued(): Promise<void> {
		await this.start();
		const { itemsQueued } = await import('$lib/sync/browser');
		itemsQueued();
	}

	/** The child asked to try again now. */
	async retry(): Promise<void> {
		await this.start();
		const { browserSyncEngine } = await import('$lib/sync/browser');
		await browserSyncEngine().sync('manual');
	}

	/** Lets go of an item the server refused (the child chose to). */
	async discard(id: string): Promise<void> {
		const { discardRejected } = await import('$lib/db/outbox');
		await discardRejected(id);
	}

	/** Finds out whether this device can keep answers (private mode, a full device). */
	async checkStorage(): Promise<StorageHealth> {
		const { probeStorage } = await import('$lib/db/health');
		const health = await probeStorage();
		this.#storage = health;
		return health;
	}

	/** Asks the browser not to clear our data when space runs low (at a tap: Firefox asks). */
	async keepData(): Promise<boolean> {
		const { requestPersistence } = await import('$lib/sync/storage');
		return requestPersistence();
	}

	/** A write failed on the way: say so from now on. */
	storageFailed(health: Exclude<StorageHealth, 'ok'>): void {
		this.#storage = health;
	}
}

export const syncStatus = new SyncStatus();
