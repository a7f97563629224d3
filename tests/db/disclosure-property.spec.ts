// The disclosure rules of private.disclose (supabase/migrations/20261201000300_results.sql, design
// §6), tested two ways: hand-worked examples, and a brute-force search over many small scans that
// proves no hidden number can be worked out from what is published. For each hidden number it
// searches every count table that publishes exactly the same result (same rounded counts,
// percentages, "fewer than 5" flags, hidden cells and groups, rounded n's, same k) for one in
// which that number is different. The search bounds every cell by what is shown (a rounded count
// is at most 2 off, "fewer than 5" is 1–4) and keeps every sum in range; a candidate counts only
// when the SQL function, run on it, publishes the very same result.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from './db.ts';

let db: TestDb;
beforeAll(async () => {
	db = await openTestDb();
});
afterAll(() => db.close());

// ---------------------------------------------------------------- the function under test
interface Scan {
	bands: string[];
	values: string[];
	/** respondents per (band, value) */
	x: number[][];
	/** respondents per band who answered */
	n: number[];
	k: number;
	multi: boolean;
}
interface Cell {
	value: string;
	count: number | null;
	percent: number | null;
	fewer_than_5: boolean;
}
interface Published {
	n: number | null;
	suppressed: boolean;
	options: Cell[];
	by_age_band: { age_band: string; n: number | null; suppressed: boolean; options: Cell[] }[];
}
type Publish = (scan: Scan) => Promise<Published>;

const cache = new Map<string, Published>();
let sqlCalls = 0;

/** private.disclose, run through the test harness (as the owner: it is not an RPC). */
async function disclose(scan: Scan): Promise<Published> {
	const key = JSON.stringify([scan.bands, scan.values, scan.x, scan.n, scan.k, scan.multi]);
	const hit = cache.get(key);
	if (hit) return hit;
	sqlCalls++;
	const [row] = await db.sql.query<{ r: Published }>(
		'select private.disclose($1::text[], $2::text[], $3::int[], $4::int[], $5, $6) as r',
		[scan.bands, scan.values, scan.x.flat(), scan.n, scan.k, scan.multi]
	);
	cache.set(key, row.r);
	return row.r;
}

function scanOf(
	x: number[][],
	opts: { values?: string[]; n?: number[]; multi?: boolean; k?: number } = {}
): Scan {
	return {
		bands: ['8-11', '12-15', '16-18', 'parent'].slice(0, x.length),
		values: opts.values ?? ['1', '2', '3', '4', '5'].slice(0, x[0]?.length ?? 0),
		x,
		n: opts.n ?? x.map((row) => row.reduce((a, b) => a + b, 0)),
		k: opts.k ?? 10,
		multi: opts.multi ?? false
	};
}

/** One line per row: counts, "<5" for fewer than 5, "h" for hidden to protect another number. */
function shape(p: Published): string[] {
	const cells = (cs: Cell[]) => cs.map((c) => c.count ?? (c.fewer_than_5 ? '<5' : 'h')).join(' ');
	if (p.suppressed) return ['suppressed'];
	return [
		`all ${p.n}: ${cells(p.options)}`,
		...p.by_age_band.map((b) =>
			b.suppressed ? `${b.age_band} hidden` : `${b.age_band} ${b.n}: ${cells(b.options)}`
		)
	];
}

// ---------------------------------------------------------------- the brute force
interface Report {
	/** hidden numbers that have only one possible value */
	leaks: string[];
	/** hidden numbers the search could not settle within its budget */
	unsettled: string[];
	hidden: number;
}

const canonical = (value: unknown): string =>
	JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
			: v
	);

/**
 * Searches, for every number `publish` hides, a count table that `publish` turns into the same
 * result but in which that number differs. A hidden cell under a total published as 0 is 0 for
 * everyone to see and is not counted as hidden.
 */
