// The sync engine (design §5): sends the outbox in batches, keeps every item until the server has
// it, retries with backoff, one tab at a time. Generic over item kinds; knows nothing of Svelte,
// Dexie or supabase-js, so the same code runs in a page, in the service worker and in Node tests.
import { BACKOFF_CAP_MS, backoffDelay } from './backoff';
import type {
	BatchReply,
	OutboxSnapshot,
	OutboxStore,
	QueuedItem,
	SendFailure,
	SyncLock,
	SyncState,
	SyncTrigger,
	Transport
} from './types';

/** The most items one request carries (the server takes up to 500; small requests fail small). */
export const MAX_BATCH_SIZE = 100;

export interface SyncEngineOptions {
	store: OutboxStore;
	transport: Transport;
	lock: SyncLock;
	/** `navigator.onLine` in a browser. */
	isOnline?: () => boolean;
	now?: () => number;
	random?: () => number;
	batchSize?: number;
	/** A request that takes longer is aborted and counts as a failure. */
	timeoutMs?: number;
	/** How soon to look again when another tab holds the lock. */
	lockRetryMs?: number;
	backoffBaseMs?: number;
	backoffCapMs?: number;
	/** The engine's own wake-up timer (tests replace it). */
	timers?: Timers;
}

export interface Timers {
	set(callback: () => void, ms: number): unknown;
	clear(handle: unknown): void;
}

const globalTimers: Timers = {
	set: (callback, ms) => setTimeout(callback, ms),
	clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
};

/** Triggers that try every waiting item now, not only the ones whose backoff has run out. */
const FORCING: ReadonlySet<SyncTrigger> = new Set(['start', 'online', 'background', 'manual']);

type Outcome = 'continue' | 'stop' | 'smaller';

export class SyncEngine {
	readonly #store: OutboxStore;
	readonly #transport: Transport;
	readonly #lock: SyncLock;
	readonly #isOnline: () => boolean;
	readonly #now: () => number;
	readonly #random: () => number;
	readonly #batchSize: number;
	readonly #timeoutMs: number;
	readonly #lockRetryMs: number;
	readonly #backoff: { baseMs: number; capMs: number };
	readonly #timers: Timers;

	#snapshot: OutboxSnapshot = { pending: 0, rejected: [] };
	#state: SyncState;
	readonly #listeners = new Set<(state: SyncState) => void>();
	#unobserve?: () => void;
	#running?: Promise<void>;
	#rerun?: SyncTrigger;
	#timer?: unknown;
	#blockedUntil = 0;
	#stopped = false;

