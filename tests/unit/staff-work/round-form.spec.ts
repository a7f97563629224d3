import { describe, expect, it } from 'vitest';
import {
	checkRoundDraft,
	emptyLabels,
	emptyRoundDraft,
	slugify,
	toRoundInput,
	toVoteOptions,
	type RoundDraft
} from '../../../src/lib/staff-work/round-form';

const now = new Date('2026-12-01T12:00:00Z');
const labels = (nl: string, extra: Record<string, string> = {}) => ({
	...emptyLabels(),
	nl,
	...extra
});

function draft(overrides: Partial<RoundDraft> = {}): RoundDraft {
	return {
		...emptyRoundDraft('m1'),
		titleNl: 'Wat eerst?',
		method: 'points',
		opensAt: '2026-12-02T09:00',
		closesAt: '2026-12-09T17:00',
		...overrides
	};
}

describe('checkRoundDraft', () => {
	it('accepts a round on the ten themes', () => {
		expect(checkRoundDraft(draft(), now)).toEqual([]);
	});

	it('needs a title, a method and a period', () => {
		expect(
			checkRoundDraft(draft({ titleNl: '', method: '', opensAt: '', closesAt: '' }), now)
		).toEqual([
			{ field: 'title_nl', problem: 'title_required' },
			{ field: 'method', problem: 'method_required' },
			{ field: 'opens_at', problem: 'date_required' },
			{ field: 'closes_at', problem: 'date_required' }
		]);
	});

	it('checks own options: at least two, each with a distinct Dutch name', () => {
		const own = { useThemes: false };
		expect(checkRoundDraft(draft({ ...own, options: [labels('Spelen')] }), now)).toEqual([
			{ field: 'options', problem: 'too_few_options' }
		]);
		expect(
			checkRoundDraft(
				draft({ ...own, options: [labels('Spelen'), labels(' spelen '), labels('')] }),
				now
			)
		).toEqual([
			{ field: 'options', problem: 'option_duplicate', option: 2 },
			{ field: 'options', problem: 'option_label_required', option: 3 }
		]);
	});

	it('ignores the own options while the ten themes are chosen', () => {
		expect(checkRoundDraft(draft({ options: [labels('')] }), now)).toEqual([]);
	});
});

describe('options and input', () => {
	it('makes values the server accepts from Dutch labels', () => {
		expect(slugify('Één plan, samen!')).toBe('een-plan-samen');
		expect(slugify('x'.repeat(50))).toHaveLength(40);
		for (const value of toVoteOptions([labels('Spelen'), labels('Spelen?'), labels('!!')]).map(
			(o) => o.value
		)) {
			expect(value).toMatch(/^[a-z0-9][a-z0-9_-]{0,39}$/);
		}
		expect(
			toVoteOptions([labels('Spelen'), labels('Spelen?'), labels('!!')]).map((o) => o.value)
		).toEqual(['spelen', 'spelen-2', 'optie-3']);
	});

	it('keeps only the languages that were filled in', () => {
		expect(toVoteOptions([labels('Spelen', { en: 'Play', ar: ' ' })])[0].label).toEqual({
			nl: 'Spelen',
			en: 'Play'
		});
	});

	it('sends null options for the ten themes and the chosen panel or none', () => {
		const input = toRoundInput(draft({ titleEn: 'What first?', panelId: '' }));
		expect(input).toMatchObject({
			municipalityId: 'm1',
			panelId: null,
			title: { nl: 'Wat eerst?', en: 'What first?' },
			method: 'points',
			options: null
		});
		expect(input.opensAt).toBe(new Date(2026, 11, 2, 9, 0).toISOString());
	});
});