async function bruteForce(scan: Scan, publish: Publish, budget = 4000): Promise<Report> {
	const published = await publish(scan);
	const target = canonical(published);
	const G = scan.bands.length;
	const V = scan.values.length;
	const sizesOnly = V === 0;
	const report: Report = { leaks: [], unsettled: [], hidden: 0 };
	if (published.suppressed) return report;
	const nHi = published.n! + 2;
	const nLo = Math.max(scan.k, published.n! - 2);

	// Domains from what is shown: [lo, hi], and `gap` when 1–4 is excluded (hidden, not "fewer than 5").
	type Domain = { lo: number; hi: number; gap: boolean };
	const cellDomain = (c: Cell): Domain =>
		c.count === 0
			? { lo: 0, hi: 0, gap: false }
			: c.count !== null
				? { lo: Math.max(5, c.count - 2), hi: c.count + 2, gap: false }
				: c.fewer_than_5
					? { lo: 1, hi: 4, gap: false }
					: { lo: 0, hi: nHi, gap: true };
	const bandDomain = (g: number): Domain => {
		const b = published.by_age_band[g];
		return b.suppressed || b.n === null
			? { lo: 0, hi: nHi, gap: false }
			: { lo: Math.max(scan.k, b.n - 2), hi: b.n + 2, gap: false };
	};

	// Variables: the cells (band-major), then for multi (or sizes only) the band sizes.
	const xi = (g: number, v: number) => g * V + v;
	const ni = (g: number) => G * V + g;
	const freeSizes = scan.multi || sizesOnly;
	const count = G * V + (freeSizes ? G : 0);
	const lo0: number[] = [];
	const hi0: number[] = [];
	const gap: boolean[] = [];
	const truth: number[] = [];
	for (let g = 0; g < G; g++) {
		for (let v = 0; v < V; v++) {
			const b = published.by_age_band[g];
			const d = b.suppressed ? { lo: 0, hi: nHi, gap: false } : cellDomain(b.options[v]);
			lo0.push(d.lo);
			hi0.push(d.hi);
			gap.push(d.gap);
			truth.push(scan.x[g][v]);
		}
	}
	if (freeSizes) {
		for (let g = 0; g < G; g++) {
			const d = bandDomain(g);
			lo0.push(d.lo);
			hi0.push(d.hi);
			gap.push(false);
			truth.push(scan.n[g]);
		}
	}

	// Sums that must land in a range: band sizes (one answer each), totals per value, everyone.
	interface Sum {
		vars: number[];
		lo: number;
		hi: number;
		gap: boolean;
	}
	const sums: Sum[] = [];
	const bandSum: number[] = [];
	const valueSum: number[] = [];
	if (!freeSizes) {
		for (let g = 0; g < G; g++) {
			const d = bandDomain(g);
			bandSum.push(sums.length);
			sums.push({ vars: scan.values.map((_, v) => xi(g, v)), ...d });
		}
	}
	for (let v = 0; v < V; v++) {
		valueSum.push(sums.length);
		sums.push({ vars: scan.bands.map((_, g) => xi(g, v)), ...cellDomain(published.options[v]) });
	}
	sums.push({
		vars: freeSizes
			? scan.bands.map((_, g) => ni(g))
			: scan.bands.flatMap((_, g) => scan.values.map((_, v) => xi(g, v))),
		lo: nLo,
		hi: nHi,
		gap: false
	});

	// The hidden numbers.
	type Quantity = { label: string; variable?: number; sum?: number };
	const quantities: Quantity[] = [];
	published.by_age_band.forEach((b, g) => {
		if (!b.suppressed) return;
		quantities.push(
			freeSizes
				? { label: `n of ${b.age_band}`, variable: ni(g) }
				: { label: `n of ${b.age_band}`, sum: bandSum[g] }
		);
	});
	published.options.forEach((c, v) => {
		if (c.count === null) quantities.push({ label: `total of ${c.value}`, sum: valueSum[v] });
	});
	published.by_age_band.forEach((b, g) =>
		scan.values.forEach((value, v) => {
			const hidden = b.suppressed || b.options[v].count === null;
			if (hidden && published.options[v].count !== 0) {
				quantities.push({ label: `${value} in ${b.age_band}`, variable: xi(g, v) });
			}
		})
	);
	report.hidden = quantities.length;
	const valueOf = (q: Quantity, a: number[]) =>
		q.variable !== undefined ? a[q.variable] : sums[q.sum!].vars.reduce((s, i) => s + a[i], 0);
	const seen = quantities.map((q) => new Set([valueOf(q, truth)]));

	const inGap = (value: number) => value >= 1 && value <= 4;

	/** Narrows the ranges until nothing changes; false when some range becomes empty. */
	function propagate(lo: number[], hi: number[], cons: Sum[]): boolean {
		const narrow = (i: number, l: number, h: number) => {
			if (gap[i] && inGap(l)) l = 5;
			if (gap[i] && inGap(h)) h = 0;
			let changed = false;
			if (l > lo[i]) {
				lo[i] = l;
				changed = true;
			}
			if (h < hi[i]) {
				hi[i] = h;
				changed = true;
			}
			if (gap[i] && inGap(lo[i])) lo[i] = 5;
			if (gap[i] && inGap(hi[i])) hi[i] = 0;
			return changed;
		};
		for (let pass = 0; pass < 200; pass++) {
			let changed = false;
			for (const c of cons) {
				let sLo = 0;
				let sHi = 0;
				for (const i of c.vars) {
					sLo += lo[i];
					sHi += hi[i];
				}
				if (sHi < c.lo || sLo > c.hi) return false;
				if (c.gap && sLo === sHi && inGap(sLo)) return false;
				for (const i of c.vars) {
					changed = narrow(i, c.lo - (sHi - hi[i]), c.hi - (sLo - lo[i])) || changed;
					if (lo[i] > hi[i]) return false;
				}
			}
			if (scan.multi) {
				// several answers each: a cell is at most its band, the cells together at least it
				for (let g = 0; g < G; g++) {
					const n = ni(g);
					let sHi = 0;
					let max = 0;
					for (let v = 0; v < V; v++) {
						sHi += hi[xi(g, v)];
						max = Math.max(max, lo[xi(g, v)]);
					}
					changed = narrow(n, max, sHi) || changed;
					if (lo[n] > hi[n]) return false;
					for (let v = 0; v < V; v++) {
						const i = xi(g, v);
						changed = narrow(i, lo[n] - (sHi - hi[i]), hi[n]) || changed;
						if (lo[i] > hi[i]) return false;
					}
				}
			}
			if (!changed) return true;
		}
		return true;
	}

	/** Depth-first, allowing step by step more variables to differ from the real table. */
	async function search(
		lo: number[],
		hi: number[],
		cons: Sum[]
	): Promise<'found' | 'none' | 'budget'> {
		let nodes = 0;
		let allowed = 0;
		let cut = false;
		const visit = async (
			lo: number[],
			hi: number[],
			changes: number
		): Promise<'found' | 'none' | 'budget'> => {
			if (++nodes > budget) return 'budget';
			if (!propagate(lo, hi, cons)) return 'none';
			let pick = -1;
			for (let i = 0; i < count; i++) {
				if (lo[i] < hi[i] && (pick < 0 || hi[i] - lo[i] < hi[pick] - lo[pick])) pick = i;
			}
			if (pick < 0) {
				for (const c of cons) {
					const s = c.vars.reduce((t, i) => t + lo[i], 0);
					if (s < c.lo || s > c.hi || (c.gap && inGap(s))) return 'none';
				}
				const x = scan.bands.map((_, g) => scan.values.map((_, v) => lo[xi(g, v)]));
				const n = freeSizes
					? scan.bands.map((_, g) => lo[ni(g)])
					: x.map((row) => row.reduce((a, b) => a + b, 0));
				if (canonical(await publish({ ...scan, x, n })) !== target) return 'none';
				quantities.forEach((q, j) => seen[j].add(valueOf(q, lo)));
				return 'found';
			}
			const t = Math.min(Math.max(truth[pick], lo[pick]), hi[pick]);
			let outOfBudget = false;
			for (let d = 0; d <= hi[pick] - lo[pick]; d++) {
				for (const value of d === 0 ? [t] : [t - d, t + d]) {
					if (value < lo[pick] || value > hi[pick] || (gap[pick] && inGap(value))) continue;
					const more = changes + (value === t ? 0 : 1);
					if (more > allowed) {
						cut = true;
						continue;
					}
					const l2 = lo.slice();
					const h2 = hi.slice();
					l2[pick] = h2[pick] = value;
					const r = await visit(l2, h2, more);
					if (r === 'found') return r;
					if (r === 'budget') outOfBudget = true;
					if (nodes > budget) return 'budget';
				}
			}
			return outOfBudget ? 'budget' : 'none';
		};
		for (allowed = 0; allowed <= count; allowed++) {
			cut = false;
			const r = await visit(lo.slice(), hi.slice(), 0);
			if (r !== 'none' || !cut) return r;
		}
		return 'none';
	}

	// Is there a consistent table in which q has another value? Candidates nearest the real one first.
	async function differs(q: Quantity): Promise<'found' | 'none' | 'budget'> {
		const real = valueOf(q, truth);
		const lo = lo0.slice();
		const hi = hi0.slice();
		if (!propagate(lo, hi, sums)) throw new Error('the real table does not fit its own result');
		const [qlo, qhi] =
			q.variable !== undefined
				? [lo[q.variable], hi[q.variable]]
				: [
						Math.max(
							sums[q.sum!].lo,
							sums[q.sum!].vars.reduce((s, i) => s + lo[i], 0)
						),
						Math.min(
							sums[q.sum!].hi,
							sums[q.sum!].vars.reduce((s, i) => s + hi[i], 0)
						)
					];
		let outOfBudget = false;
		for (let d = 1; d <= Math.max(real - qlo, qhi - real); d++) {
			for (const value of [real - d, real + d]) {
				if (value < qlo || value > qhi) continue;
				const l2 = lo.slice();
				const h2 = hi.slice();
				const cons = sums.map((c) => ({ ...c }));
				if (q.variable !== undefined) {
					if (gap[q.variable] && inGap(value)) continue;
					l2[q.variable] = h2[q.variable] = value;
				} else {
					if (cons[q.sum!].gap && inGap(value)) continue;
					cons[q.sum!].lo = cons[q.sum!].hi = value;
				}
				const r = await search(l2, h2, cons);
				if (r === 'found') return r;
				if (r === 'budget') outOfBudget = true;
			}
		}
		return outOfBudget ? 'budget' : 'none';
	}

	for (const [j, q] of quantities.entries()) {
		if (seen[j].size >= 2) continue;
		const r = await differs(q);
		if (seen[j].size >= 2) continue;
		if (r === 'budget') report.unsettled.push(q.label);
		else report.leaks.push(`${q.label} = ${valueOf(q, truth)}`);
	}
	return report;
}

