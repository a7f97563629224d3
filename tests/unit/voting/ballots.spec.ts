// Ballots on the device: opened once, voted offline, cast into the outbox under the vote id the
// ballot got when it was first opened, and followed until the server has the vote.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	castVote,
	readBallot,
	saveDraft,
	saveOpenedBallot,
	watchBallot,
	watchBallots
} from '$lib/db/ballots';
import { RechtOpDb } from '$lib/db/db';
import { createOutboxStore } from '$lib/db/outbox';
import { SyncEngine } from '$lib/sync/engine';
import type { BatchReply, ItemResult, SyncLock } from '$lib/sync/types';
import type { VoteRound } from '$lib/voting/ballot';
import { voteState, type BallotView } from '$lib/voting/status';

const round: VoteRound = {
	id: '00000000-0000-4000-8000-000000006001',
	title: { nl: 'Welke thema’s zijn het belangrijkst?' },
	method: 'points',
	options: ['a', 'b', 'c'].map((value) => ({ value, label: { nl: value.toUpperCase() } })),
	opens_at: '2026-01-01T00:00:00Z',
	closes_at: '2999-01-01T00:00:00Z',
	status: 'open'
};
const empty = { ballot: { points: {} } };

let database: RechtOpDb;
let n = 0;
beforeEach(() => {
	database = new RechtOpDb(`ballots-test-${++n}-${Date.now()}`);
});
afterEach(async () => {
	database.close();
	await database.delete();
});

/** The next view the watcher reports that satisfies `ready`. */
function nextView(code: string, ready: (view: BallotView) => boolean): Promise<BallotView> {
	return new Promise((resolve) => {
		const stop = watchBallot(
			code,
			(view) => {
				if (view && ready(view)) {
					setTimeout(stop);
					resolve(view);
				}
			},
			undefined,
			database
		);
	});
}

describe('a ballot on the device', () => {
	it('keeps its vote id and draft when opened again, and takes the newer round', async () => {
		const first = await saveOpenedBallot('DEMACCCC', round, false, empty, database);
		expect(first.voteId).toMatch(/^[0-9a-f-]{36}$/);
		expect(await saveDraft('DEMACCCC', { ballot: { points: { a: 4 } } }, database)).toBe(true);
		const later = { ...round, closes_at: '2998-01-01T00:00:00Z' };
		const again = await saveOpenedBallot('DEMACCCC', later, false, empty, database);
		expect(again.voteId).toBe(first.voteId);
		expect(again.draft).toEqual({ ballot: { points: { a: 4 } } });
		expect(again.round.closes_at).toBe('2998-01-01T00:00:00Z');
	});

	it('is "used" when the server says so before this device voted with it', async () => {
		await saveOpenedBallot('DEMADDDD', round, true, empty, database);
		const view = await nextView('DEMADDDD', () => true);
		expect(voteState(view)).toBe('used');
	});

	it('casts once: the vote joins the outbox with the ballot code, and the ballot is frozen', async () => {
		const { voteId } = await saveOpenedBallot('DEMAEEEE', round, false, empty, database);
		const ballot = { points: { a: 6, b: 4 } };
		const payload = await castVote(
			'DEMAEEEE',
			ballot,
			database,
			Date.parse('2026-12-01T10:00:00Z')
		);
		expect(payload).toEqual({
			id: voteId,
			round_id: round.id,
			ballot_code: 'DEMAEEEE',
			ballot,
			cast_at: '2026-12-01T10:00:00.000Z'
		});
		expect(await castVote('DEMAEEEE', { points: { c: 10 } }, database)).toBeUndefined();
		expect(await saveDraft('DEMAEEEE', { ballot: { points: { c: 10 } } }, database)).toBe(false);
		const items = await database.outbox.toArray();
		expect(items).toHaveLength(1);
		expect(items[0]).toMatchObject({ id: voteId, kind: 'vote', state: 'pending', payload });
		expect((await readBallot('DEMAEEEE', database))?.draft.ballot).toEqual(ballot);
		// The server's word on an earlier opening no longer changes a ballot voted with here.
		await saveOpenedBallot('DEMAEEEE', round, true, empty, database);
		const view = await nextView('DEMAEEEE', () => true);
		expect(voteState(view)).toBe('waiting');
	});

	it('lists every ballot opened here, newest first', async () => {
		await saveOpenedBallot('DEMAAAAA', round, false, empty, database, 1);
		await saveOpenedBallot('DEMACCCC', round, false, empty, database, 2);
		const views = await new Promise<BallotView[]>((resolve) => {
			const stop = watchBallots(
				(list) => {
					setTimeout(stop);
					resolve(list);
				},
				undefined,
				database
			);
		});
		expect(views.map((v) => v.code)).toEqual(['DEMACCCC', 'DEMAAAAA']);
	});
});

