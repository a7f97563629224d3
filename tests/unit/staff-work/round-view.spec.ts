import { describe, expect, it } from 'vitest';
import type { RankedOption } from '../../../src/lib/api/rounds-admin';
import {
	barFraction,
	figureColumns,
	tiesOf,
	untouched
} from '../../../src/lib/staff-work/round-view';

const option = (
	option: string,
	rank: number,
	score: number,
	extra: Partial<RankedOption> = {}
) => ({
	option,
	rank,
	score,
	label: { nl: option.toUpperCase() },
	...extra
});

describe('round results view', () => {
	const ranking = [option('a', 1, 20), option('b', 2, 10), option('c', 2, 10), option('d', 4, 0)];

	it('states each shared place with its options in ranking order', () => {
		expect(tiesOf({ ranking, ties: [['b', 'c']] })).toEqual([
			{ rank: 2, options: [ranking[1], ranking[2]] }
		]);
		expect(tiesOf({ ranking, ties: [] })).toEqual([]);
	});

	it('draws bars against the highest score, pairwise against 100%', () => {
		expect(ranking.map((o) => barFraction('points', o, ranking))).toEqual([1, 0.5, 0.5, 0]);
		expect(barFraction('pairwise', option('x', 1, 0.75), ranking)).toBe(0.75);
		expect(barFraction('ranking', option('x', 1, 0), [option('x', 1, 0)])).toBe(0);
	});

	it('shows the figures each method is tallied with', () => {
		expect(figureColumns.points).toEqual(['voters']);
		expect(figureColumns.ranking).toEqual(['first_place', 'second_place', 'third_place']);
		expect(figureColumns.pairwise).toEqual(['wins', 'losses', 'comparisons']);
	});

	it('knows an option nobody chose', () => {
		expect(untouched('points', ranking[3])).toBe(true);
		expect(untouched('pairwise', option('x', 1, 0.5, { comparisons: 0 }))).toBe(true);
		expect(untouched('pairwise', option('x', 1, 0.5, { comparisons: 2 }))).toBe(false);
	});
});
