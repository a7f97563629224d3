import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, parseCsv, toCsv } from '../../../src/lib/results/csv';

describe('toCsv', () => {
	it('starts with a byte order mark and ends every record with CRLF', () => {
		expect(
			toCsv([
				['a', 'b'],
				['c', 'd']
			])
		).toBe(`${CSV_BOM}a,b\r\nc,d\r\n`);
	});

	it('quotes cells with commas, quotes and line breaks, doubling the quotes', () => {
		expect(toCsv([['1,5', 'zei "ja"', 'twee\nregels', 'gewoon']])).toBe(
			`${CSV_BOM}"1,5","zei ""ja""","twee\nregels",gewoon\r\n`
		);
	});

	it('writes numbers as digits and empty cells for null, undefined and non-finite numbers', () => {
		expect(toCsv([[0, 35, null, undefined, Number.NaN, 12.5]])).toBe(`${CSV_BOM}0,35,,,,12.5\r\n`);
	});

	it('keeps Arabic, Cyrillic and accents as they are', () => {
		expect(toCsv([['نعم', 'Так', 'één']])).toBe(`${CSV_BOM}نعم,Так,één\r\n`);
	});

	it('defuses text that a spreadsheet would run as a formula', () => {
		expect(toCsv([['=SUM(A1:A2)', '+31', '@x', '-1']])).toBe(
			`${CSV_BOM}'=SUM(A1:A2),'+31,'@x,'-1\r\n`
		);
	});

	it('gives only the byte order mark for no rows', () => {
		expect(toCsv([])).toBe(CSV_BOM);
	});
});

describe('parseCsv', () => {
	it('reads back what toCsv wrote, for any text that is not a formula', () => {
		const safeText = fc
			.string({ unit: 'binary', maxLength: 12 })
			.filter((s) => !/^[=+\-@\t\r]/.test(s));
		const table = fc.integer({ min: 1, max: 5 }).chain((width) =>
			fc.array(fc.array(safeText, { minLength: width, maxLength: width }), {
				minLength: 1,
				maxLength: 6
			})
		);
		fc.assert(
			fc.property(table, (rows) => {
				expect(parseCsv(toCsv(rows))).toEqual(rows);
			})
		);
	});

	it('reads quoted cells with CRLF inside and text without a byte order mark', () => {
		expect(parseCsv('a,"b\r\nc"\r\nd,e')).toEqual([
			['a', 'b\r\nc'],
			['d', 'e']
		]);
	});
});
