import { describe, expect, it } from 'vitest';
import { allPairs, allPairsSeen, nextPair, pairKey } from '$lib/voting/pairs';

/** A repeatable stand-in for Math.random. */
function seeded(seed: number) {
	let s = seed;
	return () => {
		s = (s * 1664525 + 1013904223) % 4294967296;
		return s / 4294967296;
	};
}

const themes = ['a', 'b', 'c', 'd', 'e'];

describe('pairs for the pairwise method', () => {
	it('has every unordered pair once', () => {
		expect(allPairs(themes)).toHaveLength(10);
		expect(new Set(allPairs(themes).map(([x, y]) => pairKey(x, y))).size).toBe(10);
		expect(pairKey('b', 'a')).toBe(pairKey('a', 'b'));
	});

	it('shows pairs not seen yet first, two different options each time', () => {
		const random = seeded(7);
		const judged: { winner: string; loser: string }[] = [];
		const skipped: string[] = [];
		for (let i = 0; i < 10; i++) {
			const pair = nextPair(themes, judged, skipped, random)!;
			expect(pair[0]).not.toBe(pair[1]);
			const key = pairKey(pair[0], pair[1]);
			expect([...judged.map((p) => pairKey(p.winner, p.loser)), ...skipped]).not.toContain(key);
			if (i % 3 === 0) skipped.push(key);
			else judged.push({ winner: pair[0], loser: pair[1] });
		}
		expect(allPairsSeen(themes, judged, skipped)).toBe(true);
		const again = nextPair(themes, judged, skipped, random, ['a', 'b'])!;
		expect(pairKey(again[0], again[1])).not.toBe(pairKey('a', 'b'));
	});

	it('shows either option first', () => {
		const firsts = new Set<string>();
		const random = seeded(3);
		for (let i = 0; i < 40; i++) firsts.add(nextPair(['x', 'y'], [], [], random)![0]);
		expect([...firsts].sort()).toEqual(['x', 'y']);
		expect(nextPair(['x'], [], [])).toBeUndefined();
	});
});
