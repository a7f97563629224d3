import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OptionFigure, QuestionResult, ScanResults } from '../../../src/lib/api/results';
import { parseCsv, toCsv } from '../../../src/lib/results/csv';
import { csvRows, questionTables, type CsvLabels } from '../../../src/lib/staff-work/results-table';

const labels: CsvLabels = {
	header: ['theme', 'id', 'question', 'group', 'n', 'value', 'answer', 'percent', 'count', 'note'],
	theme: (slug) => `T:${slug}`,
	question: (table) => table.text?.nl ?? table.id,
	audience: (audience) => `G:${audience}`,
	note: (state) => `N:${state}`
};
const label = (_q: QuestionResult, value: string) => `L:${value}`;

const shown = (value: string, percent: number, count: number): OptionFigure => ({
	value,
	percent,
	count,
	fewer_than_5: false
});
const small = (value: string): OptionFigure => ({
	value,
	percent: null,
	count: null,
	fewer_than_5: true
});
const hidden = (value: string): OptionFigure => ({
	value,
	percent: null,
	count: null,
	fewer_than_5: false
});

const results: ScanResults = {
	scan: {
		id: 's1',
		join_code: 'DEMO02',
		title: { nl: 'Scan' },
		municipality: { name: 'Demodorp', cbs_code: 'GM9999' },
		age_bands: ['8-11', '12-15']
	},
	respondents: 100,
	questions: [
		{
			id: 'q1',
			theme: 'zorg',
			kind: 'yes_no_unsure',
			text: { nl: 'Vraag 1' },
			n: 100,
			suppressed: false,
			options: [shown('yes', 60, 60), shown('no', 35, 35), small('unsure')],
			by_age_band: [
				{
					age_band: '8-11',
					n: 50,
					suppressed: false,
					options: [shown('yes', 70, 35), hidden('no'), small('unsure')]
				},
				{ age_band: '12-15', n: null, suppressed: true, options: [] }
			]
		},
		{
			id: 'q2',
			theme: 'meedoen',
			kind: 'text',
			text: { nl: 'Open' },
			n: 20,
			suppressed: false,
			options: [],
			by_age_band: []
		},
		{
			id: 'q3',
			theme: 'zorg',
			kind: 'smiley5',
			text: { nl: 'Alleen voor 8-11' },
			n: 50,
			suppressed: false,
			options: [shown('1', 50, 25), shown('5', 50, 25)],
			by_age_band: [
				{
					age_band: '8-11',
					n: 50,
					suppressed: false,
					options: [shown('1', 50, 25), shown('5', 50, 25)]
				}
			]
		}
	]
};

describe('questionTables', () => {
	const tables = questionTables(results, label);

	it('leaves out free-text questions and has a column per audience', () => {
		expect(tables.map((t) => t.id)).toEqual(['q1', 'q3']);
		expect(tables[0].audiences).toEqual(['all', '8-11', '12-15']);
		expect(tables[0].sizes).toEqual([
			{ state: 'shown', n: 100 },
			{ state: 'shown', n: 50 },
			{ state: 'hidden', n: null }
		]);
	});

	it('keeps numbers only for shown cells', () => {
		expect(tables[0].rows.map((r) => [r.label, r.cells.map((c) => c.state)])).toEqual([
			['L:yes', ['shown', 'shown', 'group_hidden']],
			['L:no', ['shown', 'hidden', 'group_hidden']],
			['L:unsure', ['fewer_than_5', 'fewer_than_5', 'group_hidden']]
		]);
		expect(tables[0].rows[0].cells[1]).toEqual({ state: 'shown', percent: 70, count: 35 });
		expect(tables[0].rows[1].cells[1]).toEqual({ state: 'hidden', percent: null, count: null });
	});

	it('marks groups the question was not asked to', () => {
		expect(tables[1].sizes[2]).toEqual({ state: 'not_asked', n: null });
		expect(tables[1].rows[0].cells[2].state).toBe('not_asked');
	});
});

