// The coalition's national overview (`national_results`) as the page shows it: per bank question
// one row per published scan and one national row, each answer cell shown, "fewer than 5" or
// hidden. The CSV download is made from these same rows, so it holds exactly what the page shows.
// Plain TypeScript, tested in Node.
import type { CsvCell } from '$lib/results/csv';

type Texts = { nl: string } & Partial<Record<string, string>>;

export interface OptionFigure {
	value: string;
	percent: number | null;
	count: number | null;
	fewer_than_5: boolean;
}

export interface NationalResult {
	theme: string | null;
	questions: {
		id: string;
		theme: string;
		kind: string;
		text: Texts;
		crc_articles: number[];
		options: { value: string; label: Texts }[];
		scans: {
			join_code: string;
			title: Texts;
			municipality: { name: string; cbs_code: string };
			published_at: string;
			n: number | null;
			suppressed: boolean;
			options: OptionFigure[] | null;
		}[];
		national: { scans: number; n: number | null; options: OptionFigure[] } | null;
	}[];
}

export type CellState = 'shown' | 'fewer_than_5' | 'hidden';

export interface Cell {
	state: CellState;
	percent: number | null;
	count: number | null;
}

export interface FigureRow {
	/** The municipality's name, or null for the national row. */
	municipality: string | null;
	cbsCode: string | null;
	joinCode: string | null;
	/** National row: how many scans it adds up. */
	scans: number | null;
	/** Rounded number of young people who answered; null when too few to show. */
	n: number | null;
	suppressed: boolean;
	cells: Cell[];
}

export interface NationalQuestion {
	id: string;
	theme: string;
	text: string;
	options: { value: string; label: string }[];
	rows: FigureRow[];
}

const pick = (texts: Texts | undefined, locale: string) => (texts ? texts[locale] || texts.nl : '');

function cell(figure: OptionFigure | undefined): Cell {
	if (!figure || figure.fewer_than_5) {
		return { state: figure ? 'fewer_than_5' : 'hidden', percent: null, count: null };
	}
	if (figure.percent === null || figure.count === null)
		return { state: 'hidden', percent: null, count: null };
	return { state: 'shown', percent: figure.percent, count: figure.count };
}

function cells(values: string[], figures: OptionFigure[] | null, suppressed: boolean): Cell[] {
	return values.map((value) =>
		suppressed
			? { state: 'hidden', percent: null, count: null }
			: cell(figures?.find((f) => f.value === value))
	);
}

export function nationalQuestions(result: NationalResult, locale: string): NationalQuestion[] {
	return result.questions.map((question) => {
		const values = question.options.map((o) => o.value);
		const rows: FigureRow[] = question.scans.map((scan) => ({
			municipality: scan.municipality.name,
			cbsCode: scan.municipality.cbs_code,
			joinCode: scan.join_code,
			scans: null,
			n: scan.suppressed ? null : scan.n,
			suppressed: scan.suppressed,
			cells: cells(values, scan.options, scan.suppressed)
		}));
		const national = question.national;
		rows.push({
			municipality: null,
			cbsCode: null,
			joinCode: null,
			scans: national?.scans ?? null,
			n: national?.n ?? null,
			suppressed: !national,
			cells: cells(values, national?.options ?? null, !national)
		});
		return {
			id: question.id,
			theme: question.theme,
			text: pick(question.text, locale),
			options: question.options.map((o) => ({ value: o.value, label: pick(o.label, locale) })),
			rows
		};
	});
}

export interface CsvWords {
	header: [string, string, string, string, string, string, string, string, string, string];
	national: (scans: number | null) => string;
	fewerThan5: string;
	hidden: string;
	tooFew: string;
	themeName: (slug: string) => string;
}

/** One CSV row per cell of the page: question, who, how many answered, answer, figure. */
export function nationalCsvRows(questions: NationalQuestion[], words: CsvWords): CsvCell[][] {
	const rows: CsvCell[][] = [words.header];
	for (const question of questions) {
		for (const row of question.rows) {
			const who = row.municipality ?? words.national(row.scans);
			question.options.forEach((option, i) => {
				const c = row.cells[i];
				rows.push([
					words.themeName(question.theme),
					question.id,
					question.text,
					who,
					row.cbsCode,
					row.suppressed ? words.tooFew : row.n,
					option.label,
					c.percent,
					c.count,
					row.suppressed
						? words.tooFew
						: c.state === 'fewer_than_5'
							? words.fewerThan5
							: c.state === 'hidden'
								? words.hidden
								: null
				]);
			});
		}
	}
	return rows;
}