/** The brute force with a growing budget, until every hidden number is settled. */
async function prove(scan: Scan, publish: Publish = disclose): Promise<Report> {
	let report = await bruteForce(scan, publish);
	for (const budget of [40_000, 400_000]) {
		if (report.unsettled.length === 0) break;
		report = await bruteForce(scan, publish, budget);
	}
	return report;
}

// ---------------------------------------------------------------- deliberately leaky publishers
const round5 = (c: number) => 5 * Math.round(c / 5);

/** Rules 1–4 only: rounding, "fewer than 5", small groups hidden; no complementary suppression. */
const roundingOnly: Publish = async (scan) => {
	const total = scan.n.reduce((a, b) => a + b, 0);
	if (total < scan.k) return { n: null, suppressed: true, options: [], by_age_band: [] };
	const cells = (counts: number[], n: number): Cell[] =>
		counts.map((c, v) =>
			c >= 1 && c <= 4
				? { value: scan.values[v], count: null, percent: null, fewer_than_5: true }
				: {
						value: scan.values[v],
						count: round5(c),
						percent: Math.round((100 * round5(c)) / round5(n)),
						fewer_than_5: false
					}
		);
	return {
		n: round5(total),
		suppressed: false,
		options: cells(
			scan.values.map((_, v) => scan.x.reduce((a, row) => a + row[v], 0)),
			total
		),
		by_age_band: scan.bands.map((band, g) =>
			scan.n[g] < scan.k
				? { age_band: band, n: null, suppressed: true, options: [] }
				: {
						age_band: band,
						n: round5(scan.n[g]),
						suppressed: false,
						options: cells(scan.x[g], scan.n[g])
					}
		)
	};
};