/** A server with the one-vote-per-ballot rules of cast_votes. */
class BallotServer {
	votes = new Map<string, { ballotCode: string; content: string }>();
	handle(payloads: unknown[]): ItemResult[] {
		return payloads.map((p) => {
			const item = p as { id: string; ballot_code: string; ballot: unknown };
			const content = JSON.stringify(item.ballot);
			const known = this.votes.get(item.id);
			if (known) {
				return known.content === content && known.ballotCode === item.ballot_code
					? { id: item.id, status: 'duplicate' }
					: { id: item.id, status: 'rejected', reason: 'conflict' };
			}
			if ([...this.votes.values()].some((v) => v.ballotCode === item.ballot_code)) {
				return { id: item.id, status: 'rejected', reason: 'ballot_used' };
			}
			this.votes.set(item.id, { ballotCode: item.ballot_code, content });
			return { id: item.id, status: 'stored' };
		});
	}
}

const lock: SyncLock = async (task) => ({ acquired: true, value: await task() });

function engineFor(db: RechtOpDb, send: (payloads: unknown[]) => BatchReply) {
	return new SyncEngine({
		store: createOutboxStore(db, (_kind, payload) => (payload as { round_id: string }).round_id),
		transport: { send: async (_kind, payloads) => send(payloads) },
		lock,
		backoffBaseMs: 1,
		backoffCapMs: 1
	});
}

describe('a cast vote and the sync engine', () => {
	it('is counted once when the first reply is lost, and the ballot shows the receipt', async () => {
		const server = new BallotServer();
		await saveOpenedBallot('DEMAFFFF', round, false, empty, database);
		await castVote('DEMAFFFF', { points: { c: 10 } }, database);
		let calls = 0;
		const engine = engineFor(database, (payloads) => {
			const results = server.handle(payloads);
			// The first time the server stores the vote but the answer never arrives.
			return ++calls === 1 ? { ok: false, failure: { type: 'network' } } : { ok: true, results };
		});
		await engine.sync('manual');
		expect(voteState(await nextView('DEMAFFFF', () => true))).toBe('waiting');
		await engine.sync('manual');
		engine.stop();
		expect(calls).toBe(2);
		expect(server.votes.size).toBe(1);
		const view = await nextView('DEMAFFFF', (v) => v.receivedAt !== undefined);
		expect(voteState(view)).toBe('counted');
		expect(await database.outbox.count()).toBe(0);
		expect(await database.receipts.get(view.voteId)).toMatchObject({
			kind: 'vote',
			subjectId: round.id
		});
	});

	it('shows ballot_used when another device voted with the same code first', async () => {
		const server = new BallotServer();
		server.handle([
			{ id: crypto.randomUUID(), ballot_code: 'DEMAGGGG', ballot: { points: { a: 10 } } }
		]);
		await saveOpenedBallot('DEMAGGGG', round, false, empty, database);
		await castVote('DEMAGGGG', { points: { b: 10 } }, database);
		const engine = engineFor(database, (payloads) => ({
			ok: true,
			results: server.handle(payloads)
		}));
		await engine.sync('manual');
		engine.stop();
		const view = await nextView('DEMAGGGG', (v) => v.rejectedReason !== undefined);
		expect(voteState(view)).toBe('rejected');
		expect(view.rejectedReason).toBe('ballot_used');
		expect(server.votes.size).toBe(1);
	});
});
