// Shared data and checks for the rights-scan DB tests (supabase/seeds/10_scans.sql).
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { DbError, type TestDb } from './db.ts';

export const scans = {
	demo01: '00000000-0000-4000-8000-0000000de001',
	demo02: '00000000-0000-4000-8000-0000000de002',
	demo03: '00000000-0000-4000-8000-0000000de003',
	vbs001: '00000000-0000-4000-8000-00000000b001'
} as const;

export const LOCALES = ['nl', 'en', 'ar', 'uk', 'tr', 'pl'] as const;

export interface Answer {
	question_id: unknown;
	value?: unknown;
	text?: unknown;
}

export interface Item {
	id: unknown;
	scan_id: unknown;
	age_band: unknown;
	locale: unknown;
	answered_at: unknown;
	answers: unknown;
}

export interface ItemResult {
	id: string | null;
	status: 'stored' | 'duplicate' | 'rejected';
	reason: string | null;
}

/** A valid answer to every kind of DEMO01 question a 12–15-year-old gets. */
export function demo01Answers(): Answer[] {
	return [
		{ question_id: 'meedoen_thuis_gehoord', value: '4' },
		{ question_id: 'discriminatie_buitengesloten_gezien', value: 'no' },
		{ question_id: 'mentaal_wat_helpt', value: ['praten', 'bewegen'] },
		{ question_id: 'uitbuiting_online_druk', value: '2' },
		{ question_id: 'jeugdstrategie_eerst_aanpakken', value: 'veilig' },
		{ question_id: 'jeugdstrategie_open_vraag', text: 'Meer plekken om te sporten.' }
	];
}

export function item(overrides: Partial<Item> = {}): Item {
	return {
		id: randomUUID(),
		scan_id: scans.demo01,
		age_band: '12-15',
		locale: 'nl',
		answered_at: new Date().toISOString(),
		answers: demo01Answers(),
		...overrides
	};
}

export function hoursFromNow(hours: number): string {
	return new Date(Date.now() + hours * 3_600_000).toISOString();
}

/** Postgres array literal for text[] arguments. */
export function pgArray(values: string[]): string {
	return `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

export async function expectDbError(
	promise: Promise<unknown>,
	expected: { code?: string; hint?: string; detail?: string | RegExp }
): Promise<DbError> {
	const error = await promise.then(
		() => undefined,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(DbError);
	const e = error as DbError;
	if (expected.code) expect(e.code).toBe(expected.code);
	if (expected.hint) expect(e.hint).toBe(expected.hint);
	if (typeof expected.detail === 'string') expect(e.detail).toBe(expected.detail);
	if (expected.detail instanceof RegExp) expect(e.detail).toMatch(expected.detail);
	return e;
}

/**
 * Rows in which the counters differ from a recount of the raw answers (empty when consistent).
 * Runs as the owner.
 */
export async function counterMismatches(db: TestDb): Promise<Record<string, unknown>[]> {
	return db.sql.query(`
		with
		answer_recount as (
			select r.scan_id, a.question_id, r.age_band, a.value, count(*)::int as n
			from public.answers a join public.responses r on r.id = a.response_id
			group by 1, 2, 3, 4
		),
		question_recount as (
			select r.scan_id, x.question_id, r.age_band, count(distinct r.id)::int as n
			from (
				select response_id, question_id from public.answers
				union all
				select response_id, question_id from public.free_texts
			) x join public.responses r on r.id = x.response_id
			group by 1, 2, 3
		),
		response_recount as (
			select scan_id, age_band, count(*)::int as n from public.responses group by 1, 2
		)
		select 'answer_counts' as counter, coalesce(c.scan_id, x.scan_id) as scan_id,
			coalesce(c.question_id, x.question_id) as question_id, coalesce(c.age_band, x.age_band) as age_band,
			coalesce(c.value, x.value) as value, c.n as counted, x.n as recounted
		from public.answer_counts c
		full join answer_recount x using (scan_id, question_id, age_band, value)
		where c.n is distinct from x.n
		union all
		select 'question_counts', coalesce(c.scan_id, x.scan_id), coalesce(c.question_id, x.question_id),
			coalesce(c.age_band, x.age_band), null, c.n, x.n
		from public.question_counts c
		full join question_recount x using (scan_id, question_id, age_band)
		where c.n is distinct from x.n
		union all
		select 'response_counts', coalesce(c.scan_id, x.scan_id), null, coalesce(c.age_band, x.age_band),
			null, c.n, x.n
		from public.response_counts c
		full join response_recount x using (scan_id, age_band)
		where c.n is distinct from x.n
	`);
}
