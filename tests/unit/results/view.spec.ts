import { describe, expect, it } from 'vitest';
import type { QuestionResult, ScanResults } from '$lib/api/results';
import { themeSlugs } from '$lib/content/types';
import {
	audiencesOf,
	chartRows,
	figuresFor,
	groupByTheme,
	localized,
	nothingToShow,
	questionText,
	respondentsOf
} from '$lib/results/view';
import { group, smiley, yesNo } from './fixtures';

const label = (value: string) => `label ${value}`;

function question(
	id: string,
	theme: string,
	kind: QuestionResult['kind'],
	extra = {}
): QuestionResult {
	return {
		id,
		theme,
		kind,
		text: { nl: `Vraag ${id}`, en: `Question ${id}` },
		...yesNo(50, 30, 20),
		by_age_band: [],
		comparison: null,
		...extra
	};
}

function results(questions: QuestionResult[], extra: Partial<ScanResults> = {}): ScanResults {
	return {
		scan: {
			id: '00000000-0000-4000-8000-0000000de002',
			join_code: 'DEMO02',
			title: { nl: 'Scan' },
			municipality: { name: 'Demodorp', cbs_code: 'GM9999' },
			age_bands: ['8-11', '12-15', '16-18', 'parent'],
			published_at: '2026-11-22T10:00:00Z'
		},
		respondents: 320,
		respondents_by_age_band: [
			{ age_band: '8-11', n: 140, hidden: false },
			{ age_band: '12-15', n: 165, hidden: false },
			{ age_band: '16-18', n: null, hidden: true },
			{ age_band: 'parent', n: 10, hidden: false }
		],
		questions,
		feedback: [],
		...extra
	};
}

describe('chartRows', () => {
	it('maps each option to a bar of its percentage, and stripes what the sentence is about', () => {
		const rows = chartRows('smiley5', smiley(5, 10, 15, 40, 30), label);
		expect(
			rows.map((r) => [r.value, r.label, r.state, r.percent, r.fraction, r.highlight])
		).toEqual([
			['1', 'label 1', 'shown', 5, 0.05, false],
			['2', 'label 2', 'shown', 10, 0.1, false],
			['3', 'label 3', 'shown', 15, 0.15, false],
			['4', 'label 4', 'shown', 40, 0.4, true],
			['5', 'label 5', 'shown', 30, 0.3, true]
		]);
		expect(rows[3].count).toBe(80);
	});

	it('gives a "fewer than 5" cell or a hidden cell no number and no bar', () => {
		const figures = yesNo(60, '<5', null, 100);
		figures.options[1].percent = 3; // even if a number slipped through, it is not shown
		figures.options[1].count = 3;
		const rows = chartRows('yes_no_unsure', figures, label);
		expect(rows.map((r) => [r.state, r.percent, r.count, r.fraction])).toEqual([
			['shown', 60, 60, 0.6],
			['fewer_than_5', null, null, 0],
			['hidden', null, null, 0]
		]);
	});

	it('highlights the most chosen options of a multi question; bars never exceed the width', () => {
		const rows = chartRows('multi', group(100, { a: 70, b: 70, c: 20 }), label);
		expect(rows.filter((r) => r.highlight).map((r) => r.value)).toEqual(['a', 'b']);
		expect(Math.max(...rows.map((r) => r.fraction))).toBeLessThanOrEqual(1);
	});
});

describe('figures per audience', () => {
	const q = question('q1', 'onderwijs', 'yes_no_unsure', {
		parent_text: { nl: 'Ouders: vraag q1' },
		by_age_band: [
			{ age_band: '8-11', ...yesNo(70, 20, 10, 140) },
			{ age_band: '16-18', ...yesNo(null, null, null, null) }
		]
	});

	it('takes the whole question for everyone and the band for a band', () => {
		expect(figuresFor(q, 'all')?.n).toBe(200);
		expect(figuresFor(q, '8-11')?.options[0].percent).toBe(70);
		expect(figuresFor(q, '16-18')?.suppressed).toBe(true);
		expect(figuresFor(q, '12-15')).toBeUndefined();
	});

	it('shows parents their own wording and falls back to Dutch with a flag', () => {
		expect(questionText(q, 'parent', 'en')).toEqual({ text: 'Ouders: vraag q1', fallback: true });
		expect(questionText(q, '8-11', 'en')).toEqual({ text: 'Question q1', fallback: false });
		expect(localized({ nl: 'Hoi', ar: 'مرحبا' }, 'ar')).toEqual({ text: 'مرحبا', fallback: false });
	});

	it('lists everyone first, then the age bands in their usual order', () => {
		expect(audiencesOf(results([q]))).toEqual(['all', '8-11', '12-15', '16-18', 'parent']);
		const small = results([q], { scan: { ...results([]).scan, age_bands: ['12-15', '8-11'] } });
		small.respondents_by_age_band = [];
		expect(audiencesOf(small)).toEqual(['all', '8-11', '12-15', '16-18']);
	});

	it('gives a suppressed band no respondent count', () => {
		const r = results([q]);
		expect(respondentsOf(r, 'all')).toBe(320);
		expect(respondentsOf(r, '12-15')).toBe(165);
		expect(respondentsOf(r, '16-18')).toBeNull();
	});
});

describe('groupByTheme', () => {
	it('puts themes in the monitor order, leaves out free text and adds feedback by date', () => {
		const r = results(
			[
				question('o1', 'onderwijs', 'smiley5'),
				question('m1', 'meedoen', 'yes_no_unsure'),
				question('o2', 'onderwijs', 'choice'),
				question('t1', 'meedoen', 'text')
			],
			{
				feedback: [
					{
						theme: 'armoede',
						stage: 'done',
						body: { nl: 'Gedaan' },
						published_at: '2026-11-29T00:00:00Z'
					},
					{
						theme: 'onderwijs',
						stage: 'done',
						body: { nl: 'B' },
						published_at: '2026-11-28T00:00:00Z'
					},
					{
						theme: 'onderwijs',
						stage: 'plan',
						body: { nl: 'A' },
						published_at: '2026-11-20T00:00:00Z'
					}
				]
			}
		);
		const groups = groupByTheme(r, themeSlugs);
		expect(
			groups.map((g) => [g.theme, g.questions.map((q) => q.id), g.feedback.map((f) => f.body.nl)])
		).toEqual([
			['meedoen', ['m1'], []],
			['armoede', [], ['Gedaan']],
			['onderwijs', ['o1', 'o2'], ['A', 'B']]
		]);
	});
});

describe('nothingToShow', () => {
	it('is true when the scan is too small or every question is suppressed', () => {
		const hidden = question('h', 'zorg', 'smiley5', {
			...smiley(null, null, null, null, null, null)
		});
		expect(nothingToShow(results([hidden]))).toBe(true);
		expect(nothingToShow(results([question('a', 'zorg', 'smiley5')], { respondents: null }))).toBe(
			true
		);
		expect(nothingToShow(results([hidden, question('a', 'zorg', 'yes_no_unsure')]))).toBe(false);
	});
});
