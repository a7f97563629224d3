import { describe, expect, it } from 'vitest';
import type { VoteRound } from '$lib/voting/ballot';
import { canVote, voteState, type BallotView } from '$lib/voting/status';

const round: VoteRound = {
	id: 'r',
	title: { nl: 'R' },
	method: 'points',
	options: [],
	opens_at: '2026-01-01T00:00:00Z',
	closes_at: '2026-02-01T00:00:00Z',
	status: 'open'
};
const view = (extra: Partial<BallotView> = {}): BallotView => ({
	code: 'DEMACCCC',
	round,
	draft: { ballot: { points: {} } },
	voteId: 'v',
	openedAt: 0,
	...extra
});
const during = Date.parse('2026-01-15T00:00:00Z');
const after = Date.parse('2026-03-01T00:00:00Z');

describe('where a ballot on this device stands', () => {
	it('follows the vote from the outbox to the receipt', () => {
		expect(voteState(view(), during)).toBe('not_voted');
		expect(voteState(view({ castAt: 1, queued: true }), during)).toBe('waiting');
		expect(
			voteState(view({ castAt: 1, queued: true, rejectedReason: 'ballot_used' }), during)
		).toBe('rejected');
		expect(voteState(view({ castAt: 1, queued: false, receivedAt: 2 }), during)).toBe('counted');
	});

	it('keeps waiting after the round closed: the server decides about the grace period', () => {
		expect(voteState(view({ castAt: 1, queued: true }), after)).toBe('waiting');
	});

	it('says used or closed only while this device has not voted', () => {
		expect(voteState(view({ usedElsewhere: true }), during)).toBe('used');
		expect(voteState(view(), after)).toBe('closed');
		expect(voteState(view({ round: { ...round, status: 'closed' } }), during)).toBe('closed');
		expect(canVote(view(), during)).toBe(true);
		expect(canVote(view({ usedElsewhere: true }), during)).toBe(false);
		expect(canVote(view({ castAt: 1, queued: true }), during)).toBe(false);
	});
});
