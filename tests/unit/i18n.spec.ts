import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLocaleFiles, checkUsedKeys } from '../../src/lib/i18n/check';

const root = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && /\.(svelte|ts)$/.test(e.name))
		.map((e) => join(e.parentPath, e.name));
}

describe('UI texts', () => {
	it('are complete in all six locales', () => {
		expect(checkLocaleFiles(root)).toEqual([]);
	});

	it('have every key the code asks for', () => {
		expect(checkUsedKeys(root, sourceFiles(join(root, 'src')))).toEqual([]);
	});

	it('name the file and key of a missing, empty or broken translation', () => {
		const copy = mkdtempSync(join(tmpdir(), 'rechtop-locales-'));
		try {
			cpSync(join(root, 'src/lib/i18n/locales'), join(copy, 'locales'), { recursive: true });
			const common = JSON.parse(
				JSON.stringify({ app: { name: 'RechtOp', tagline: '' } })
			) as Record<string, unknown>;
			writeFileSync(join(copy, 'locales/tr/common.json'), JSON.stringify(common));
			writeFileSync(join(copy, 'locales/pl/common.json'), '{ "app": ');
			const problems = checkLocaleFiles(copy, 'locales');
			expect(problems).toContainEqual({
				file: 'locales/tr/common.json',
				key: 'app.tagline',
				problem: 'empty'
			});
			expect(problems).toContainEqual({
				file: 'locales/tr/common.json',
				key: 'nav.learn',
				problem: 'missing'
			});
			expect(problems).toContainEqual({
				file: 'locales/pl/common.json',
				key: '',
				problem: 'unparsable'
			});
		} finally {
			rmSync(copy, { recursive: true, force: true });
		}
	});
});
