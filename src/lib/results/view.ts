// Turns `scan_results` into what the results page shows: themes in the monitor's order, the
// figures of the chosen age band, and chart rows in which a hidden cell never carries a number.
import type {
	FeedbackPost,
	GroupFigures,
	LocalizedText,
	QuestionResult,
	ScanResults
} from '$lib/api/results';
import { ageBands } from '$lib/api/results';
import { measure, type Audience } from './sentences';

export type CellState = 'shown' | 'fewer_than_5' | 'hidden';

export interface ChartRow {
	value: string;
	label: string;
	state: CellState;
	/** Whole percentage; null unless shown. */
	percent: number | null;
	/** Rounded count; null unless shown. */
	count: number | null;
	/** Bar length as a share of the full width (0–1); 0 unless shown. */
	fraction: number;
	/** The cells the sentence is about. */
	highlight: boolean;
}

export function chartRows(
	kind: QuestionResult['kind'],
	figures: GroupFigures,
	optionLabel: (value: string) => string
): ChartRow[] {
	const m = measure(kind, figures);
	const highlighted = new Set(m.type === 'share' || m.type === 'most' ? m.values : []);
	return figures.options.map((option) => {
		const state: CellState =
			option.percent !== null && !option.fewer_than_5
				? 'shown'
				: option.fewer_than_5
					? 'fewer_than_5'
					: 'hidden';
		const shown = state === 'shown';
		return {
			value: option.value,
			label: optionLabel(option.value),
			state,
			percent: shown ? option.percent : null,
			count: shown ? option.count : null,
			fraction: shown ? Math.min(1, Math.max(0, (option.percent ?? 0) / 100)) : 0,
			highlight: shown && highlighted.has(option.value)
		};
	});
}

/** The figures of one question for an audience; undefined when the question was not asked to it. */
export function figuresFor(question: QuestionResult, audience: Audience): GroupFigures | undefined {
	// A question hidden as a whole has no breakdown: every band shows it hidden too.
	if (audience === 'all' || question.suppressed) return question;
	return question.by_age_band.find((group) => group.age_band === audience);
}

/** Everyone, then the scan's age bands in their usual order. */
export function audiencesOf(results: ScanResults): Audience[] {
	const asked = new Set<string>([
		...(results.scan.age_bands ?? []),
		...(results.respondents_by_age_band ?? []).map((b) => b.age_band),
		...results.questions.flatMap((q) => q.by_age_band.map((b) => b.age_band))
	]);
	return ['all', ...ageBands.filter((band) => asked.has(band))];
}

/** Rounded respondents of an audience, or null when too few to show. */
export function respondentsOf(results: ScanResults, audience: Audience): number | null {
	if (audience === 'all') return results.respondents;
	const band = results.respondents_by_age_band?.find((b) => b.age_band === audience);
	return band && !band.hidden ? band.n : null;
}

export interface ThemeGroup {
	theme: string;
	questions: QuestionResult[];
	feedback: FeedbackPost[];
}

/** Questions (free text never) and feedback per theme, themes in the monitor's order. */
export function groupByTheme(results: ScanResults, themeOrder: readonly string[]): ThemeGroup[] {
	const groups = new Map<string, ThemeGroup>();
	const group = (theme: string) => {
		let found = groups.get(theme);
		if (!found) groups.set(theme, (found = { theme, questions: [], feedback: [] }));
		return found;
	};
	for (const question of results.questions) {
		if (question.kind !== 'text') group(question.theme).questions.push(question);
	}
	for (const post of results.feedback ?? []) group(post.theme).feedback.push(post);
	for (const g of groups.values()) {
		g.feedback.sort((a, b) => a.published_at.localeCompare(b.published_at));
	}
	const rank = (theme: string) => {
		const i = themeOrder.indexOf(theme);
		return i === -1 ? themeOrder.length : i;
	};
	return [...groups.values()].sort((a, b) => rank(a.theme) - rank(b.theme));
}

/** True when the scan is too small to show any figure at all. */
export function nothingToShow(results: ScanResults): boolean {
	return (
		results.respondents === null ||
		results.questions.every((q) => q.kind === 'text' || q.suppressed || q.n === null)
	);
}

/** A text in the locale, else Dutch (and says so). */
export function localized(
	text: LocalizedText | null | undefined,
	locale: string
): { text: string; fallback: boolean } {
	if (!text) return { text: '', fallback: false };
	const own = text[locale];
	if (own) return { text: own, fallback: false };
	return { text: text.nl, fallback: locale !== 'nl' };
}

/** The question as the audience was asked it (parents got their own wording). */
export function questionText(
	question: QuestionResult,
	audience: Audience,
	locale: string
): { text: string; fallback: boolean } {
	const text = audience === 'parent' && question.parent_text ? question.parent_text : question.text;
	return localized(text, locale);
}
