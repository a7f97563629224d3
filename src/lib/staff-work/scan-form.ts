// What staff fill in for a scan, checked before it goes to the server (which checks it again).
import type { AgeBand, BankQuestion, ScanInput } from '$lib/api/scans-admin';
import { ageBands } from '$lib/api/scans-admin';

export const TITLE_MAX = 120;
export const QUESTIONS_MAX = 60;

export interface ScanDraft {
	titleNl: string;
	titleEn: string;
	ageBands: AgeBand[];
	/** `datetime-local` values in the browser's time zone; empty: not set. */
	opensAt: string;
	closesAt: string;
	questionIds: string[];
}

export type ScanProblem =
	| 'title_required'
	| 'title_too_long'
	| 'no_age_band'
	| 'no_questions'
	| 'too_many_questions'
	| 'question_outside_bands'
	| 'band_without_questions'
	| 'closes_before_opens'
	| 'closes_in_past'
	| 'invalid_date';

export type ScanField =
	'title_nl' | 'title_en' | 'age_bands' | 'questions' | 'opens_at' | 'closes_at';

export interface Problem {
	field: ScanField;
	problem: ScanProblem;
	/** The age band or question the problem is about. */
	subject?: string;
}

export function emptyDraft(): ScanDraft {
	return {
		titleNl: '',
		titleEn: '',
		ageBands: [...ageBands],
		opensAt: '',
		closesAt: '',
		questionIds: []
	};
}

/** A `datetime-local` value for an ISO time, in the browser's time zone. */
export function toLocalInput(iso: string | null): string {
	if (!iso) return '';
	const date = new Date(iso);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The ISO time of a `datetime-local` value; null when empty, undefined when not a date. */
export function fromLocalInput(value: string): string | null | undefined {
	if (!value.trim()) return null;
	const date = new Date(value);
	return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

export function draftFromScan(scan: {
	title: { nl: string; en?: string };
	age_bands: AgeBand[];
	opens_at: string | null;
	closes_at: string | null;
	question_ids: string[];
}): ScanDraft {
	return {
		titleNl: scan.title.nl,
		titleEn: scan.title.en ?? '',
		ageBands: [...scan.age_bands],
		opensAt: toLocalInput(scan.opens_at),
		closesAt: toLocalInput(scan.closes_at),
		questionIds: [...scan.question_ids]
	};
}

/** Every problem with the draft, in the order of the form; empty when it can be saved. */
export function checkScanDraft(
	draft: ScanDraft,
	bank: ReadonlyMap<string, Pick<BankQuestion, 'age_bands'>>,
	now = new Date()
): Problem[] {
	const problems: Problem[] = [];
	if (!draft.titleNl.trim()) problems.push({ field: 'title_nl', problem: 'title_required' });
	else if (draft.titleNl.trim().length > TITLE_MAX)
		problems.push({ field: 'title_nl', problem: 'title_too_long' });
	if (draft.titleEn.trim().length > TITLE_MAX)
		problems.push({ field: 'title_en', problem: 'title_too_long' });

	if (draft.ageBands.length === 0) problems.push({ field: 'age_bands', problem: 'no_age_band' });

	if (draft.questionIds.length === 0)
		problems.push({ field: 'questions', problem: 'no_questions' });
	else if (draft.questionIds.length > QUESTIONS_MAX) {
		problems.push({ field: 'questions', problem: 'too_many_questions' });
	}
	if (draft.ageBands.length > 0 && draft.questionIds.length > 0) {
		for (const id of draft.questionIds) {
			const bands = bank.get(id)?.age_bands ?? [];
			if (!bands.some((band) => draft.ageBands.includes(band))) {
				problems.push({ field: 'questions', problem: 'question_outside_bands', subject: id });
			}
		}
		for (const band of draft.ageBands) {
			const asked = draft.questionIds.some((id) => bank.get(id)?.age_bands.includes(band));
			if (!asked)
				problems.push({ field: 'questions', problem: 'band_without_questions', subject: band });
		}
	}

	const opens = fromLocalInput(draft.opensAt);
	const closes = fromLocalInput(draft.closesAt);
	if (opens === undefined) problems.push({ field: 'opens_at', problem: 'invalid_date' });
	if (closes === undefined) problems.push({ field: 'closes_at', problem: 'invalid_date' });
	if (closes) {
		if (opens && new Date(closes) <= new Date(opens)) {
			problems.push({ field: 'closes_at', problem: 'closes_before_opens' });
		} else if (new Date(closes) <= now) {
			problems.push({ field: 'closes_at', problem: 'closes_in_past' });
		}
	}
	return problems;
}

/** What the server gets; call only when `checkScanDraft` found nothing. */
export function toScanInput(draft: ScanDraft): ScanInput {
	const en = draft.titleEn.trim();
	return {
		title: en ? { nl: draft.titleNl.trim(), en } : { nl: draft.titleNl.trim() },
		questionIds: [...draft.questionIds],
		ageBands: ageBands.filter((band) => draft.ageBands.includes(band)),
		opensAt: fromLocalInput(draft.opensAt) ?? null,
		closesAt: fromLocalInput(draft.closesAt) ?? null
	};
}

export interface BankFilter {
	theme: string;
	ageBand: string;
}

/** The bank questions that match the theme and age band filters ('' matches all). */
export function filterBank<T extends { theme: string; age_bands: readonly string[] }>(
	bank: readonly T[],
	filter: BankFilter
): T[] {
	return bank.filter(
		(q) =>
			(!filter.theme || q.theme === filter.theme) &&
			(!filter.ageBand || q.age_bands.includes(filter.ageBand))
	);
}

/** The list with the item at `index` moved by `step` (−1 up, +1 down); unchanged at the ends. */
export function move<T>(list: readonly T[], index: number, step: -1 | 1): T[] {
	const target = index + step;
	if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
	const next = [...list];
	[next[index], next[target]] = [next[target], next[index]];
	return next;
}
