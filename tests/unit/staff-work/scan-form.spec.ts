import { describe, expect, it } from 'vitest';
import type { AgeBand } from '../../../src/lib/api/scans-admin';
import {
	checkScanDraft,
	emptyDraft,
	filterBank,
	fromLocalInput,
	move,
	toLocalInput,
	toScanInput,
	type ScanDraft
} from '../../../src/lib/staff-work/scan-form';

const bank = new Map<string, { age_bands: AgeBand[] }>([
	['kids_only', { age_bands: ['8-11'] }],
	['teens', { age_bands: ['12-15', '16-18'] }],
	['parents', { age_bands: ['parent'] }]
]);
const now = new Date('2026-12-01T12:00:00Z');

function draft(overrides: Partial<ScanDraft> = {}): ScanDraft {
	return {
		...emptyDraft(),
		titleNl: 'Zomerscan',
		ageBands: ['8-11', '12-15'],
		questionIds: ['kids_only', 'teens'],
		...overrides
	};
}

describe('checkScanDraft', () => {
	it('accepts a complete draft', () => {
		expect(checkScanDraft(draft(), bank, now)).toEqual([]);
	});

	it('asks for a Dutch title and at most 120 characters', () => {
		expect(checkScanDraft(draft({ titleNl: '  ' }), bank, now)).toEqual([
			{ field: 'title_nl', problem: 'title_required' }
		]);
		expect(checkScanDraft(draft({ titleEn: 'x'.repeat(121) }), bank, now)).toEqual([
			{ field: 'title_en', problem: 'title_too_long' }
		]);
	});

	it('names the age band without questions and the question outside the bands', () => {
		expect(checkScanDraft(draft({ ageBands: ['8-11', 'parent'] }), bank, now)).toEqual([
			{ field: 'questions', problem: 'question_outside_bands', subject: 'teens' },
			{ field: 'questions', problem: 'band_without_questions', subject: 'parent' }
		]);
	});

	it('needs a band and a question', () => {
		expect(checkScanDraft(draft({ ageBands: [], questionIds: [] }), bank, now)).toEqual([
			{ field: 'age_bands', problem: 'no_age_band' },
			{ field: 'questions', problem: 'no_questions' }
		]);
	});

	it('wants the closing time after the opening time and in the future', () => {
		expect(
			checkScanDraft(
				draft({ opensAt: '2027-01-10T09:00', closesAt: '2027-01-09T09:00' }),
				bank,
				now
			)
		).toEqual([{ field: 'closes_at', problem: 'closes_before_opens' }]);
		expect(checkScanDraft(draft({ closesAt: '2026-11-01T09:00' }), bank, now)).toEqual([
			{ field: 'closes_at', problem: 'closes_in_past' }
		]);
		expect(checkScanDraft(draft({ opensAt: 'morgen' }), bank, now)).toEqual([
			{ field: 'opens_at', problem: 'invalid_date' }
		]);
	});
});

describe('toScanInput', () => {
	it('trims, leaves out an empty English title and keeps the bands in their usual order', () => {
		const input = toScanInput(
			draft({
				titleNl: ' Zomer ',
				ageBands: ['parent', '8-11'],
				questionIds: ['parents', 'kids_only']
			})
		);
		expect(input).toEqual({
			title: { nl: 'Zomer' },
			questionIds: ['parents', 'kids_only'],
			ageBands: ['8-11', 'parent'],
			opensAt: null,
			closesAt: null
		});
	});

	it('turns local date inputs into ISO times and back', () => {
		const iso = fromLocalInput('2027-03-01T08:30');
		expect(iso).toBe(new Date(2027, 2, 1, 8, 30).toISOString());
		expect(toLocalInput(iso!)).toBe('2027-03-01T08:30');
		expect(fromLocalInput('')).toBeNull();
	});
});

describe('filterBank and move', () => {
	const questions = [
		{ id: 'a', theme: 'zorg', age_bands: ['8-11'] as AgeBand[] },
		{ id: 'b', theme: 'onderwijs', age_bands: ['8-11', 'parent'] as AgeBand[] },
		{ id: 'c', theme: 'zorg', age_bands: ['parent'] as AgeBand[] }
	];

	it('filters on theme and on age band, each optional', () => {
		expect(filterBank(questions, { theme: 'zorg', ageBand: '' }).map((q) => q.id)).toEqual([
			'a',
			'c'
		]);
		expect(filterBank(questions, { theme: '', ageBand: 'parent' }).map((q) => q.id)).toEqual([
			'b',
			'c'
		]);
		expect(filterBank(questions, { theme: 'zorg', ageBand: 'parent' }).map((q) => q.id)).toEqual([
			'c'
		]);
	});

	it('moves an item one place and leaves the ends alone', () => {
		expect(move(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
		expect(move(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
		expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
		expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
	});
});
