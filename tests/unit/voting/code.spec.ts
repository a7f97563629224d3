import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	BALLOT_ALPHABET,
	checkBallotCode,
	codeFromFragment,
	formatBallotCode,
	normalizeBallotCode
} from '$lib/voting/code';

describe('ballot code normalization (mirrors private.ballot_code_key)', () => {
	it('forgives case, spaces and dashes of every kind', () => {
		for (const typed of [
			'DEMA-CCCC',
			'dema-cccc',
			' dema cccc ',
			'De Ma - cC cC',
			'DEMA\u2013CCCC',
			'DEMA\u2212CCCC',
			'DEMA\u00a0CCCC',
			'DEMA\tCCCC\n',
			'DEMACCCC'
		]) {
			expect(normalizeBallotCode(typed), typed).toBe('DEMACCCC');
		}
	});

	it('shows a key the way the card prints it', () => {
		expect(formatBallotCode('DEMACCCC')).toBe('DEMA-CCCC');
		expect(formatBallotCode(normalizeBallotCode('q3n4 4qgh')!)).toBe('Q3N4-4QGH');
	});

	it('names the characters that cannot be in a code instead of guessing look-alikes', () => {
		expect(checkBallotCode('DEM0-CCCC')).toEqual({
			ok: false,
			problem: 'invalid_characters',
			invalid: ['0'],
			length: 8
		});
		const lookAlikes = checkBallotCode('OIL1-Z25S');
		expect(lookAlikes).toMatchObject({ ok: false, problem: 'invalid_characters' });
		expect(lookAlikes.ok ? [] : lookAlikes.invalid).toEqual([
			'O',
			'I',
			'L',
			'1',
			'Z',
			'2',
			'5',
			'S'
		]);
		expect(checkBallotCode('B8B8-AAAA')).toMatchObject({ invalid: ['B'] });
		expect(checkBallotCode('DEMA_CCCC')).toMatchObject({ invalid: ['_'] });
	});

	it('says when a code is empty, too short or too long', () => {
		expect(checkBallotCode('  - ')).toMatchObject({ ok: false, problem: 'empty', length: 0 });
		expect(checkBallotCode('DEMA-CCC')).toMatchObject({
			ok: false,
			problem: 'too_short',
			length: 7
		});
		expect(checkBallotCode('DEMA-CCCCC')).toMatchObject({
			ok: false,
			problem: 'too_long',
			length: 9
		});
		expect(normalizeBallotCode('DEMA-CCC')).toBeUndefined();
	});

	it('accepts every 8-character code over the alphabet, however it is spaced and cased', () => {
		const char = fc.constantFrom(...BALLOT_ALPHABET);
		fc.assert(
			fc.property(
				fc.array(char, { minLength: 8, maxLength: 8 }),
				fc.array(fc.constantFrom('', ' ', '-', '  ', '\u2010'), { minLength: 9, maxLength: 9 }),
				fc.boolean(),
				(chars, gaps, lower) => {
					const key = chars.join('');
					let typed = gaps[0];
					chars.forEach((c, i) => (typed += (lower ? c.toLowerCase() : c) + gaps[i + 1]));
					expect(normalizeBallotCode(typed)).toBe(key);
					expect(normalizeBallotCode(formatBallotCode(key))).toBe(key);
				}
			)
		);
	});

	it('refuses any code holding a character outside the alphabet', () => {
		const outside = fc
			.constantFrom(...'BILOSZ0125_.#/?ÄÉ'.split(''))
			.filter((c) => !BALLOT_ALPHABET.includes(c));
		fc.assert(
			fc.property(
				fc.array(fc.constantFrom(...BALLOT_ALPHABET), { minLength: 7, maxLength: 7 }),
				outside,
				fc.nat(7),
				(chars, bad, at) => {
					chars.splice(at, 0, bad);
					const check = checkBallotCode(chars.join(''));
					expect(check.ok).toBe(false);
					expect(check.ok ? [] : check.invalid).toContain(bad.toUpperCase());
				}
			)
		);
	});

	it('reads the code from a ballot link fragment', () => {
		expect(codeFromFragment('#DEMA-CCCC')).toBe('DEMA-CCCC');
		expect(codeFromFragment('#DEMA%20CCCC')).toBe('DEMA CCCC');
		expect(codeFromFragment('')).toBe('');
		expect(codeFromFragment('#%E0%A4%A')).toBe('%E0%A4%A');
	});
});
