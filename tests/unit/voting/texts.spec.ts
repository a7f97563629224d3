// Texts asked for with a computed key (server reasons, states, methods, problems) exist in every
// locale, so a voter never sees a raw key.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { METHODS } from '$lib/voting/ballot';
import { locales } from '$lib/i18n/locales';
import { isFallbackText, localText } from '$lib/voting/texts';

const root = join(import.meta.dirname, '../../..');
const migration = readFileSync(join(root, 'supabase/migrations/20261201000400_voting.sql'), 'utf8');

function texts(locale: string): Record<string, Record<string, string>> {
	return JSON.parse(readFileSync(join(root, `src/lib/i18n/locales/${locale}/vote.json`), 'utf8'));
}

/** Reasons cast_votes and get_ballot can give (`o_reason := '…'`, `hint = '…'`). */
const serverReasons = [
	...new Set([
		...[...migration.matchAll(/o_reason := '([a-z_]+)'/g)].map((m) => m[1]),
		...['invalid_code', 'ballot_not_found', 'round_not_open', 'round_closed']
	])
];

describe('vote texts with computed keys', () => {
	it('explain every reason the server gives for a ballot or a vote', () => {
		expect(serverReasons).toEqual(
			expect.arrayContaining(['ballot_used', 'invalid_ballot', 'conflict', 'invalid_item'])
		);
		for (const locale of locales) {
			const reason = texts(locale).reason;
			for (const code of [...serverReasons, 'network', 'storage', 'unknown']) {
				expect(reason[code], `${locale}: vote.reason.${code}`).toBeTruthy();
			}
		}
	});

	it('name every state, method and results figure', () => {
		for (const locale of locales) {
			const t = texts(locale);
			for (const state of ['not_voted', 'used', 'closed', 'waiting', 'counted', 'rejected']) {
				expect(t.state[state], `${locale}: vote.state.${state}`).toBeTruthy();
			}
			for (const method of METHODS) {
				for (const part of ['name', '1', '2', '3']) {
					expect(t.method[`${method}_${part}`], `${locale}: ${method}_${part}`).toBeTruthy();
				}
				if (method !== 'pairwise') expect(t.results[`how_${method}`]).toBeTruthy();
			}
			for (const figure of [
				'points',
				'voters',
				'first_place',
				'second_place',
				'third_place',
				'score',
				'wins',
				'losses',
				'comparisons'
			]) {
				expect(t.results[`col_${figure}`], `${locale}: col_${figure}`).toBeTruthy();
			}
		}
	});

	it('never use a look-alike character in an example code', () => {
		for (const locale of locales) {
			for (const text of Object.values(texts(locale)).flatMap((group) => Object.values(group))) {
				for (const example of text.match(/\b[A-Z0-9]{4}-[A-Z0-9]{4}\b/g) ?? []) {
					expect(example.replace('-', ''), `${locale}: ${text}`).toMatch(
						/^[ACDEFGHJKMNPQRTUVWXY346789]{8}$/
					);
				}
			}
		}
	});
});

describe('texts from the server', () => {
	it('are shown in the voter’s language, else in Dutch', () => {
		const label = { nl: 'Lekker in je vel', ar: 'أن تشعر بالراحة في داخلك' };
		expect(localText(label, 'ar')).toBe('أن تشعر بالراحة في داخلك');
		expect(localText(label, 'pl')).toBe('Lekker in je vel');
		expect(isFallbackText(label, 'pl')).toBe(true);
		expect(isFallbackText(label, 'ar')).toBe(false);
		expect(localText(undefined, 'nl')).toBe('');
	});
});
