// What the app derives from a stored scan: questions per age band, texts per language, and the
// submit_responses item for a finished draft.
import { describe, expect, test } from 'vitest';
import {
	cleanText,
	isScanData,
	localized,
	questionText,
	questionsFor,
	toSubmission,
	type ScanData
} from '../../../src/lib/scan/model';

const scan: ScanData = {
	id: 'scan-1',
	join_code: 'DEMO01',
	title: { nl: 'Scan', en: 'Scan' },
	municipality: { name: 'Demodorp', cbs_code: 'GM9999' },
	opens_at: null,
	closes_at: null,
	status: 'open',
	age_bands: ['8-11', '12-15', 'parent'],
	questions: [
		{
			id: 'q_smiley',
			theme: 'meedoen',
			crc_articles: [12],
			kind: 'smiley5',
			text: { nl: 'Thuis luisteren ze.', ar: 'في البيت يستمعون.' },
			parent_text: { nl: 'Thuis luisteren we naar mijn kind.' },
			age_bands: ['8-11', '12-15', 'parent'],
			options: []
		},
		{
			id: 'q_teens',
			theme: 'uitbuiting',
			crc_articles: [34],
			kind: 'yes_no_unsure',
			text: { nl: 'Online druk?' },
			age_bands: ['12-15'],
			options: []
		},
		{
			id: 'q_multi',
			theme: 'mentale-gezondheid',
			crc_articles: [24],
			kind: 'multi',
			text: { nl: 'Wat helpt?' },
			options: [
				{ value: 'praten', label: { nl: 'Praten' } },
				{ value: 'sport', label: { nl: 'Sport' } }
			]
		},
		{
			id: 'q_text',
			theme: 'jeugdstrategie',
			crc_articles: [12],
			kind: 'text',
			text: { nl: 'Wat nog?' },
			options: []
		}
	]
};

describe('questionsFor', () => {
	test('gives each band only its questions, in order', () => {
		expect(questionsFor(scan, '8-11').map((q) => q.id)).toEqual(['q_smiley', 'q_multi', 'q_text']);
		expect(questionsFor(scan, '12-15').map((q) => q.id)).toEqual([
			'q_smiley',
			'q_teens',
			'q_multi',
			'q_text'
		]);
	});

	test('parents read their own wording', () => {
		expect(questionText(scan.questions[0], 'parent').nl).toBe('Thuis luisteren we naar mijn kind.');
		expect(questionText(scan.questions[0], '8-11').nl).toBe('Thuis luisteren ze.');
		expect(questionText(scan.questions[1], 'parent').nl).toBe('Online druk?');
	});
});

describe('localized', () => {
	test('the language asked for, else Dutch, and says which', () => {
		expect(localized(scan.questions[0].text, 'ar')).toEqual({
			text: 'في البيت يستمعون.',
			lang: 'ar'
		});
		expect(localized(scan.questions[0].text, 'pl')).toEqual({
			text: 'Thuis luisteren ze.',
			lang: 'nl'
		});
		expect(localized({ en: 'Only English' }, 'tr')).toEqual({ text: 'Only English', lang: 'en' });
		expect(localized(undefined, 'nl')).toEqual({ text: '', lang: 'nl' });
	});
});

describe('toSubmission', () => {
	test('sends given answers only, in the shape submit_responses takes', () => {
		const submission = toSubmission(
			{
				id: 'resp-1',
				ageBand: '8-11',
				answers: {
					q_smiley: '4',
					q_teens: 'yes',
					q_multi: ['praten', 'sport'],
					q_text: { text: '  Meer bankjes in het park  ' }
				}
			},
			scan,
			'ar',
			Date.UTC(2026, 11, 1, 10, 30)
		);
		expect(submission).toEqual({
			id: 'resp-1',
			scan_id: 'scan-1',
			age_band: '8-11',
			locale: 'ar',
			answered_at: '2026-12-01T10:30:00.000Z',
			answers: [
				{ question_id: 'q_smiley', value: '4' },
				{ question_id: 'q_multi', value: ['praten', 'sport'] },
				{ question_id: 'q_text', text: 'Meer bankjes in het park' }
			]
		});
	});

	test('"Wil ik niet zeggen", empty choices and blank text are not sent', () => {
		const submission = toSubmission(
			{
				id: 'r',
				ageBand: '12-15',
				answers: { q_smiley: null, q_multi: [], q_text: { text: '  ' } }
			},
			scan,
			'nl',
			Date.now()
		);
		expect(submission.answers).toEqual([]);
	});
});

describe('isScanData', () => {
	test('accepts a get_scan answer and refuses what the app could not show', () => {
		expect(isScanData(scan)).toBe(true);
		expect(
			isScanData({ ...scan, questions: [{ id: 'x', kind: 'slider', text: {}, options: [] }] })
		).toBe(false);
		expect(isScanData({ ...scan, age_bands: ['0-7'] })).toBe(false);
		expect(isScanData(null)).toBe(false);
	});
});

describe('free text', () => {
	test('loses control characters PostgreSQL cannot hold, keeps the rest, and is capped', () => {
		expect(cleanText('  Meer\u0000 speel\u0007plekken!\n ')).toBe('Meer speelplekken!');
		expect(cleanText('مزيد من الملاعب')).toBe('مزيد من الملاعب');
		expect(cleanText('x'.repeat(600))).toHaveLength(500);
	});
});
