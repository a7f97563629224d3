// The shape of `round_results` (supabase/migrations/20261201000400_voting.sql) and what the
// results page derives from it. Ranks come from the server: equal scores share a rank.
import type { Texts, VoteMethod } from './ballot';

export interface ResultRow {
	rank: number;
	option: string;
	label: Texts;
	score: number;
	/** points: points and voters; ranking: points, first/second/third_place; pairwise: wins, losses, comparisons. */
	points?: number;
	voters?: number;
	first_place?: number;
	second_place?: number;
	third_place?: number;
	wins?: number;
	losses?: number;
	comparisons?: number;
}

export interface RoundResults {
	round: {
		id: string;
		title: Texts;
		method: VoteMethod;
		status: 'draft' | 'open' | 'closed';
		opens_at: string;
		closes_at: string;
	};
	/** False while votes cast before closing may still arrive (the grace period). */
	final: boolean;
	ballots_cast: number;
	ranking: ResultRow[];
	ties: string[][];
}

export interface PlacedRow extends ResultRow {
	/** More than one option holds this rank. */
	shared: boolean;
	/** The bar's length: score relative to the highest score, 0–1. */
	share: number;
}

/** Rows in ranking order with ties marked and bar lengths. */
export function placeRows(ranking: readonly ResultRow[]): PlacedRow[] {
	const perRank = new Map<number, number>();
	for (const row of ranking) perRank.set(row.rank, (perRank.get(row.rank) ?? 0) + 1);
	const max = Math.max(0, ...ranking.map((r) => r.score));
	return [...ranking]
		.sort((a, b) => a.rank - b.rank)
		.map((row) => ({
			...row,
			shared: (perRank.get(row.rank) ?? 0) > 1,
			share: max > 0 ? Math.max(0, row.score) / max : 0
		}));
}

/** The pairwise score (a win rate between 0 and 1) as a percentage with one decimal. */
export function winRatePercent(score: number): number {
	return Math.round(score * 1000) / 10;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isRoundId(value: string): boolean {
	return UUID.test(value);
}
