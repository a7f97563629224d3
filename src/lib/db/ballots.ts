// Ballots opened on this device (the `ballots` store): the round as `get_ballot` gave it, so the
// vote can be made and cast offline, and the vote being made. Casting moves the vote into the
// outbox in the same transaction, under the vote id the ballot got when it was first opened:
// however often it is sent, the server counts it once.
import { liveQuery, type Table } from 'dexie';
import type { Ballot, VoteRound } from '$lib/voting/ballot';
import type { BallotDraft, BallotView } from '$lib/voting/status';
import { db, type BallotRecord, type OutboxItem, type RechtOpDb } from './db';

/** What the store keeps per ballot (the schema's BallotRecord, typed for voting). */
export type StoredBallot = BallotRecord & {
	round: VoteRound;
	draft: BallotDraft;
	castAt?: number;
	usedElsewhere?: boolean;
};

/** The payload of a `cast_votes` batch item (design §4, the RPC contract). */
export interface VotePayload extends Record<string, unknown> {
	id: string;
	round_id: string;
	ballot_code: string;
	ballot: Ballot;
	cast_at: string;
}

const ballots = (database: RechtOpDb) => database.ballots as unknown as Table<StoredBallot, string>;

/**
 * Keeps the ballot and its round on the device. A ballot seen before keeps its vote id and draft;
 * only the round is refreshed. `used` (the server's word) counts only while this device has not
 * cast a vote with the ballot itself.
 */
export async function saveOpenedBallot(
	code: string,
	round: VoteRound,
	used: boolean,
	emptyDraft: BallotDraft,
	database: RechtOpDb = db(),
	now = Date.now()
): Promise<StoredBallot> {
	return database.transaction('rw', database.ballots, async () => {
		const existing = await ballots(database).get(code);
		const record: StoredBallot = existing
			? {
					...existing,
					round,
					usedElsewhere: existing.castAt === undefined ? used : existing.usedElsewhere
				}
			: {
					code,
					round,
					draft: emptyDraft,
					voteId: crypto.randomUUID(),
					openedAt: now,
					usedElsewhere: used
				};
		await ballots(database).put(record);
		return record;
	});
}

export function readBallot(code: string, database: RechtOpDb = db()) {
	return ballots(database).get(code);
}

/** Keeps the vote being made; a ballot already cast is left as it was. */
export async function saveDraft(
	code: string,
	draft: BallotDraft,
	database: RechtOpDb = db()
): Promise<boolean> {
	return database.transaction('rw', database.ballots, async () => {
		const existing = await ballots(database).get(code);
		if (!existing || existing.castAt !== undefined) return false;
		await ballots(database).update(code, { draft });
		return true;
	});
}

/**
 * Casts the vote: the ballot is frozen and the vote joins the outbox, in one transaction. Casting
 * twice queues nothing new. Returns the queued payload, or undefined when nothing was queued.
 */
export async function castVote(
	code: string,
	ballot: Ballot,
	database: RechtOpDb = db(),
	now = Date.now()
): Promise<VotePayload | undefined> {
	return database.transaction('rw', database.ballots, database.outbox, async () => {
		const existing = await ballots(database).get(code);
		if (!existing || existing.castAt !== undefined) return undefined;
		const payload: VotePayload = {
			id: existing.voteId,
			round_id: existing.round.id,
			ballot_code: code,
			ballot,
			cast_at: new Date(now).toISOString()
		};
		const item: OutboxItem = {
			id: existing.voteId,
			kind: 'vote',
			payload,
			queuedAt: now,
			attempts: 0,
			nextAttemptAt: now,
			state: 'pending'
		};
		await database.outbox.put(item);
		await ballots(database).update(code, { castAt: now, draft: { ...existing.draft, ballot } });
		return payload;
	});
}

async function viewOf(record: StoredBallot, database: RechtOpDb): Promise<BallotView> {
	const [queued, receipt] = await Promise.all([
		database.outbox.get(record.voteId),
		database.receipts.get(record.voteId)
	]);
	return {
		code: record.code,
		round: record.round,
		draft: record.draft,
		voteId: record.voteId,
		openedAt: record.openedAt,
		castAt: record.castAt,
		usedElsewhere: record.usedElsewhere,
		queued: queued !== undefined,
		rejectedReason: queued?.state === 'rejected' ? (queued.reason ?? 'unknown') : undefined,
		receivedAt: receipt?.receivedAt
	};
}

/** Calls `listener` with the ballot and its vote's progress now and on every change (any tab). */
export function watchBallot(
	code: string,
	listener: (view: BallotView | undefined) => void,
	onError: (error: unknown) => void = () => undefined,
	database: RechtOpDb = db()
): () => void {
	const subscription = liveQuery(async () => {
		const record = await ballots(database).get(code);
		return record ? viewOf(record, database) : undefined;
	}).subscribe({ next: listener, error: onError });
	return () => subscription.unsubscribe();
}

/** Every ballot opened on this device, newest first, kept current. */
export function watchBallots(
	listener: (views: BallotView[]) => void,
	onError: (error: unknown) => void = () => undefined,
	database: RechtOpDb = db()
): () => void {
	const subscription = liveQuery(async () => {
		const records = await ballots(database).toArray();
		records.sort((a, b) => b.openedAt - a.openedAt);
		return Promise.all(records.map((record) => viewOf(record, database)));
	}).subscribe({ next: listener, error: onError });
	return () => subscription.unsubscribe();
}
