import { describe, expect, it } from 'vitest';
import {
	changePoints,
	checkBallot,
	moveOption,
	placeOption,
	pointsLeft,
	rankingSize,
	removeOption,
	type VoteOption
} from '$lib/voting/ballot';

const options = (...values: string[]): VoteOption[] =>
	values.map((value) => ({ value, label: { nl: value } }));
const ten = options('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j');

describe('points: spread exactly 10', () => {
	it('accepts 10 points over known options and drops zeros, as the server stores it', () => {
		expect(checkBallot('points', ten, { points: { a: 6, b: 4, c: 0 } })).toEqual({
			ok: true,
			ballot: { points: { a: 6, b: 4 } }
		});
		expect(checkBallot('points', ten, { points: { j: 10 } })).toMatchObject({ ok: true });
	});

	it('says too many or too few points', () => {
		expect(checkBallot('points', ten, { points: { a: 6, b: 5 } })).toEqual({
			ok: false,
			problem: 'too_many_points'
		});
		expect(checkBallot('points', ten, { points: { a: 11 } })).toMatchObject({
			problem: 'too_many_points'
		});
		expect(checkBallot('points', ten, { points: { a: 9 } })).toMatchObject({
			problem: 'too_few_points'
		});
		expect(checkBallot('points', ten, { points: {} })).toMatchObject({ problem: 'too_few_points' });
	});

	it('refuses unknown options, fractions and negative points', () => {
		expect(checkBallot('points', ten, { points: { z: 10 } })).toMatchObject({
			problem: 'unknown_option'
		});
		expect(checkBallot('points', ten, { points: { a: 9.5, b: 0.5 } })).toMatchObject({
			problem: 'not_whole_number'
		});
		expect(checkBallot('points', ten, { points: { a: 12, b: -2 } })).toMatchObject({
			problem: 'not_whole_number'
		});
		expect(checkBallot('points', ten, { points: { a: '10' } })).toMatchObject({
			problem: 'not_whole_number'
		});
		expect(checkBallot('points', ten, { ranking: ['a'] })).toMatchObject({
			problem: 'wrong_method'
		});
	});

	it('never lets the buttons go above 10 or below 0', () => {
		let points: Record<string, number> = {};
		for (let i = 0; i < 12; i++) points = changePoints(points, 'a', 1);
		expect(points).toEqual({ a: 10 });
		expect(pointsLeft(points)).toBe(0);
		expect(changePoints(points, 'b', 1)).toEqual({ a: 10 });
		points = changePoints(changePoints(points, 'a', -1), 'b', 1);
		expect(points).toEqual({ a: 9, b: 1 });
		expect(changePoints({ a: 1 }, 'a', -1)).toEqual({});
		expect(changePoints({}, 'a', -1)).toEqual({});
		expect(pointsLeft({ a: 3, b: 2 })).toBe(5);
	});
});

describe('ranking: the top 3 in order', () => {
	it('needs three different known options (two when a round has two)', () => {
		expect(checkBallot('ranking', ten, { ranking: ['c', 'a', 'b'] })).toEqual({
			ok: true,
			ballot: { ranking: ['c', 'a', 'b'] }
		});
		expect(checkBallot('ranking', ten, { ranking: ['a', 'b'] })).toMatchObject({
			problem: 'ranking_incomplete'
		});
		expect(checkBallot('ranking', ten, { ranking: ['a', 'b', 'c', 'd'] })).toMatchObject({
			problem: 'ranking_too_long'
		});
		expect(checkBallot('ranking', ten, { ranking: ['a', 'a', 'b'] })).toMatchObject({
			problem: 'duplicate_option'
		});
		expect(checkBallot('ranking', ten, { ranking: ['a', 'b', 'z'] })).toMatchObject({
			problem: 'unknown_option'
		});
		expect(checkBallot('ranking', ten, { ranking: ['a', 'b', 3] })).toMatchObject({
			problem: 'wrong_method'
		});
		const two = options('x', 'y');
		expect(rankingSize(two)).toBe(2);
		expect(checkBallot('ranking', two, { ranking: ['y', 'x'] })).toMatchObject({ ok: true });
	});

	it('places each option once, on the next free place, and moves it up and down', () => {
		let ranking: string[] = [];
		for (const o of ['b', 'b', 'a', 'd', 'e']) ranking = placeOption(ranking, o, 3);
		expect(ranking).toEqual(['b', 'a', 'd']);
		expect(moveOption(ranking, 'd', -1)).toEqual(['b', 'd', 'a']);
		expect(moveOption(ranking, 'b', 1)).toEqual(['a', 'b', 'd']);
		expect(moveOption(ranking, 'b', -1)).toEqual(['b', 'a', 'd']);
		expect(moveOption(ranking, 'd', 1)).toEqual(['b', 'a', 'd']);
		expect(moveOption(ranking, 'z', 1)).toEqual(['b', 'a', 'd']);
		expect(removeOption(ranking, 'a')).toEqual(['b', 'd']);
		expect(placeOption(removeOption(ranking, 'a'), 'e', 3)).toEqual(['b', 'd', 'e']);
	});
});

describe('pairwise: at least one choice between two different options', () => {
	it('accepts 1 to 200 judgements', () => {
		expect(
			checkBallot('pairwise', ten, { pairs: [{ winner: 'a', loser: 'b', extra: 1 }] })
		).toEqual({ ok: true, ballot: { pairs: [{ winner: 'a', loser: 'b' }] } });
		const many = Array.from({ length: 200 }, () => ({ winner: 'c', loser: 'd' }));
		expect(checkBallot('pairwise', ten, { pairs: many })).toMatchObject({ ok: true });
	});

	it('refuses no pairs, more than 200, a pair of one option and unknown options', () => {
		expect(checkBallot('pairwise', ten, { pairs: [] })).toMatchObject({ problem: 'no_pairs' });
		const tooMany = Array.from({ length: 201 }, () => ({ winner: 'c', loser: 'd' }));
		expect(checkBallot('pairwise', ten, { pairs: tooMany })).toMatchObject({
			problem: 'too_many_pairs'
		});
		expect(checkBallot('pairwise', ten, { pairs: [{ winner: 'a', loser: 'a' }] })).toMatchObject({
			problem: 'same_option'
		});
		expect(checkBallot('pairwise', ten, { pairs: [{ winner: 'a', loser: 'q' }] })).toMatchObject({
			problem: 'unknown_option'
		});
		expect(checkBallot('pairwise', ten, { pairs: [{ winner: 'a' }] })).toMatchObject({
			problem: 'wrong_method'
		});
		expect(checkBallot('pairwise', ten, null)).toMatchObject({ problem: 'wrong_method' });
	});
});