describe('csvRows', () => {
	it('writes a row per question, group and answer, with notes for the cells without numbers', () => {
		const rows = csvRows(questionTables(results, label), labels);
		expect(rows[0]).toEqual(labels.header);
		expect(rows.slice(1, 10)).toEqual([
			['T:zorg', 'q1', 'Vraag 1', 'G:all', 100, 'yes', 'L:yes', 60, 60, ''],
			['T:zorg', 'q1', 'Vraag 1', 'G:all', 100, 'no', 'L:no', 35, 35, ''],
			['T:zorg', 'q1', 'Vraag 1', 'G:all', 100, 'unsure', 'L:unsure', null, null, 'N:fewer_than_5'],
			['T:zorg', 'q1', 'Vraag 1', 'G:8-11', 50, 'yes', 'L:yes', 70, 35, ''],
			['T:zorg', 'q1', 'Vraag 1', 'G:8-11', 50, 'no', 'L:no', null, null, 'N:hidden'],
			['T:zorg', 'q1', 'Vraag 1', 'G:8-11', 50, 'unsure', 'L:unsure', null, null, 'N:fewer_than_5'],
			['T:zorg', 'q1', 'Vraag 1', 'G:12-15', null, 'yes', 'L:yes', null, null, 'N:group_hidden'],
			['T:zorg', 'q1', 'Vraag 1', 'G:12-15', null, 'no', 'L:no', null, null, 'N:group_hidden'],
			[
				'T:zorg',
				'q1',
				'Vraag 1',
				'G:12-15',
				null,
				'unsure',
				'L:unsure',
				null,
				null,
				'N:group_hidden'
			]
		]);
		// q3 was not asked to 12-15: only "all" and 8-11.
		expect(rows.filter((r) => r[1] === 'q3').map((r) => r[3])).toEqual([
			'G:all',
			'G:all',
			'G:8-11',
			'G:8-11'
		]);
	});

	it('never holds a number the table hides, for any mix of shown and hidden cells', () => {
		const figure = (value: string) =>
			fc.oneof(
				fc
					.record({
						percent: fc.integer({ min: 0, max: 100 }),
						count: fc.integer({ min: 0, max: 200 })
					})
					.map(({ percent, count }) => shown(value, percent, count * 5)),
				fc.constant(small(value)),
				fc.constant(hidden(value))
			);
		const group = fc.tuple(
			figure('yes'),
			figure('no'),
			figure('unsure'),
			fc.boolean(),
			fc.integer({ min: 0, max: 60 })
		);
		fc.assert(
			fc.property(group, fc.array(group, { minLength: 2, maxLength: 2 }), (all, bands) => {
				const toFigures = ([y, n, u, suppressed, size]: typeof all) => ({
					n: suppressed ? null : size * 5,
					suppressed,
					options: suppressed ? [] : [y, n, u]
				});
				const question: QuestionResult = {
					id: 'q',
					theme: 'zorg',
					kind: 'yes_no_unsure',
					text: { nl: 'V' },
					...toFigures(all),
					by_age_band: bands.map((b, i) => ({
						age_band: (['8-11', '12-15'] as const)[i],
						...toFigures(b)
					}))
				};
				const scan = { ...results, questions: [question] };
				const tables = questionTables(scan, label);
				const csv = parseCsv(toCsv(csvRows(tables, labels))).slice(1);
				const groups = [toFigures(all), ...bands.map(toFigures)];
				for (const row of csv) {
					const g = ['G:all', 'G:8-11', 'G:12-15'].indexOf(row[3]);
					expect(g).toBeGreaterThanOrEqual(0);
					// A question hidden as a whole shows no age band either.
					const hidden = groups[g].suppressed || groups[0].suppressed;
					const source = groups[g].options.find((o) => o.value === row[5]);
					const visible = !hidden && source && source.percent !== null && !source.fewer_than_5;
					expect(row[7]).toBe(visible ? String(source.percent) : '');
					expect(row[8]).toBe(visible ? String(source.count) : '');
					expect(row[4]).toBe(hidden ? '' : String(groups[g].n));
				}
				const anyOptions = groups.some((g) => g.options.length > 0);
				expect(csv).toHaveLength(anyOptions ? 9 : 3);
			})
		);
	});
});
