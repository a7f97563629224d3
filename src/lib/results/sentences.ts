// One child-friendly sentence per question, made from the figures the server already rounded
// (issue 5): "Ongeveer 7 van de 10 jongeren zijn het hiermee (helemaal) eens."
// Only ever "x of 10" from a whole percentage, so no sentence claims more precision than the chart.
import type {
	AgeBand,
	ComparisonFigures,
	GroupFigures,
	OptionFigure,
	QuestionKind
} from '$lib/api/results';

/** Whose answers a sentence is about: everyone who took part, or one age band. */
export type Audience = 'all' | AgeBand;

/** What a sentence says, before it is put into words. */
export type Measure =
	/** The share that (strongly) agreed (smiley5: 4 and 5) or said yes (yes_no_unsure). */
	| { type: 'share'; of: 'agree' | 'yes'; values: string[]; percent: number }
	/** The option(s) chosen most often (choice, multi), with their share. */
	| { type: 'most'; values: string[]; percent: number }
	/** Some of the cells needed are hidden: no honest sentence can be made. */
	| { type: 'unclear' }
	/** The whole group is too small to show. */
	| { type: 'suppressed' };

export interface SentenceContext {
	/** i18next's `t` with the `results` namespace loaded. */
	t: (key: string, options?: Record<string, unknown>) => string;
	locale: string;
	/** The option's label in the current locale. */
	optionLabel: (value: string) => string;
}

const shareValues: Partial<Record<QuestionKind, { of: 'agree' | 'yes'; values: string[] }>> = {
	smiley5: { of: 'agree', values: ['4', '5'] },
	yes_no_unsure: { of: 'yes', values: ['yes'] }
};

/** "x of 10" from a whole percentage: 0 means "fewer than 1 in 10", 10 "nearly all". */
export function outOfTen(percent: number): number {
	return Math.min(10, Math.max(0, Math.round(percent / 10)));
}

export function isSuppressed(figures: GroupFigures): boolean {
	return figures.suppressed || figures.n === null || figures.options.length === 0;
}

/** What can honestly be said about a group's answers to a question of this kind. */
export function measure(kind: QuestionKind | undefined, figures: GroupFigures): Measure {
	if (isSuppressed(figures)) return { type: 'suppressed' };
	const byValue = new Map(figures.options.map((o) => [o.value, o]));
	const share = kind ? shareValues[kind] : undefined;
	if (share) {
		const parts = share.values.map((v) => byValue.get(v)?.percent ?? null);
		if (parts.some((p) => p === null)) return { type: 'unclear' };
		const percent = (parts as number[]).reduce((sum, p) => sum + p, 0);
		return { type: 'share', of: share.of, values: share.values, percent };
	}
	return mostChosen(figures.options);
}

// A cell hidden as "fewer than 5" is smaller than every shown one, and a cell hidden so that it
// cannot be worked out is the next smallest: the largest shown cell is the most chosen.
function mostChosen(options: OptionFigure[]): Measure {
	const shown = options.filter((o): o is OptionFigure & { percent: number } => o.percent !== null);
	if (shown.length === 0) return { type: 'unclear' };
	const percent = Math.max(...shown.map((o) => o.percent));
	const values = shown.filter((o) => o.percent === percent).map((o) => o.value);
	return { type: 'most', values, percent };
}

function comparisonFigures(comparison: ComparisonFigures): GroupFigures {
	return {
		n: comparison.n,
		suppressed: comparison.n === null,
		options: comparison.options.map((o) => ({ ...o, count: null, fewer_than_5: false }))
	};
}

/** The measure of the comparison for the same thing the sentence is about. */
export function comparable(
	kind: QuestionKind | undefined,
	own: Measure,
	comparison: ComparisonFigures | null | undefined
): Measure {
	if (!comparison) return { type: 'suppressed' };
	const figures = comparisonFigures(comparison);
	if (isSuppressed(figures)) return { type: 'suppressed' };
	if (own.type !== 'most') return measure(kind, figures);
	const cells = own.values.map((v) => figures.options.find((o) => o.value === v)?.percent ?? null);
	if (own.values.length !== 1 || cells[0] === null) return { type: 'unclear' };
	return { type: 'most', values: own.values, percent: cells[0] };
}

/** The audience's key in the `results` namespace (`who.8_11`, `audience.parent` …). */
export function audienceKey(audience: Audience): string {
	return audience.replace('-', '_');
}

function tenthsKey(base: string, tenths: number): string {
	if (tenths === 0) return `${base}_rare`;
	if (tenths === 10) return `${base}_almost_all`;
	return base;
}

function quotedList(values: string[], ctx: SentenceContext): string {
	const quoted = values.map((v) => ctx.t('results.sentence.quote', { text: ctx.optionLabel(v) }));
	return new Intl.ListFormat(ctx.locale, { type: 'conjunction' }).format(quoted);
}

function figuresFor(percent: number, ctx: SentenceContext) {
	const tenths = outOfTen(percent);
	return {
		tenths,
		options: { count: tenths, tenths: new Intl.NumberFormat(ctx.locale).format(tenths) }
	};
}

/** The sentence about one group's answers, e.g. "Ongeveer 7 van de 10 jongeren zeggen ja." */
export function resultSentence(
	kind: QuestionKind | undefined,
	figures: GroupFigures,
	audience: Audience,
	ctx: SentenceContext
): string {
	const m = measure(kind, figures);
	const who = ctx.t(`results.who.${audienceKey(audience)}`);
	if (m.type === 'suppressed') {
		return ctx.t(audience === 'parent' ? 'results.suppressed.parents' : 'results.suppressed.young');
	}
	if (m.type === 'unclear') return ctx.t('results.sentence.unclear');
	const { tenths, options } = figuresFor(m.percent, ctx);
	if (m.type === 'share') {
		return ctx.t(tenthsKey(`results.sentence.${m.of}`, tenths), { ...options, who });
	}
	const base = m.values.length > 1 ? 'results.sentence.most_tied' : 'results.sentence.most';
	return ctx.t(tenthsKey(base, tenths), { ...options, who, options: quotedList(m.values, ctx) });
}

/** "In alle gemeenten samen: ongeveer 6 van de 10 …", or null when there is nothing to compare. */
export function comparisonSentence(
	kind: QuestionKind | undefined,
	own: GroupFigures,
	comparison: ComparisonFigures | null | undefined,
	ctx: SentenceContext
): string | null {
	const m = comparable(kind, measure(kind, own), comparison);
	if (m.type === 'suppressed' || m.type === 'unclear') return null;
	const { tenths, options } = figuresFor(m.percent, ctx);
	if (m.type === 'share') return ctx.t(tenthsKey(`results.compare.${m.of}`, tenths), options);
	return ctx.t(tenthsKey('results.compare.most', tenths), {
		...options,
		options: quotedList(m.values, ctx)
	});
}
