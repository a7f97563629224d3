// What a voter fills in per method, and the method's rules checked on the device so the voter
// hears about a mistake before anything is sent. The rules mirror private.canonical_ballot in
// supabase/migrations/20261201000400_voting.sql; the server stays the judge.

export type VoteMethod = 'points' | 'ranking' | 'pairwise';

export type Texts = Record<string, string>;

export interface VoteOption {
	value: string;
	label: Texts;
}

/** A round as `get_ballot` returns it. */
export interface VoteRound {
	id: string;
	title: Texts;
	method: VoteMethod;
	options: VoteOption[];
	opens_at: string;
	closes_at: string;
	status: 'draft' | 'open' | 'closed';
}

export interface Pair {
	winner: string;
	loser: string;
}

export type PointsBallot = { points: Record<string, number> };
export type RankingBallot = { ranking: string[] };
export type PairwiseBallot = { pairs: Pair[] };
export type Ballot = PointsBallot | RankingBallot | PairwiseBallot;

export const TOTAL_POINTS = 10;
export const MAX_PAIRS = 200;
export const METHODS: readonly VoteMethod[] = ['points', 'ranking', 'pairwise'];

export type BallotProblem =
	| 'unknown_option'
	| 'not_whole_number'
	| 'too_many_points'
	| 'too_few_points'
	| 'ranking_incomplete'
	| 'ranking_too_long'
	| 'duplicate_option'
	| 'no_pairs'
	| 'too_many_pairs'
	| 'same_option'
	| 'wrong_method';

export type BallotCheck = { ok: true; ballot: Ballot } | { ok: false; problem: BallotProblem };

/** How many places a ranking ballot fills: the top 3, or all options when there are fewer. */
export function rankingSize(options: readonly VoteOption[]): number {
	return Math.min(3, options.length);
}

/** An empty ballot for a method: where a voter starts. */
export function emptyBallot(method: VoteMethod): Ballot {
	if (method === 'points') return { points: {} };
	if (method === 'ranking') return { ranking: [] };
	return { pairs: [] };
}

export function isPointsBallot(ballot: Ballot): ballot is PointsBallot {
	return 'points' in ballot;
}
export function isRankingBallot(ballot: Ballot): ballot is RankingBallot {
	return 'ranking' in ballot;
}
export function isPairwiseBallot(ballot: Ballot): ballot is PairwiseBallot {
	return 'pairs' in ballot;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks a ballot against the method's rules; on success gives the form that is sent. */
export function checkBallot(
	method: VoteMethod,
	options: readonly VoteOption[],
	ballot: unknown
): BallotCheck {
	const known = new Set(options.map((o) => o.value));
	if (!isObject(ballot)) return { ok: false, problem: 'wrong_method' };
	if (method === 'points') return checkPoints(known, ballot.points);
	if (method === 'ranking') return checkRanking(known, rankingSize(options), ballot.ranking);
	if (method === 'pairwise') return checkPairs(known, ballot.pairs);
	return { ok: false, problem: 'wrong_method' };
}

function checkPoints(known: Set<string>, points: unknown): BallotCheck {
	if (!isObject(points)) return { ok: false, problem: 'wrong_method' };
	const given: Record<string, number> = {};
	let sum = 0;
	for (const [option, value] of Object.entries(points)) {
		if (!known.has(option)) return { ok: false, problem: 'unknown_option' };
		if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
			return { ok: false, problem: 'not_whole_number' };
		}
		sum += value;
		if (value > 0) given[option] = value;
	}
	if (sum > TOTAL_POINTS) return { ok: false, problem: 'too_many_points' };
	if (sum < TOTAL_POINTS) return { ok: false, problem: 'too_few_points' };
	return { ok: true, ballot: { points: given } };
}

function checkRanking(known: Set<string>, size: number, ranking: unknown): BallotCheck {
	if (!Array.isArray(ranking) || ranking.some((r) => typeof r !== 'string')) {
		return { ok: false, problem: 'wrong_method' };
	}
	const list = ranking as string[];
	if (list.some((r) => !known.has(r))) return { ok: false, problem: 'unknown_option' };
	if (new Set(list).size !== list.length) return { ok: false, problem: 'duplicate_option' };
	if (list.length < size) return { ok: false, problem: 'ranking_incomplete' };
	if (list.length > size) return { ok: false, problem: 'ranking_too_long' };
	return { ok: true, ballot: { ranking: [...list] } };
}

function checkPairs(known: Set<string>, pairs: unknown): BallotCheck {
	if (!Array.isArray(pairs)) return { ok: false, problem: 'wrong_method' };
	if (pairs.length === 0) return { ok: false, problem: 'no_pairs' };
	if (pairs.length > MAX_PAIRS) return { ok: false, problem: 'too_many_pairs' };
	const clean: Pair[] = [];
	for (const pair of pairs) {
		if (!isObject(pair) || typeof pair.winner !== 'string' || typeof pair.loser !== 'string') {
			return { ok: false, problem: 'wrong_method' };
		}
		if (!known.has(pair.winner) || !known.has(pair.loser)) {
			return { ok: false, problem: 'unknown_option' };
		}
		if (pair.winner === pair.loser) return { ok: false, problem: 'same_option' };
		clean.push({ winner: pair.winner, loser: pair.loser });
	}
	return { ok: true, ballot: { pairs: clean } };
}

// ------------------------------------------------------------------ points

export function pointsUsed(points: Record<string, number>): number {
	return Object.values(points).reduce((sum, n) => sum + n, 0);
}

export function pointsLeft(points: Record<string, number>): number {
	return TOTAL_POINTS - pointsUsed(points);
}

/** One point more (or `delta` less when negative) for an option, never below 0 nor above 10 in all. */
export function changePoints(
	points: Record<string, number>,
	option: string,
	delta: number
): Record<string, number> {
	const current = points[option] ?? 0;
	const room = pointsLeft(points);
	const next = Math.max(0, current + Math.min(delta, room));
	const result = { ...points };
	if (next > 0) result[option] = next;
	else delete result[option];
	return result;
}

// ------------------------------------------------------------------ ranking

/** Puts an option on the first free place; an option already placed or a full top stays as it is. */
export function placeOption(ranking: string[], option: string, size: number): string[] {
	if (ranking.includes(option) || ranking.length >= size) return ranking;
	return [...ranking, option];
}

export function removeOption(ranking: string[], option: string): string[] {
	return ranking.filter((r) => r !== option);
}

/** Moves an option one place up (-1) or down (+1); at the edge nothing changes. */
export function moveOption(ranking: string[], option: string, step: -1 | 1): string[] {
	const from = ranking.indexOf(option);
	const to = from + step;
	if (from < 0 || to < 0 || to >= ranking.length) return ranking;
	const next = [...ranking];
	[next[from], next[to]] = [next[to], next[from]];
	return next;
}
