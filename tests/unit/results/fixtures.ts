import type { ComparisonFigures, GroupFigures, OptionFigure } from '$lib/api/results';

/** An answer cell: a number is its whole percentage (count derived), '<5' fewer than five, null hidden. */
export type Cell = number | '<5' | null;

/** Figures of a group of (rounded) size `n` with the cells in option order. */
export function group(n: number | null, cells: Record<string, Cell>): GroupFigures {
	const options: OptionFigure[] = Object.entries(cells).map(([value, cell]) => ({
		value,
		percent: typeof cell === 'number' ? cell : null,
		count: typeof cell === 'number' && n !== null ? Math.round((cell * n) / 500) * 5 : null,
		fewer_than_5: cell === '<5'
	}));
	return { n, suppressed: n === null, options };
}

export const smiley = (c1: Cell, c2: Cell, c3: Cell, c4: Cell, c5: Cell, n: number | null = 200) =>
	group(n, { '1': c1, '2': c2, '3': c3, '4': c4, '5': c5 });

export const yesNo = (yes: Cell, no: Cell, unsure: Cell, n: number | null = 200) =>
	group(n, { yes, no, unsure });

/** A comparison over several published scans: percentages only, null where hidden. */
export function comparison(figures: GroupFigures, scans = 3): ComparisonFigures {
	return {
		scans,
		n: figures.n,
		options: figures.options.map(({ value, percent }) => ({ value, percent }))
	};
}
