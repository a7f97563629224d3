import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLocaleFiles } from '$lib/i18n/check';

const root = join(import.meta.dirname, '../../..');

describe('results texts', () => {
	it('are complete in all six locales, with the plural forms each language needs', () => {
		const problems = checkLocaleFiles(root).filter((p) => p.file.endsWith('/results.json'));
		expect(problems).toEqual([]);
	});

	it('a plural text lacking a form its language needs is reported', () => {
		const copy = mkdtempSync(join(tmpdir(), 'rechtop-results-'));
		try {
			cpSync(join(root, 'src/lib/i18n/locales'), join(copy, 'locales'), { recursive: true });
			const file = join(copy, 'locales/pl/results.json');
			const texts = JSON.parse(readFileSync(file, 'utf8'));
			delete texts.sentence.yes_few;
			texts.sentence.yes_two = 'Około 2 na 10';
			writeFileSync(file, JSON.stringify(texts));
			const problems = checkLocaleFiles(copy, 'locales').filter((p) =>
				p.file.endsWith('pl/results.json')
			);
			expect(problems).toEqual([
				{ file: 'locales/pl/results.json', key: 'sentence.yes_two', problem: 'extra' },
				{ file: 'locales/pl/results.json', key: 'sentence.yes_few', problem: 'missing' }
			]);
		} finally {
			rmSync(copy, { recursive: true, force: true });
		}
	});
});