	constructor(options: SyncEngineOptions) {
		this.#store = options.store;
		this.#transport = options.transport;
		this.#lock = options.lock;
		this.#isOnline = options.isOnline ?? (() => true);
		this.#now = options.now ?? Date.now;
		this.#random = options.random ?? Math.random;
		this.#batchSize = Math.max(1, Math.min(MAX_BATCH_SIZE, options.batchSize ?? MAX_BATCH_SIZE));
		this.#timeoutMs = options.timeoutMs ?? 20_000;
		this.#lockRetryMs = options.lockRetryMs ?? 2_000;
		this.#backoff = {
			baseMs: options.backoffBaseMs ?? 1_000,
			capMs: options.backoffCapMs ?? BACKOFF_CAP_MS
		};
		this.#timers = options.timers ?? globalTimers;
		this.#state = { ...this.#snapshot, known: false, syncing: false, offline: !this.#isOnline() };
	}

	get state(): SyncState {
		return this.#state;
	}

	/** Starts following the outbox (in every tab) so that the state stays current. */
	start(): void {
		this.#stopped = false;
		this.#unobserve ??= this.#store.observe((snapshot) => {
			this.#snapshot = snapshot;
			this.#emit({ known: true });
		});
	}

	stop(): void {
		this.#stopped = true;
		this.#rerun = undefined;
		this.#unobserve?.();
		this.#unobserve = undefined;
		this.#clearTimer();
	}

	/** Calls `listener` now and on every change of the state. */
	subscribe(listener: (state: SyncState) => void): () => void {
		this.#listeners.add(listener);
		listener(this.#state);
		return () => this.#listeners.delete(listener);
	}

	/** The device went on- or offline: show it, and stop waiting on a timer while offline. */
	connectivityChanged(): void {
		this.#emit({ offline: !this.#isOnline() || this.#unreachable() });
		if (this.#isOnline()) void this.sync('online');
		else this.#clearTimer();
	}

	/**
	 * Passes over the outbox until nothing more was asked for. A call while a pass runs asks for one
	 * more pass afterwards and resolves when that one is done too.
	 */
	sync(trigger: SyncTrigger): Promise<void> {
		if (!this.#rerun || FORCING.has(trigger)) this.#rerun = trigger;
		if (this.#running) return this.#running;
		const running = (async () => {
			await Promise.resolve();
			try {
				for (let next = this.#rerun; next && !this.#stopped; next = this.#rerun) {
					this.#rerun = undefined;
					try {
						await this.#pass(next);
					} catch {
						// The device's storage failed us (closed, full, gone): look again later.
						this.#emit({ syncing: false });
						this.#setTimer(30_000);
					}
				}
			} finally {
				// In the same step as the last look at #rerun, so no request falls in between.
				this.#running = undefined;
			}
		})();
		this.#running = running;
		return running;
	}

	async #pass(trigger: SyncTrigger): Promise<void> {
		this.#clearTimer();
		if (this.#stopped) return;
		if (!this.#isOnline()) {
			this.#emit({ offline: true });
			await this.#scheduleNext();
			return;
		}
		if (this.#now() < this.#blockedUntil) {
			await this.#scheduleNext();
			return;
		}
		const outcome = await this.#lock(async () => {
			if (FORCING.has(trigger)) await this.#store.makeAllDue(this.#now());
			this.#emit({ syncing: true });
			try {
				await this.#drain();
			} finally {
				this.#emit({ syncing: false });
			}
		});
		if (!outcome.acquired) {
			// Another tab sends; look again soon in case it finished before our items were queued.
			this.#setTimer(this.#lockRetryMs / 2 + this.#random() * this.#lockRetryMs);
			return;
		}
		await this.#scheduleNext();
	}

	async #drain(): Promise<void> {
		let size = this.#batchSize;
		for (;;) {
			const items = await this.#store.due(this.#now(), size);
			if (items.length === 0) return;
			for (const [kind, group] of groupByKind(items)) {
				const outcome = await this.#apply(group, await this.#send(kind, group));
				if (outcome === 'stop') return;
				if (outcome === 'smaller') {
					size = Math.max(1, Math.floor(group.length / 2));
					break;
				}
			}
		}
	}

	/** Sends one batch; a request that outlives the timeout is aborted and counts as a timeout. */
	async #send(kind: string, group: QueuedItem[]): Promise<BatchReply> {
		const controller = new AbortController();
		let timer: ReturnType<typeof setTimeout> | undefined;
		const timeout = new Promise<BatchReply>((resolve) => {
			timer = setTimeout(() => {
				controller.abort();
				resolve({ ok: false, failure: { type: 'timeout' } });
			}, this.#timeoutMs);
		});
		const request = this.#transport
			.send(
				kind,
				group.map((item) => item.payload),
				controller.signal
			)
			.catch((): BatchReply => ({ ok: false, failure: { type: 'network' } }));
		try {
			return await Promise.race([request, timeout]);
		} finally {
			clearTimeout(timer);
		}
	}

	async #apply(group: QueuedItem[], reply: BatchReply): Promise<Outcome> {
		const now = this.#now();
		if (!reply.ok) return this.#failed(group, reply.failure, now);

		const byId = new Map<string, (typeof reply.results)[number]>();
		for (const result of reply.results) {
			if (typeof result?.id === 'string') byId.set(result.id.toLowerCase(), result);
		}
		const stored: QueuedItem[] = [];
		const rejected: { item: QueuedItem; reason: string }[] = [];
		const unanswered: QueuedItem[] = [];
		group.forEach((item, index) => {
			// Items the server could not even read come back without an id, in their place.
			const positional = reply.results[index];
			const result =
				byId.get(item.id.toLowerCase()) ??
				(positional && positional.id == null ? positional : undefined);
			if (result?.status === 'stored' || result?.status === 'duplicate') stored.push(item);
			else if (result?.status === 'rejected') {
				rejected.push({ item, reason: result.reason || 'unknown' });
			} else unanswered.push(item);
		});
		await this.#store.acknowledge(stored, now);
		await this.#store.reject(rejected);
		// A reply that left items out: they were not handled, so they go again (the server tells a
		// resend of something it did store by `duplicate`).
		await this.#store.postpone(unanswered, now, (attempts) => this.#delay(attempts));
		this.#emit({ lastFailure: undefined, offline: false });
		return unanswered.length > 0 ? 'stop' : 'continue';
	}

	async #failed(group: QueuedItem[], failure: SendFailure, now: number): Promise<Outcome> {
		if (failure.type === 'http') {
			if ((failure.status === 413 || failure.hint === 'batch_too_large') && group.length > 1) {
				return 'smaller';
			}
			if (failure.hint === 'invalid_batch' || failure.hint === 'batch_too_large') {
				// Refused whole and sending it again would not change that: keep it, visibly.
				await this.#store.reject(group.map((item) => ({ item, reason: failure.hint! })));
				return 'continue';
			}
			if (failure.status === 400 || failure.status === 422) {
				// The request could not be read (e.g. text PostgreSQL cannot hold): one item spoils
				// the batch. Halve until it stands alone, so it cannot hold up the others.
				if (group.length > 1) return 'smaller';
				await this.#store.reject([{ item: group[0], reason: failure.hint ?? 'invalid_item' }]);
				return 'continue';
			}
		}
		const retryAfter = failure.type === 'http' ? (failure.retryAfterMs ?? 0) : 0;
		if (retryAfter > 0) this.#blockedUntil = now + retryAfter;
		await this.#store.postpone(group, now, (attempts) =>
			Math.max(retryAfter, this.#delay(attempts))
		);
		this.#emit({
			lastFailure: failure.type,
			offline: !this.#isOnline() || failure.type === 'network' || failure.type === 'timeout'
		});
		return 'stop';
	}

	#delay(attempts: number): number {
		return backoffDelay(attempts, { ...this.#backoff, random: this.#random });
	}

	#unreachable(): boolean {
		return this.#state.lastFailure === 'network' || this.#state.lastFailure === 'timeout';
	}

	async #scheduleNext(): Promise<void> {
		if (this.#stopped) return;
		const next = await this.#store.nextDueAt();
		if (next === undefined) {
			this.#emit({ nextAttemptAt: undefined });
			return;
		}
		const now = this.#now();
		let at = Math.max(next, this.#blockedUntil);
		// Offline: the `online` event wakes us; look now and then in case the device is wrong.
		if (!this.#isOnline()) at = Math.max(at, now + this.#backoff.capMs);
		this.#setTimer(at - now);
	}

	#setTimer(ms: number): void {
		this.#clearTimer();
		if (this.#stopped) return;
		const delay = Math.max(250, ms);
		this.#emit({ nextAttemptAt: this.#now() + delay });
		this.#timer = this.#timers.set(() => {
			this.#timer = undefined;
			void this.sync('timer');
		}, delay);
	}

	#clearTimer(): void {
		if (this.#timer !== undefined) this.#timers.clear(this.#timer);
		this.#timer = undefined;
	}

	#emit(change: Partial<SyncState>): void {
		this.#state = { ...this.#state, ...change, ...this.#snapshot };
		for (const listener of this.#listeners) listener(this.#state);
	}
}

function groupByKind(items: QueuedItem[]): Map<string, QueuedItem[]> {
	const groups = new Map<string, QueuedItem[]>();
	for (const item of items) {
		const group = groups.get(item.kind);
		if (group) group.push(item);
		else groups.set(item.kind, [item]);
	}
	return groups;
}
