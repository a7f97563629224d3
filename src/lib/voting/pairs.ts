// Pairs for the pairwise method, drawn at random (the tally's win rates are fair when every pair is
// equally likely): pairs the voter has not judged or skipped yet come first, each side equally
// likely to be shown first.
import type { Pair } from './ballot';

export type Random = () => number;

/** An unordered pair, the same key whichever side won. */
export function pairKey(a: string, b: string): string {
	return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** Every unordered pair of the options. */
export function allPairs(values: readonly string[]): [string, string][] {
	const pairs: [string, string][] = [];
	for (let i = 0; i < values.length; i++) {
		for (let j = i + 1; j < values.length; j++) pairs.push([values[i], values[j]]);
	}
	return pairs;
}

/**
 * The next pair to show: one not judged and not skipped yet, else (once all were seen) any pair
 * except the one just shown. Undefined when there are fewer than two options.
 */
export function nextPair(
	values: readonly string[],
	judged: readonly Pair[],
	skipped: readonly string[],
	random: Random = Math.random,
	previous?: [string, string]
): [string, string] | undefined {
	const all = allPairs(values);
	if (all.length === 0) return undefined;
	const seen = new Set([...judged.map((p) => pairKey(p.winner, p.loser)), ...skipped]);
	const lastKey = previous ? pairKey(previous[0], previous[1]) : undefined;
	const fresh = all.filter(([a, b]) => !seen.has(pairKey(a, b)));
	const pool = fresh.length > 0 ? fresh : all.filter(([a, b]) => pairKey(a, b) !== lastKey);
	const choice = pool.length > 0 ? pool : all;
	const [a, b] = choice[Math.min(choice.length - 1, Math.floor(random() * choice.length))];
	return random() < 0.5 ? [a, b] : [b, a];
}

/** Whether every pair of the options was judged or skipped at least once. */
export function allPairsSeen(
	values: readonly string[],
	judged: readonly Pair[],
	skipped: readonly string[]
): boolean {
	const seen = new Set([...judged.map((p) => pairKey(p.winner, p.loser)), ...skipped]);
	return allPairs(values).every(([a, b]) => seen.has(pairKey(a, b)));
}