/** The real rules, but percentages of the exact counts. */
const exactPercentages: Publish = async (scan) => {
	const p = await disclose(scan);
	if (p.suppressed) return p;
	const total = scan.n.reduce((a, b) => a + b, 0);
	const exact = (cells: Cell[], counts: number[], n: number) =>
		cells.map((c, v) =>
			c.count === null ? c : { ...c, percent: Math.round((100 * counts[v]) / n) }
		);
	return {
		...p,
		options: exact(
			p.options,
			scan.values.map((_, v) => scan.x.reduce((a, row) => a + row[v], 0)),
			total
		),
		by_age_band: p.by_age_band.map((b, g) =>
			b.suppressed ? b : { ...b, options: exact(b.options, scan.x[g], scan.n[g]) }
		)
	};
};

// ---------------------------------------------------------------- small scans
const bandNames = ['8-11', '12-15', '16-18', 'parent'];
const valueNames = ['1', '2', '3', '4', '5'];

/** 2–4 age bands, 2–5 values, counts 0–30 (some bands tiny, some cells sparse), k 10. */
const smallScans: fc.Arbitrary<Scan> = fc
	.record({
		bands: fc.integer({ min: 2, max: 4 }),
		values: fc.integer({ min: 2, max: 5 }),
		multi: fc.boolean(),
		counts: fc.array(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 5, maxLength: 5 }), {
			minLength: 4,
			maxLength: 4
		}),
		kind: fc.array(fc.constantFrom('normal', 'tiny', 'sparse'), { minLength: 4, maxLength: 4 }),
		share: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 4, maxLength: 4 })
	})
	.map(({ bands, values, multi, counts, kind, share }) => {
		const x = counts.slice(0, bands).map((row, g) =>
			row.slice(0, values).map((c) => {
				if (kind[g] === 'tiny') return c % 4;
				if (kind[g] === 'sparse') return c % 8 === 0 ? c : c % 6;
				return c;
			})
		);
		// multi: each respondent picked at least one value, so max ≤ n ≤ sum
		const n = x.map((row, g) => {
			const sum = row.reduce((a, b) => a + b, 0);
			if (!multi) return sum;
			const max = Math.max(...row);
			return max + Math.round(((sum - max) * share[g]) / 100);
		});
		return {
			bands: bandNames.slice(0, bands),
			values: valueNames.slice(0, values),
			x,
			n,
			k: 10,
			multi
		};
	});

