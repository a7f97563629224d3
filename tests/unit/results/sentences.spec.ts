import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locales } from '$lib/content/types';
import {
	comparisonSentence,
	measure,
	outOfTen,
	resultSentence,
	type Audience
} from '$lib/results/sentences';
import { contextFor } from './i18n';
import { comparison, group, smiley, yesNo } from './fixtures';

const nl = contextFor('nl', { school: 'School en leren', sport: 'Sport', geld: 'Geld' });

describe('outOfTen', () => {
	it('rounds a whole percentage to tenths', () => {
		expect([0, 4, 5, 14, 15, 44, 45, 68, 70, 94, 95, 100].map(outOfTen)).toEqual([
			0, 0, 1, 1, 2, 4, 5, 7, 7, 9, 10, 10
		]);
	});

	it('is never more than half a tenth away from the percentage', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 100 }), (p) => {
				expect(Math.abs(outOfTen(p) * 10 - p)).toBeLessThanOrEqual(5);
			})
		);
	});
});

describe('measure', () => {
	it('combines (strongly) agree for a smiley question', () => {
		expect(measure('smiley5', smiley(5, 10, 15, 40, 30))).toEqual({
			type: 'share',
			of: 'agree',
			values: ['4', '5'],
			percent: 70
		});
	});

	it('takes "yes" for a yes/no/unsure question', () => {
		expect(measure('yes_no_unsure', yesNo(42, 38, 20))).toMatchObject({ of: 'yes', percent: 42 });
	});

	it('makes no share when a cell it needs is hidden', () => {
		expect(measure('smiley5', smiley(30, 30, 36, '<5', null))).toEqual({ type: 'unclear' });
		expect(measure('yes_no_unsure', yesNo(null, 60, 30))).toEqual({ type: 'unclear' });
	});

	it('names the most chosen option of a choice question, and all of them on a tie', () => {
		expect(measure('choice', group(100, { school: 20, sport: 45, geld: 35 }))).toEqual({
			type: 'most',
			values: ['sport'],
			percent: 45
		});
		expect(measure('multi', group(100, { school: 40, sport: 40, geld: '<5' }))).toEqual({
			type: 'most',
			values: ['school', 'sport'],
			percent: 40
		});
	});

	it('says a suppressed group is suppressed', () => {
		expect(measure('smiley5', smiley(null, null, null, null, null, null))).toEqual({
			type: 'suppressed'
		});
	});
});

describe('resultSentence in Dutch', () => {
	it('says "ongeveer 7 van de 10" for 68 % agreeing', () => {
		expect(resultSentence('smiley5', smiley(5, 7, 20, 38, 30), 'all', nl)).toBe(
			'Ongeveer 7 van de 10 mensen die meededen zijn het hiermee (helemaal) eens.'
		);
	});

	it('uses the singular for 1 in 10 and names the age band', () => {
		expect(resultSentence('yes_no_unsure', yesNo(12, 70, 18), '12-15', nl)).toBe(
			'Ongeveer 1 van de 10 jongeren van 12 tot 15 jaar zegt ja.'
		);
	});

	it('never says "0 of 10" or "10 of 10"', () => {
		expect(resultSentence('yes_no_unsure', yesNo(3, 90, 7), 'parent', nl)).toBe(
			'Minder dan 1 van de 10 ouders zegt ja.'
		);
		expect(resultSentence('yes_no_unsure', yesNo(97, '<5', '<5'), '8-11', nl)).toBe(
			'Bijna alle kinderen van 8 tot 11 jaar zeggen ja.'
		);
	});

	it('names the most chosen option in quotes', () => {
		expect(
			resultSentence('choice', group(150, { school: 20, sport: 45, geld: 35 }), 'all', nl)
		).toBe('Het vaakst gekozen: „Sport”. Dat kozen ongeveer 5 van de 10 mensen die meededen.');
		expect(
			resultSentence('multi', group(150, { school: 40, sport: 40, geld: 10 }), '16-18', nl)
		).toBe(
			'Het vaakst gekozen: „School en leren” en „Sport”. Die kozen elk ongeveer 4 van de 10 jongeren van 16 tot 18 jaar.'
		);
	});

	it('explains hidden figures in child words instead of guessing', () => {
		expect(resultSentence('smiley5', smiley(40, 40, 16, '<5', null), 'all', nl)).toBe(
			'Bij deze vraag zijn sommige aantallen te klein om te laten zien. Daarom maken we er geen zin over.'
		);
		expect(resultSentence('smiley5', smiley(null, null, null, null, null, null), '16-18', nl)).toBe(
			'Te weinig jongeren gaven antwoord om dit te laten zien. Zo blijft iedereen onherkenbaar.'
		);
		expect(resultSentence('yes_no_unsure', yesNo(null, null, null, null), 'parent', nl)).toContain(
			'Te weinig ouders'
		);
	});
});

