// A scan as `get_scan` returns it (design §4, "The RPC contract"), and what the app derives from
// it: the questions for an age band, texts in a language, and the item `submit_responses` takes.
import { locales, type Locale } from '$lib/content/types';

export const ageBands = ['8-11', '12-15', '16-18', 'parent'] as const;
export type AgeBand = (typeof ageBands)[number];

export const questionKinds = ['smiley5', 'yes_no_unsure', 'choice', 'multi', 'text'] as const;
export type QuestionKind = (typeof questionKinds)[number];

/** Longest free-text answer the server keeps. */
export const MAX_TEXT_LENGTH = 500;

export type LocalizedText = Partial<Record<Locale, string>>;

export interface ScanOption {
	value: string;
	label: LocalizedText;
}

export interface ScanQuestion {
	id: string;
	theme: string;
	crc_articles: number[];
	kind: QuestionKind;
	text: LocalizedText;
	/** The question as parents and carers get it; absent when the scan does not ask them. */
	parent_text?: LocalizedText | null;
	/** The scan's age bands this question is asked to; all of them when absent. */
	age_bands?: AgeBand[];
	options: ScanOption[];
}

export interface ScanData {
	id: string;
	join_code: string;
	title: LocalizedText;
	municipality: { name: string; cbs_code: string };
	opens_at: string | null;
	closes_at: string | null;
	status: string;
	age_bands: AgeBand[];
	questions: ScanQuestion[];
}

/** A given answer; `null` is "Wil ik niet zeggen". */
export type AnswerValue = string | string[] | { text: string } | null;

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks the parts of a `get_scan` answer the app relies on. */
export function isScanData(value: unknown): value is ScanData {
	if (!isObject(value)) return false;
	return (
		typeof value.id === 'string' &&
		typeof value.join_code === 'string' &&
		isObject(value.title) &&
		Array.isArray(value.age_bands) &&
		value.age_bands.every((band) => (ageBands as readonly unknown[]).includes(band)) &&
		Array.isArray(value.questions) &&
		value.questions.every(
			(q) =>
				isObject(q) &&
				typeof q.id === 'string' &&
				(questionKinds as readonly unknown[]).includes(q.kind) &&
				isObject(q.text) &&
				Array.isArray(q.options)
		)
	);
}

/** The text in `locale`, else Dutch, else any; `lang` says which language it really is in. */
export function localized(
	text: LocalizedText | null | undefined,
	locale: Locale
): { text: string; lang: Locale } {
	if (text?.[locale]) return { text: text[locale]!, lang: locale };
	if (text?.nl) return { text: text.nl, lang: 'nl' };
	const any = locales.find((l) => text?.[l]);
	return { text: any ? text![any]! : '', lang: any ?? 'nl' };
}

/** The questions one age band gets, in the scan's order. */
export function questionsFor(scan: ScanData, band: AgeBand): ScanQuestion[] {
	return scan.questions.filter((q) => !q.age_bands || q.age_bands.includes(band));
}

/** The question as the respondent reads it: parents and carers get their own wording. */
export function questionText(question: ScanQuestion, band: AgeBand | undefined): LocalizedText {
	return band === 'parent' && question.parent_text ? question.parent_text : question.text;
}

/** Whether an answer says something (a skipped or blank answer is not sent). */
export function isGiven(value: AnswerValue | undefined): boolean {
	if (value === null || value === undefined) return false;
	if (typeof value === 'string') return value !== '';
	if (Array.isArray(value)) return value.length > 0;
	return value.text.trim() !== '';
}

export interface Submission {
	id: string;
	scan_id: string;
	age_band: AgeBand;
	locale: Locale;
	answered_at: string;
	answers: (
		{ question_id: string; value: string | string[] } | { question_id: string; text: string }
	)[];
}

/** The `submit_responses` item for a finished draft: only given answers to the band's questions. */
export function toSubmission(
	draft: { id: string; ageBand?: string; answers: Record<string, unknown> },
	scan: ScanData,
	locale: Locale,
	/** When the child finished (ms since epoch). */
	answeredAt: number
): Submission {
	const band = draft.ageBand as AgeBand;
	const answers: Submission['answers'] = [];
	for (const question of questionsFor(scan, band)) {
		const value = draft.answers[question.id] as AnswerValue | undefined;
		if (!isGiven(value)) continue;
		if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
			answers.push({ question_id: question.id, text: cleanText(value.text) });
		} else {
			answers.push({ question_id: question.id, value: value as string | string[] });
		}
	}
	return {
		id: draft.id,
		scan_id: scan.id,
		age_band: band,
		locale,
		answered_at: new Date(answeredAt).toISOString(),
		answers
	};
}

/** Whether the scan still takes answers by its planned end (the server has the last word). */
export function isPastClosing(scan: ScanData, now = Date.now()): boolean {
	return scan.closes_at !== null && Date.parse(scan.closes_at) <= now;
}

/** Free text as the server can keep it: no control characters (PostgreSQL text holds no NUL). */
export function cleanText(text: string): string {
	// eslint-disable-next-line no-control-regex -- removing control characters is the point
	const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
	return text.replace(controls, '').trim().slice(0, MAX_TEXT_LENGTH);
}