// ---------------------------------------------------------------- hand-worked examples
describe('the disclosure rules, by example', () => {
	it('rounds to 5 and takes percentages of the rounded counts: 12 answers, 7 and 5', async () => {
		const p = await disclose(scanOf([[7, 5]], { values: ['yes', 'no'] }));
		expect(p).toEqual({
			n: 10,
			suppressed: false,
			options: [
				{ value: 'yes', count: 5, percent: 50, fewer_than_5: false },
				{ value: 'no', count: 5, percent: 50, fewer_than_5: false }
			],
			by_age_band: [
				{
					age_band: '8-11',
					n: 10,
					suppressed: false,
					options: [
						{ value: 'yes', count: 5, percent: 50, fewer_than_5: false },
						{ value: 'no', count: 5, percent: 50, fewer_than_5: false }
					]
				}
			]
		});
	});

	it('publishes nothing of a question fewer than k answered', async () => {
		expect(await disclose(scanOf([[5, 4]], { values: ['yes', 'no'] }))).toEqual({
			n: null,
			suppressed: true,
			options: [],
			by_age_band: []
		});
		const larger = await disclose(scanOf([[9, 5]], { values: ['yes', 'no'], k: 15 }));
		expect(larger.suppressed).toBe(true);
		expect((await disclose(scanOf([[9, 6]], { values: ['yes', 'no'], k: 15 }))).n).toBe(15);
	});

	it('shows 0 as 0, 1–4 as "fewer than 5", and hides the next answer along with it', async () => {
		// everyone: 20 yes, 3 no, 12 not sure → "no" is fewer than 5, so "not sure" (its neighbour)
		// is hidden too: otherwise 35 − 20 − 10 would give "no" away
		const [row] = await db.sql.query<{ r: Published }>(
			`select private.disclose('{}', '{yes,no,unsure}', '{20,3,12}', '{35}', 10, false) as r`
		);
		expect(shape(row.r)).toEqual(['all 35: 20 <5 h']);
		expect(row.r.options[0]).toEqual({ value: 'yes', count: 20, percent: 57, fewer_than_5: false });
		const [zero] = await db.sql.query<{ r: Published }>(
			`select private.disclose('{}', '{yes,no,unsure}', '{20,0,15}', '{35}', 10, false) as r`
		);
		expect(shape(zero.r)).toEqual(['all 35: 20 0 15']);
	});

	it('hides an age group under k, and the smallest other group with it', async () => {
		// 8-11: 30, 12-15: 25, 16-18: 6 → 16-18 hidden, and 12-15 too (else 60 − 30 − 25 gives it away)
		const p = await disclose(
			scanOf(
				[
					[20, 10],
					[15, 10],
					[4, 2]
				],
				{ values: ['yes', 'no'] }
			)
		);
		expect(shape(p)).toEqual(['all 60: 40 20', '8-11 30: 20 10', '12-15 hidden', '16-18 hidden']);
		expect(p.by_age_band[2]).toEqual({ age_band: '16-18', n: null, suppressed: true, options: [] });
		// two small groups protect each other: nothing more is hidden
		const two = await disclose(
			scanOf(
				[
					[20, 10],
					[5, 2],
					[4, 2]
				],
				{ values: ['yes', 'no'] }
			)
		);
		expect(shape(two)).toEqual(['all 45: 30 15', '8-11 30: 20 10', '12-15 hidden', '16-18 hidden']);
	});

	it('keeps a hidden cell hidden across the age groups (the grid)', async () => {
		// 8-11: 19 yes, 4 no; 12-15: 18 yes, 11 no. Publishing "8-11 no: fewer than 5" with every
		// other number rounded would give it away (see the leaky publisher below).
		const p = await disclose(
			scanOf(
				[
					[19, 4],
					[18, 11]
				],
				{ values: ['yes', 'no'] }
			)
		);
		expect(shape(p)).toEqual(['all 50: 35 15', '8-11 25: h <5', '12-15 30: h h']);
		expect(
			await prove(
				scanOf(
					[
						[19, 4],
						[18, 11]
					],
					{ values: ['yes', 'no'] }
				)
			)
		).toMatchObject({
			leaks: [],
			unsettled: []
		});
	});

	it('does not publish a question whose hidden numbers the shown ones would pin down', async () => {
		// 27 answers: 8, 13, 1 and 5. Shown: 25 answers, 10 and 15, then "fewer than 5" and hidden:
		// those two add up to at most 27 − 8 − 13 = 6, so they must be 1 and 5. Nothing is published.
		const [row] = await db.sql.query<{ r: Published }>(
			`select private.disclose('{}', '{1,2,3,4}', '{8,13,1,5}', '{27}', 10, false) as r`
		);
		expect(row.r.suppressed).toBe(true);
		// with a breakdown by age group, only the breakdown goes when that is enough
		const p = await disclose(
			scanOf(
				[
					[4, 4, 28],
					[0, 0, 0],
					[2, 2, 0],
					[12, 22, 11]
				],
				{
					values: ['a', 'b', 'c'],
					n: [28, 0, 2, 22],
					multi: true
				}
			)
		);
		expect(shape(p)).toEqual([
			'all 50: 20 30 40',
			'8-11 hidden',
			'12-15 hidden',
			'16-18 hidden',
			'parent hidden'
		]);
	});

	it('counts several answers per respondent per answer, as a share of the group', async () => {
		// 20 respondents, 15 chose a and 12 chose b: shown as 15 and 10, 75 % and 50 % of 20
		const p = await disclose(scanOf([[15, 12]], { values: ['a', 'b'], n: [20], multi: true }));
		expect(p.options).toEqual([
			{ value: 'a', count: 15, percent: 75, fewer_than_5: false },
			{ value: 'b', count: 10, percent: 50, fewer_than_5: false }
		]);
	});

	it('hides in sums over several scans what a contributing scan hides', async () => {
		const [row] = await db.sql.query<{ r: Published }>(
			`select private.disclose('{}', '{yes,no,unsure}', '{40,30,25}', '{95}', 10, false, '{unsure}') as r`
		);
		expect(shape(row.r)).toEqual(['all 95: 40 h h']);
	});

	it('publishes respondents per age group under the same rules', async () => {
		const [row] = await db.sql.query<{ r: Published }>(
			`select private.disclose('{8-11,12-15,16-18,parent}', '{}', '{}', '{140,160,9,12}', 10, false) as r`
		);
		expect(shape(row.r)).toEqual([
			'all 320: ',
			'8-11 140: ',
			'12-15 160: ',
			'16-18 hidden',
			'parent hidden'
		]);
	});

	it('refuses inconsistent input', async () => {
		await expect(
			db.sql.query(`select private.disclose('{a}', '{yes,no}', '{1}', '{1}', 10, false)`)
		).rejects.toThrow(/inconsistent/);
	});
});