describe('comparisonSentence', () => {
	it('compares the same measure with other municipalities', () => {
		expect(
			comparisonSentence(
				'smiley5',
				smiley(5, 7, 20, 38, 30),
				comparison(smiley(10, 10, 20, 35, 25, 4000)),
				nl
			)
		).toBe('In alle gemeenten samen: ongeveer 6 van de 10 zijn het hiermee (helemaal) eens.');
	});

	it('compares the share of the option that was most chosen here', () => {
		expect(
			comparisonSentence(
				'choice',
				group(150, { school: 20, sport: 45, geld: 35 }),
				comparison(group(900, { school: 50, sport: 30, geld: 20 })),
				nl
			)
		).toBe('In alle gemeenten samen: ongeveer 3 van de 10 kozen „Sport”.');
	});

	it('says nothing without a comparison or when it is hidden', () => {
		const own = yesNo(42, 38, 20);
		expect(comparisonSentence('yes_no_unsure', own, null, nl)).toBeNull();
		expect(
			comparisonSentence('yes_no_unsure', own, comparison(yesNo(null, null, null, null)), nl)
		).toBeNull();
		expect(
			comparisonSentence('yes_no_unsure', own, comparison(yesNo(null, 50, 30, 500)), nl)
		).toBeNull();
	});
});

describe('every locale', () => {
	const audiences: Audience[] = ['all', '8-11', '12-15', '16-18', 'parent'];
	const cases = [
		['smiley5', (p: number) => smiley(100 - p, 0, 0, p, 0)],
		['yes_no_unsure', (p: number) => yesNo(p, 100 - p, 0)],
		['choice', (p: number) => group(100, { school: p, sport: (100 - p) / 4 })],
		['multi', (p: number) => group(100, { school: p, sport: p === 0 ? 1 : Math.floor(p / 2) })]
	] as const;

	for (const locale of locales) {
		it(`${locale}: a sentence for every kind, audience and tenth, with no raw key or placeholder`, () => {
			const ctx = contextFor(locale, { school: 'S', sport: 'P' });
			for (const [kind, figures] of cases) {
				for (const audience of audiences) {
					for (let p = 0; p <= 100; p += 10) {
						const own = figures(Math.max(p, kind === 'choice' ? 25 : 0));
						const texts = [
							resultSentence(kind, own, audience, ctx),
							comparisonSentence(kind, own, comparison(own), ctx)
						];
						for (const text of texts) {
							expect(text).not.toMatch(/results\.|\{\{|\}\}/);
							expect(text!.length).toBeGreaterThan(10);
						}
					}
				}
			}
		});

		it(`${locale}: the figure in the sentence is the rounded tenth`, () => {
			const ctx = contextFor(locale);
			const text = resultSentence('yes_no_unsure', yesNo(68, 22, 10), 'all', ctx);
			expect(text).toContain(new Intl.NumberFormat(locale).format(7));
			expect(text).not.toContain('68');
		});
	}
});
