// The words the sync engine and its parts share (design §5). Plain types: no Dexie, no supabase-js.

/** What the server said about one item of a batch (`submit_responses`, `cast_votes`). */
export interface ItemResult {
	id: string | null;
	status: 'stored' | 'duplicate' | 'rejected';
	reason?: string | null;
}

/** Why a whole request failed. Every one of these keeps the items in the outbox. */
export type SendFailure =
	| { type: 'network' }
	| { type: 'timeout' }
	/** An HTTP answer without per-item results; `hint` is the server's reason code when it gave one. */
	| { type: 'http'; status: number; hint?: string; retryAfterMs?: number };

export type BatchReply = { ok: true; results: ItemResult[] } | { ok: false; failure: SendFailure };

/** Sends one batch of one kind of item; must honour `signal` (the engine aborts it on its timeout). */
export type BatchSender = (payloads: unknown[], signal: AbortSignal) => Promise<BatchReply>;

/** A kind of item the outbox carries (a finished scan, a vote), registered once at start. */
export interface ItemKind {
	/** Sends a batch of this kind's payloads. */
	send: BatchSender;
	/** The scan or round an item belongs to, kept on its receipt. */
	subjectId(payload: unknown): string;
}

/** The transport the engine talks to: one batch of one kind per call. */
export interface Transport {
	send(kind: string, payloads: unknown[], signal: AbortSignal): Promise<BatchReply>;
}

/** One item waiting in the outbox, as the engine sees it. */
export interface QueuedItem {
	id: string;
	kind: string;
	payload: unknown;
	attempts: number;
	nextAttemptAt: number;
}

export interface RejectedItem {
	id: string;
	kind: string;
	reason: string;
	subjectId?: string;
}

/** What the outbox holds right now (the same in every tab: read from IndexedDB). */
export interface OutboxSnapshot {
	pending: number;
	rejected: RejectedItem[];
	/** When the server last confirmed an item (ms since epoch). */
	lastSuccessAt?: number;
}

/** Where the engine keeps and updates items; `lib/db/outbox.ts` is the real one. */
export interface OutboxStore {
	/** Pending items due at `now`, oldest first. */
	due(now: number, limit: number): Promise<QueuedItem[]>;
	/** When the next pending item becomes due, if any is pending. */
	nextDueAt(): Promise<number | undefined>;
	/** Makes every pending item due now (the network came back, or the child asked). */
	makeAllDue(now: number): Promise<void>;
	/** The server has these: remove them from the outbox and write their receipts, in one transaction. */
	acknowledge(items: QueuedItem[], receivedAt: number): Promise<void>;
	/** The server refused these for good: they stay, with their reason. */
	reject(items: { item: QueuedItem; reason: string }[]): Promise<void>;
	/** Try again later: one more attempt counted, next try after `delay(attempts)` ms. */
	postpone(items: QueuedItem[], now: number, delay: (attempts: number) => number): Promise<void>;
	/** Calls `listener` with the current snapshot and again whenever it changes (any tab). */
	observe(listener: (snapshot: OutboxSnapshot) => void): () => void;
}

/** Runs `task` while holding the one sync lock of this origin, or reports that another holder has it. */
export type SyncLock = <T>(
	task: () => Promise<T>
) => Promise<{ acquired: true; value: T } | { acquired: false }>;

export type StorageHealth = 'ok' | 'unavailable' | 'full';

/** Why the engine runs: each trigger of design §5.3. */
export type SyncTrigger =
	'start' | 'online' | 'visible' | 'timer' | 'queued' | 'background' | 'manual';

export interface SyncState extends OutboxSnapshot {
	/** The outbox has been read; before that the counts say nothing. */
	known: boolean;
	syncing: boolean;
	/** The device says it is offline, or the last attempt could not reach the server. */
	offline: boolean;
	/** Last failure of a whole request, for the record; items keep their own. */
	lastFailure?: SendFailure['type'];
	/** When the engine will try again by itself. */
	nextAttemptAt?: number;
}