// ---------------------------------------------------------------- the brute force can fail
describe('the brute force catches leaky publishers', () => {
	it('finds the cell that rounding alone gives away', async () => {
		const report = await prove(
			scanOf(
				[
					[19, 4],
					[18, 11]
				],
				{ values: ['yes', 'no'] }
			),
			roundingOnly
		);
		expect(report.leaks).toEqual(['no in 8-11 = 4']);
	});

	it('finds the cells that exact percentages give away', async () => {
		// 4 yes, 4 no, 20 not sure: "71 %" of about 30 only fits 20 of 28, leaving 8 = 4 + 4
		const scan = scanOf([[4, 4, 20]], { values: ['yes', 'no', 'unsure'] });
		expect(shape(await disclose(scan))).toEqual(['all 30: <5 <5 20', '8-11 30: <5 <5 20']);
		expect((await prove(scan)).leaks).toEqual([]);
		expect((await prove(scan, exactPercentages)).leaks).toEqual([
			'total of yes = 4',
			'total of no = 4',
			'yes in 8-11 = 4',
			'no in 8-11 = 4'
		]);
	});

	it('finds leaks of rounding alone in random small scans', async () => {
		let leaky = 0;
		for (const scan of fc.sample(smallScans, { numRuns: 150, seed: 7 })) {
			if ((await prove(scan, roundingOnly)).leaks.length > 0) leaky++;
		}
		expect(leaky).toBeGreaterThan(0);
	});
});

