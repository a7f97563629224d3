// Join codes typed from a poster: the client forgives what the server's private.join_key forgives.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	cleanJoinCode,
	isPlausibleJoinCode,
	joinCodeFromQr,
	joinKey
} from '../../../src/lib/scan/join-code';

describe('joinKey', () => {
	test.each([
		['DEMO01', 'DEM001'],
		['demo o1', 'DEM001'],
		['Demo-01', 'DEM001'],
		[' d e m o 0 l ', 'DEM001'],
		['DEMOOI', 'DEM001'],
		['vbs-001', 'VBS001'],
		['ACDE FG', 'ACDEFG']
	])('%s → %s', (typed, key) => {
		expect(joinKey(typed)).toBe(key);
	});

	test('is the same for every spelling that differs only in case, separators and look-alikes', () => {
		const symbol = fc.constantFrom(...'ABCDEFGHJKMNPQRSTUVWXYZ23456789'.split(''));
		const lookAlike = fc.constantFrom(['O', '0', 'o'], ['I', '1', 'l', 'L', 'i']);
		fc.assert(
			fc.property(
				fc.array(
					fc.oneof(
						symbol.map((c) => [c, c.toLowerCase()]),
						lookAlike
					),
					{
						minLength: 4,
						maxLength: 8
					}
				),
				fc.constantFrom('', ' ', '-', ' - '),
				fc.nat(),
				(groups, separator, seed) => {
					const a = groups.map((g) => g[0]).join('');
					const b = groups.map((g, i) => g[(seed + i) % g.length]).join(separator);
					expect(joinKey(b)).toBe(joinKey(a));
				}
			)
		);
	});
});

describe('cleanJoinCode and plausibility', () => {
	test('keeps letters and digits, upper-case', () => {
		expect(cleanJoinCode(' demo-o1 ')).toBe('DEMOO1');
	});

	test('codes have 4 to 12 characters', () => {
		expect(isPlausibleJoinCode('abc')).toBe(false);
		expect(isPlausibleJoinCode('a-b-c-d')).toBe(true);
		expect(isPlausibleJoinCode('ABCDEFGHJKMNP')).toBe(false);
		expect(isPlausibleJoinCode('!!!!')).toBe(false);
	});
});

describe('joinCodeFromQr', () => {
	test.each([
		['https://rechtop.nl/s/DEMO01', 'DEMO01'],
		['http://127.0.0.1:4173/s/demo01?utm=poster', 'DEMO01'],
		['https://rechtop.nl/s/DEMO01/', 'DEMO01'],
		['DEMO01', 'DEMO01'],
		['https://example.com/other/page', undefined],
		['hello there, this is not a code', undefined]
	])('%s → %s', (raw, code) => {
		expect(joinCodeFromQr(raw)).toBe(code);
	});
});
