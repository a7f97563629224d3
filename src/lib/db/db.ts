// The device database (IndexedDB through Dexie). Only modules in lib/db touch these tables;
// everything else calls the small repository module of a store.
import Dexie, { type EntityTable } from 'dexie';

/** A scan as `get_scan` returned it when the child joined; answerable offline from then on. */
export interface JoinedScan {
	id: string;
	joinKey: string;
	scan: unknown;
	joinedAt: number;
}

/** Answers being given: written the moment each answer is given. */
export interface Draft {
	/** The response id, generated on the device when the draft is made; it is sent with the answers. */
	id: string;
	scanId: string;
	ageBand?: string;
	locale: string;
	answers: Record<string, unknown>;
	/** Index of the question on screen, to resume at the same place. */
	position: number;
	startedAt: number;
	updatedAt: number;
}

/** Something waiting to be sent: a finished scan or a cast vote. */
export interface OutboxItem {
	id: string;
	kind: 'response' | 'vote';
	/** The item exactly as it is sent to the server (`submit_responses` / `cast_votes` batch item). */
	payload: Record<string, unknown>;
	queuedAt: number;
	attempts: number;
	nextAttemptAt: number;
	/** `rejected` items stay, with their reason, until the child or a fix clears them. */
	state: 'pending' | 'rejected';
	reason?: string;
	lastError?: string;
}

/** Proof that the server has an item. */
export interface Receipt {
	id: string;
	kind: 'response' | 'vote';
	/** Scan id or round id. */
	subjectId: string;
	receivedAt: number;
}

/** A ballot opened on this device, with the vote being prepared. */
export interface BallotRecord {
	code: string;
	round: unknown;
	draft: Record<string, unknown>;
	voteId: string;
	openedAt: number;
}

/** What the child has seen while learning (themes, videos); never leaves the device. */
export interface ProgressRecord {
	key: string;
	seenAt: number;
}

export interface Setting {
	key: string;
	value: unknown;
}

export class RechtOpDb extends Dexie {
	scans!: EntityTable<JoinedScan, 'id'>;
	drafts!: EntityTable<Draft, 'id'>;
	outbox!: EntityTable<OutboxItem, 'id'>;
	receipts!: EntityTable<Receipt, 'id'>;
	ballots!: EntityTable<BallotRecord, 'code'>;
	progress!: EntityTable<ProgressRecord, 'key'>;
	settings!: EntityTable<Setting, 'key'>;

	constructor(name = 'rechtop') {
		super(name);
		this.version(1).stores({
			scans: 'id, &joinKey',
			drafts: 'id, scanId',
			outbox: 'id, kind, state, nextAttemptAt',
			receipts: 'id, kind, subjectId',
			ballots: 'code, voteId',
			progress: 'key',
			settings: 'key'
		});
		// Version 2: the sync engine finds due items through one index, however many were rejected.
		this.version(2).stores({
			outbox: 'id, kind, state, nextAttemptAt, [state+nextAttemptAt]'
		});
	}
}

let instance: RechtOpDb | undefined;

/** The app's database, opened on first use. */
export function db(): RechtOpDb {
	instance ??= new RechtOpDb();
	return instance;
}
