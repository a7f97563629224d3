import { describe, expect, it } from 'vitest';
import { isRoundId, placeRows, winRatePercent, type ResultRow } from '$lib/voting/results';

const row = (rank: number, option: string, score: number): ResultRow => ({
	rank,
	option,
	label: { nl: option },
	score
});

describe('results rows', () => {
	it('marks shared places and gives bars relative to the top score', () => {
		const rows = placeRows([row(3, 'c', 6), row(1, 'a', 12), row(1, 'b', 12), row(4, 'd', 0)]);
		expect(rows.map((r) => [r.option, r.rank, r.shared, r.share])).toEqual([
			['a', 1, true, 1],
			['b', 1, true, 1],
			['c', 3, false, 0.5],
			['d', 4, false, 0]
		]);
	});

	it('gives empty bars when nobody voted', () => {
		expect(placeRows([row(1, 'a', 0), row(1, 'b', 0)]).map((r) => r.share)).toEqual([0, 0]);
	});

	it('shows a win rate as a percentage with one decimal', () => {
		expect(winRatePercent(0.5)).toBe(50);
		expect(winRatePercent(0.666667)).toBe(66.7);
		expect(winRatePercent(0.0625)).toBe(6.3);
	});

	it('knows a round id from anything else', () => {
		expect(isRoundId('00000000-0000-4000-8000-000000006002')).toBe(true);
		expect(isRoundId('6002')).toBe(false);
		expect(isRoundId("x' or 1=1")).toBe(false);
	});
});