// ---------------------------------------------------------------- the property
const RUNS = Number(process.env.DISCLOSURE_RUNS ?? 120);
const SEED = Number(process.env.DISCLOSURE_SEED ?? 20261201);

describe('the disclosure rules, by brute force', () => {
	it(
		`leave every hidden number at least two possible values (${RUNS} small scans)`,
		async () => {
			let hidden = 0;
			await fc.assert(
				fc.asyncProperty(smallScans, async (scan) => {
					const report = await prove(scan);
					hidden += report.hidden;
					expect(report.unsettled).toEqual([]);
					expect(report.leaks).toEqual([]);
				}),
				{ numRuns: RUNS, seed: SEED }
			);
			// the scans really do hide things
			expect(hidden).toBeGreaterThan(RUNS);
			expect(sqlCalls).toBeGreaterThan(RUNS);
		},
		60_000 + RUNS * 1_000
	);

	it('leave every hidden age group size at least two possible values', async () => {
		const sizesOnly = fc
			.array(fc.oneof(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 10, max: 60 })), {
				minLength: 2,
				maxLength: 4
			})
			.map((n): Scan => ({
				bands: bandNames.slice(0, n.length),
				values: [],
				x: n.map(() => []),
				n,
				k: 10,
				multi: false
			}));
		await fc.assert(
			fc.asyncProperty(sizesOnly, async (scan) => {
				const report = await prove(scan);
				expect(report.unsettled).toEqual([]);
				expect(report.leaks).toEqual([]);
			}),
			{ numRuns: 60, seed: SEED }
		);
	}, 60_000);
});
