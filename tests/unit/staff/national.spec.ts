import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '$lib/results/csv';
import { nationalCsvRows, nationalQuestions, type NationalResult } from '$lib/staff/national';

const result: NationalResult = {
	theme: 'meedoen',
	questions: [
		{
			id: 'meedoen_thuis_gehoord',
			theme: 'meedoen',
			kind: 'yes_no_unsure',
			text: { nl: 'Luisteren ze thuis naar je?', en: 'Do they listen to you at home?' },
			crc_articles: [12],
			options: [
				{ value: 'yes', label: { nl: 'Ja', en: 'Yes' } },
				{ value: 'no', label: { nl: 'Nee', en: 'No' } },
				{ value: 'unsure', label: { nl: 'Weet ik niet' } }
			],
			scans: [
				{
					join_code: 'DEMO02',
					title: { nl: 'Scan Demodorp' },
					municipality: { name: 'Demodorp', cbs_code: 'GM9999' },
					published_at: '2026-11-01T10:00:00Z',
					n: 120,
					suppressed: false,
					options: [
						{ value: 'yes', percent: 75, count: 90, fewer_than_5: false },
						{ value: 'no', percent: null, count: null, fewer_than_5: true },
						{ value: 'unsure', percent: null, count: null, fewer_than_5: false }
					]
				},
				{
					join_code: 'KLEIN1',
					title: { nl: 'Kleine scan' },
					municipality: { name: 'Kleindorp', cbs_code: 'GM0001' },
					published_at: '2026-11-02T10:00:00Z',
					n: null,
					suppressed: true,
					options: null
				}
			],
			national: null
		}
	]
};

const words = {
	header: ['theme', 'id', 'question', 'who', 'cbs', 'n', 'answer', 'percent', 'count', 'note'] as [
		string,
		string,
		string,
		string,
		string,
		string,
		string,
		string,
		string,
		string
	],
	national: (scans: number | null) => `National (${scans})`,
	fewerThan5: 'fewer than 5',
	hidden: 'hidden',
	tooFew: 'too few answers',
	themeName: (slug: string) => slug.toUpperCase()
};

describe('the national overview', () => {
	it('shows every scan and a national row, in the chosen language with Dutch as fallback', () => {
		const [question] = nationalQuestions(result, 'en');
		expect(question.text).toBe('Do they listen to you at home?');
		expect(question.options.map((o) => o.label)).toEqual(['Yes', 'No', 'Weet ik niet']);
		expect(question.rows.map((r) => [r.municipality, r.n, r.suppressed])).toEqual([
			['Demodorp', 120, false],
			['Kleindorp', null, true],
			[null, null, true]
		]);
		expect(question.rows[0].cells).toEqual([
			{ state: 'shown', percent: 75, count: 90 },
			{ state: 'fewer_than_5', percent: null, count: null },
			{ state: 'hidden', percent: null, count: null }
		]);
		expect(question.rows[1].cells.every((c) => c.state === 'hidden' && c.count === null)).toBe(
			true
		);
	});

	it('never puts a number in the CSV that the page hides', () => {
		const rows = nationalCsvRows(nationalQuestions(result, 'nl'), words);
		const parsed = parseCsv(toCsv(rows));
		expect(parsed[0]).toEqual(words.header);
		expect(parsed.slice(1)).toEqual([
			[
				'MEEDOEN',
				'meedoen_thuis_gehoord',
				'Luisteren ze thuis naar je?',
				'Demodorp',
				'GM9999',
				'120',
				'Ja',
				'75',
				'90',
				''
			],
			[
				'MEEDOEN',
				'meedoen_thuis_gehoord',
				'Luisteren ze thuis naar je?',
				'Demodorp',
				'GM9999',
				'120',
				'Nee',
				'',
				'',
				'fewer than 5'
			],
			[
				'MEEDOEN',
				'meedoen_thuis_gehoord',
				'Luisteren ze thuis naar je?',
				'Demodorp',
				'GM9999',
				'120',
				'Weet ik niet',
				'',
				'',
				'hidden'
			],
			[
				'MEEDOEN',
				'meedoen_thuis_gehoord',
				'Luisteren ze thuis naar je?',
				'Kleindorp',
				'GM0001',
				'too few answers',
				'Ja',
				'',
				'',
				'too few answers'
			],
			[
				'MEEDOEN',
				'meedoen_thuis_gehoord',
				'Luisteren ze thuis naar je?',
				'Kleindorp',
				'GM0001',
				'too few answers',
				'Nee',
				'',
				'',
				'too few answers'
			],
			[
				'MEEDOEN',
				'meedoen_thuis_gehoord',
				'Luisteren ze thuis naar je?',
				'Kleindorp',
				'GM0001',
				'too few answers',
				'Weet ik niet',
				'',
				'',
				'too few answers'
			],
			[
				'MEEDOEN',
				'meedoen_thuis_gehoord',
				'Luisteren ze thuis naar je?',
				'National (null)',
				'',
				'too few answers',
				'Ja',
				'',
				'',
				'too few answers'
			],
			[
				'MEEDOEN',
				'meedoen_thuis_gehoord',
				'Luisteren ze thuis naar je?',
				'National (null)',
				'',
				'too few answers',
				'Nee',
				'',
				'',
				'too few answers'
			],
			[
				'MEEDOEN',
				'meedoen_thuis_gehoord',
				'Luisteren ze thuis naar je?',
				'National (null)',
				'',
				'too few answers',
				'Weet ik niet',
				'',
				'',
				'too few answers'
			]
		]);
	});

	it('adds the national figure when at least two scans show the question', () => {
		const withNational: NationalResult = {
			...result,
			questions: [
				{
					...result.questions[0],
					national: {
						scans: 2,
						n: 250,
						options: [
							{ value: 'yes', percent: 60, count: 150, fewer_than_5: false },
							{ value: 'no', percent: 40, count: 100, fewer_than_5: false },
							{ value: 'unsure', percent: null, count: null, fewer_than_5: false }
						]
					}
				}
			]
		};
		const national = nationalQuestions(withNational, 'nl')[0].rows.at(-1)!;
		expect(national).toMatchObject({ municipality: null, scans: 2, n: 250, suppressed: false });
		expect(national.cells.map((c) => c.state)).toEqual(['shown', 'shown', 'hidden']);
	});
});
