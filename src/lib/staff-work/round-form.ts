// What staff fill in for a voting round, checked before it goes to the server.
import type { RoundInput, VoteMethod, VoteOption } from '$lib/api/rounds-admin';
import { locales, type Locale } from '$lib/i18n/locales';
import { fromLocalInput } from './scan-form';

export const LABEL_MAX = 200;
export const OPTIONS_MIN = 2;
export const OPTIONS_MAX = 20;

export type OptionLabels = Record<Locale, string>;

export interface RoundDraft {
	municipalityId: string | null;
	panelId: string;
	titleNl: string;
	titleEn: string;
	method: VoteMethod | '';
	opensAt: string;
	closesAt: string;
	useThemes: boolean;
	options: OptionLabels[];
}

export type RoundProblem =
	| 'title_required'
	| 'title_too_long'
	| 'method_required'
	| 'date_required'
	| 'invalid_date'
	| 'closes_before_opens'
	| 'closes_in_past'
	| 'too_few_options'
	| 'too_many_options'
	| 'option_label_required'
	| 'option_label_too_long'
	| 'option_duplicate';

export type RoundField = 'title_nl' | 'title_en' | 'method' | 'opens_at' | 'closes_at' | 'options';

export interface RoundFormProblem {
	field: RoundField;
	problem: RoundProblem;
	/** 1-based number of the option the problem is about. */
	option?: number;
}

export function emptyLabels(): OptionLabels {
	return Object.fromEntries(locales.map((l) => [l, ''])) as OptionLabels;
}

export function emptyRoundDraft(municipalityId: string | null): RoundDraft {
	return {
		municipalityId,
		panelId: '',
		titleNl: '',
		titleEn: '',
		method: '',
		opensAt: '',
		closesAt: '',
		useThemes: true,
		options: [emptyLabels(), emptyLabels()]
	};
}

export function checkRoundDraft(draft: RoundDraft, now = new Date()): RoundFormProblem[] {
	const problems: RoundFormProblem[] = [];
	if (!draft.titleNl.trim()) problems.push({ field: 'title_nl', problem: 'title_required' });
	else if (draft.titleNl.trim().length > LABEL_MAX)
		problems.push({ field: 'title_nl', problem: 'title_too_long' });
	if (draft.titleEn.trim().length > LABEL_MAX)
		problems.push({ field: 'title_en', problem: 'title_too_long' });
	if (!draft.method) problems.push({ field: 'method', problem: 'method_required' });

	const opens = fromLocalInput(draft.opensAt);
	const closes = fromLocalInput(draft.closesAt);
	if (opens === null) problems.push({ field: 'opens_at', problem: 'date_required' });
	if (opens === undefined) problems.push({ field: 'opens_at', problem: 'invalid_date' });
	if (closes === null) problems.push({ field: 'closes_at', problem: 'date_required' });
	if (closes === undefined) problems.push({ field: 'closes_at', problem: 'invalid_date' });
	if (closes) {
		if (opens && new Date(closes) <= new Date(opens)) {
			problems.push({ field: 'closes_at', problem: 'closes_before_opens' });
		} else if (new Date(closes) <= now) {
			problems.push({ field: 'closes_at', problem: 'closes_in_past' });
		}
	}

	if (!draft.useThemes) {
		if (draft.options.length < OPTIONS_MIN)
			problems.push({ field: 'options', problem: 'too_few_options' });
		if (draft.options.length > OPTIONS_MAX)
			problems.push({ field: 'options', problem: 'too_many_options' });
		const seen = new Set<string>();
		draft.options.forEach((labels, index) => {
			const option = index + 1;
			const nl = labels.nl.trim();
			if (!nl) problems.push({ field: 'options', problem: 'option_label_required', option });
			if (locales.some((l) => labels[l].trim().length > LABEL_MAX)) {
				problems.push({ field: 'options', problem: 'option_label_too_long', option });
			}
			const key = nl.toLocaleLowerCase('nl');
			if (nl && seen.has(key))
				problems.push({ field: 'options', problem: 'option_duplicate', option });
			seen.add(key);
		});
	}
	return problems;
}

/** A value for an option label: lower-case letters, digits and dashes, at most 40 characters. */
export function slugify(label: string): string {
	return label
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40)
		.replace(/-+$/, '');
}

/** Options with distinct values made from their Dutch labels; empty labels in other locales left out. */
export function toVoteOptions(options: readonly OptionLabels[]): VoteOption[] {
	const used = new Set<string>();
	return options.map((labels, index) => {
		const base = slugify(labels.nl) || `optie-${index + 1}`;
		let value = base;
		for (let n = 2; used.has(value); n++) value = `${base.slice(0, 36)}-${n}`;
		used.add(value);
		const label = Object.fromEntries(
			locales.map((l) => [l, labels[l].trim()]).filter(([, text]) => text)
		) as VoteOption['label'];
		return { value, label };
	});
}

/** What the server gets; call only when `checkRoundDraft` found nothing. */
export function toRoundInput(draft: RoundDraft): RoundInput {
	const en = draft.titleEn.trim();
	return {
		municipalityId: draft.municipalityId,
		panelId: draft.panelId || null,
		title: en ? { nl: draft.titleNl.trim(), en } : { nl: draft.titleNl.trim() },
		method: draft.method as VoteMethod,
		opensAt: fromLocalInput(draft.opensAt) as string,
		closesAt: fromLocalInput(draft.closesAt) as string,
		options: draft.useThemes ? null : toVoteOptions(draft.options)
	};
}
