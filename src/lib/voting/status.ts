// Where a ballot opened on this device stands, from what the device knows: the ballot, its vote in
// the outbox (waiting or refused) and the receipt the sync engine writes once the server has it.
import type { Ballot, VoteRound } from './ballot';

export type VoteState = 'not_voted' | 'used' | 'closed' | 'waiting' | 'counted' | 'rejected';

/** A ballot as this device keeps it (lib/db/ballots.ts), with its vote's progress. */
export interface BallotView {
	/** The normalized code. */
	code: string;
	round: VoteRound;
	/** The vote being made; frozen once cast. */
	draft: BallotDraft;
	/** Generated when the ballot was first opened here; the vote is sent under this id. */
	voteId: string;
	openedAt: number;
	/** When the voter sent the vote into the outbox. */
	castAt?: number;
	/** The server said the ballot was used before this device cast a vote with it. */
	usedElsewhere?: boolean;
	/** The vote waits in the outbox. */
	queued?: boolean;
	/** The server refused the vote for good, with this reason. */
	rejectedReason?: string;
	/** The server has the vote (from the receipt). */
	receivedAt?: number;
}

/** The vote being made, kept on the device after each change. */
export type BallotDraft = {
	ballot: Ballot;
	/** Pairwise: pairs the voter skipped (pair keys), so they come back last. */
	skipped?: string[];
};

export function voteState(view: BallotView, now = Date.now()): VoteState {
	if (view.receivedAt !== undefined) return 'counted';
	if (view.rejectedReason !== undefined) return 'rejected';
	if (view.castAt !== undefined) return view.queued === false ? 'rejected' : 'waiting';
	if (view.usedElsewhere) return 'used';
	if (view.round.status === 'closed' || Date.parse(view.round.closes_at) <= now) return 'closed';
	return 'not_voted';
}

/** Whether the voter may still change and cast the vote on this device. */
export function canVote(view: BallotView, now = Date.now()): boolean {
	return voteState(view, now) === 'not_voted';
}
