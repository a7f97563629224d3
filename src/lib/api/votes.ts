// Youth-panel voting on the server: open a ballot and read results. Votes are sent only by the
// sync engine (outbox item kind `vote`, see lib/sync/app.ts).
// Ballot codes travel in the request body (POST), never in a URL.
import type { VoteRound } from '$lib/voting/ballot';
import type { RoundResults } from '$lib/voting/results';
import { askedEarly } from './early';
import { anonRpc } from './rest';

export type BallotError =
	'invalid_code' | 'ballot_not_found' | 'round_not_open' | 'round_closed' | 'network' | 'unknown';

export type ResultsError = 'round_not_found' | 'round_not_closed' | 'network' | 'unknown';

export type Answer<T, E> = { ok: true; value: T } | { ok: false; error: E };

interface RpcError {
	hint?: string | null;
	message?: string;
}

function reason<E extends string>(
	error: RpcError,
	status: number,
	known: readonly E[]
): E | 'network' | 'unknown' {
	const hint = (error.hint ?? '') as E;
	if (known.includes(hint)) return hint;
	if (status === 0) return 'network';
	return 'unknown';
}

/** The ballot's round (with its options in every language) and whether the ballot was used. */
export async function getBallot(
	code: string
): Promise<Answer<{ round: VoteRound; used: boolean }, BallotError>> {
	try {
		const { data, error, status } = await anonRpc('get_ballot', { p_ballot_code: code });
		if (error) {
			const known = ['invalid_code', 'ballot_not_found', 'round_not_open', 'round_closed'] as const;
			return { ok: false, error: reason(error, status, known) };
		}
		return { ok: true, value: data as { round: VoteRound; used: boolean } };
	} catch {
		// The supabase-js chunk itself could not be loaded (offline before it was cached).
		return { ok: false, error: 'network' };
	}
}

/** The tally of a closed round. */
export async function getRoundResults(
	roundId: string
): Promise<Answer<RoundResults, ResultsError>> {
	try {
		const { data, error, status } = await anonRpc('round_results', { p_round_id: roundId });
		if (error) {
			const known = ['round_not_found', 'round_not_closed'] as const;
			return { ok: false, error: reason(error, status, known) };
		}
		return { ok: true, value: data as RoundResults };
	} catch {
		return { ok: false, error: 'network' };
	}
}

/** The ballot page asks for its ballot while the page loads (see `./early`). */
export const earlyBallot = askedEarly(getBallot);
