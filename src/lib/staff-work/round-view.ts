// What the round results page shows: the columns of figures per method, bar lengths and ties.
import type { RankedOption, RoundResults, VoteMethod } from '$lib/api/rounds-admin';

export type FigureKey =
	| 'points'
	| 'voters'
	| 'first_place'
	| 'second_place'
	| 'third_place'
	| 'wins'
	| 'losses'
	| 'comparisons';

/** The figures behind the score of each method (the score itself is shown apart), in order. */
export const figureColumns: Record<VoteMethod, FigureKey[]> = {
	points: ['voters'],
	ranking: ['first_place', 'second_place', 'third_place'],
	pairwise: ['wins', 'losses', 'comparisons']
};

/** Bar length (0–1) of each option: its score against the highest, or the score itself (pairwise). */
export function barFraction(
	method: VoteMethod,
	option: RankedOption,
	ranking: RankedOption[]
): number {
	if (method === 'pairwise') return Math.min(1, Math.max(0, option.score));
	const top = Math.max(0, ...ranking.map((o) => o.score));
	return top > 0 ? option.score / top : 0;
}

export interface Tie {
	rank: number;
	options: RankedOption[];
}

/** The places shared by more than one option, with the options in the order of the ranking. */
export function tiesOf(results: Pick<RoundResults, 'ranking' | 'ties'>): Tie[] {
	const byValue = new Map(results.ranking.map((o) => [o.option, o]));
	return results.ties
		.map((group) => group.map((value) => byValue.get(value)).filter((o) => o !== undefined))
		.filter((options) => options.length > 1)
		.map((options) => ({ rank: options[0].rank, options }));
}

/** Options that got nothing at all: every figure 0 (pairwise: never compared). */
export function untouched(method: VoteMethod, option: RankedOption): boolean {
	return method === 'pairwise' ? (option.comparisons ?? 0) === 0 : option.score === 0;
}
