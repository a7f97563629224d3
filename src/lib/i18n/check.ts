// Checks the UI locale files: every locale has exactly the keys Dutch has, no empty texts, and
// every key the code asks for with a literal `t('…')` exists. Plain TS, used by tests/unit.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { locales } from './locales';

export interface LocaleProblem {
	file: string;
	key: string;
	problem: 'missing' | 'extra' | 'empty' | 'unparsable' | 'missing_file' | 'unknown_key';
}

function flatten(value: unknown, prefix = '', out = new Map<string, unknown>()) {
	if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
		for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
	} else {
		out.set(prefix, value);
	}
	return out;
}

function readKeys(file: string, problems: LocaleProblem[], root: string) {
	try {
		return flatten(JSON.parse(readFileSync(file, 'utf8')));
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		problems.push({
			file: relative(root, file),
			key: '',
			problem: code === 'ENOENT' ? 'missing_file' : 'unparsable'
		});
		return undefined;
	}
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

// A plural text has the forms its language needs (Arabic six, Polish four …), not Dutch's two.
function expectedKeys(dutch: Map<string, unknown>, locale: string): Set<string> {
	const forms = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
	const expected = new Set<string>();
	for (const key of dutch.keys()) {
		if (!pluralSuffix.test(key)) expected.add(key);
		else for (const form of forms) expected.add(key.replace(pluralSuffix, `_${form}`));
	}
	return expected;
}

/** Compares every locale's namespace files with Dutch. */
export function checkLocaleFiles(
	root: string,
	localesDir = 'src/lib/i18n/locales'
): LocaleProblem[] {
	const problems: LocaleProblem[] = [];
	const dir = join(root, localesDir);
	for (const file of readdirSync(join(dir, 'nl')).filter((f) => f.endsWith('.json'))) {
		const dutch = readKeys(join(dir, 'nl', file), problems, root);
		if (!dutch) continue;
		for (const locale of locales) {
			const path = join(dir, locale, file);
			const keys = locale === 'nl' ? dutch : readKeys(path, problems, root);
			if (!keys) continue;
			const name = relative(root, path);
			const expected = expectedKeys(dutch, locale);
			for (const [key, value] of keys) {
				if (!expected.has(key)) problems.push({ file: name, key, problem: 'extra' });
				else if (typeof value !== 'string' || value.trim() === '') {
					problems.push({ file: name, key, problem: 'empty' });
				}
			}
			for (const key of expected) {
				if (!keys.has(key)) problems.push({ file: name, key, problem: 'missing' });
			}
		}
	}
	return problems;
}

/** Literal keys passed to t() in source files that Dutch does not have. */
export function checkUsedKeys(root: string, sources: string[]): LocaleProblem[] {
	const dir = join(root, 'src/lib/i18n/locales/nl');
	const known = new Set<string>();
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
		const ns = file.replace(/\.json$/, '');
		for (const key of flatten(JSON.parse(readFileSync(join(dir, file), 'utf8'))).keys()) {
			known.add(`${ns}.${key}`);
			// i18next plural forms: `key_one`, `key_other` are asked for as `key`.
			known.add(`${ns}.${key.replace(/_(zero|one|two|few|many|other)$/, '')}`);
		}
	}
	const problems: LocaleProblem[] = [];
	for (const file of sources) {
		const text = readFileSync(file, 'utf8');
		for (const match of text.matchAll(/\bt\(\s*'([a-z0-9_]+(?:\.[a-z0-9_]+)+)'/g)) {
			// Keys of the common namespace may be written without it.
			const key = match[1];
			if (!known.has(key) && !known.has(`common.${key}`)) {
				problems.push({ file: relative(root, file), key, problem: 'unknown_key' });
			}
		}
	}
	return problems;
}
