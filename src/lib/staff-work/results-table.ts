// The staff results table and its CSV export are made from the same rows, built from the same
// `scan_results` answer the page shows: the export can never hold a number the page hides.
import type { LocalizedText, QuestionResult, ScanResults } from '$lib/api/results';
import type { CsvCell } from '$lib/results/csv';
import type { Audience } from '$lib/results/sentences';
import { audiencesOf, chartRows, figuresFor } from '$lib/results/view';

/** `group_hidden`: the whole group is too small to show; `hidden`: hidden so it cannot be worked out. */
export type TableCellState = 'shown' | 'fewer_than_5' | 'hidden' | 'group_hidden' | 'not_asked';

export interface TableCell {
	state: TableCellState;
	/** Whole percentage, only when shown. */
	percent: number | null;
	/** Rounded to 5, only when shown. */
	count: number | null;
}

export interface TableRow {
	value: string;
	label: string;
	/** One per audience, in the order of `QuestionTable.audiences`. */
	cells: TableCell[];
}

export interface GroupSize {
	state: 'shown' | 'hidden' | 'not_asked';
	/** Rounded to 5, only when shown. */
	n: number | null;
}

export interface QuestionTable {
	id: string;
	theme: string;
	kind: QuestionResult['kind'];
	text: LocalizedText | undefined;
	audiences: Audience[];
	/** Answers to the question per audience. */
	sizes: GroupSize[];
	rows: TableRow[];
}

/** The label of an option of a question in the staff member's language. */
export type OptionLabeler = (question: QuestionResult, value: string) => string;

function groupSize(question: QuestionResult, audience: Audience): GroupSize {
	const figures = figuresFor(question, audience);
	if (!figures) return { state: 'not_asked', n: null };
	if (figures.suppressed || figures.n === null) return { state: 'hidden', n: null };
	return { state: 'shown', n: figures.n };
}

/** One table per question that has figures (free-text questions are left out). */
export function questionTables(results: ScanResults, label: OptionLabeler): QuestionTable[] {
	const audiences = audiencesOf(results);
	return results.questions
		.filter((q) => q.kind !== 'text')
		.map((question) => {
			const sizes = audiences.map((audience) => groupSize(question, audience));
			const perAudience = audiences.map((audience) => {
				const figures = figuresFor(question, audience);
				if (!figures) return undefined;
				const rows = chartRows(question.kind, figures, (v) => label(question, v));
				return new Map(rows.map((row) => [row.value, row]));
			});
			const values = [
				...new Set([
					...question.options.map((o) => o.value),
					...question.by_age_band.flatMap((g) => g.options.map((o) => o.value))
				])
			];
			const rows = values.map((value) => ({
				value,
				label: label(question, value),
				cells: perAudience.map((byValue, a): TableCell => {
					if (!byValue) return { state: 'not_asked', percent: null, count: null };
					if (sizes[a].state === 'hidden')
						return { state: 'group_hidden', percent: null, count: null };
					const row = byValue.get(value);
					if (!row) return { state: 'hidden', percent: null, count: null };
					return { state: row.state, percent: row.percent, count: row.count };
				})
			}));
			return {
				id: question.id,
				theme: question.theme,
				kind: question.kind,
				text: question.text,
				audiences,
				sizes,
				rows
			};
		});
}

export interface CsvLabels {
	header: [string, string, string, string, string, string, string, string, string, string];
	theme: (slug: string) => string;
	question: (table: QuestionTable) => string;
	audience: (audience: Audience) => string;
	/** Why a cell has no number: the same words the page shows in the cell. */
	note: (state: Exclude<TableCellState, 'shown'>) => string;
}

/**
 * CSV rows, one per question, group and answer: theme, question id, question, group, answers in
 * the group, answer value, answer, percentage, count, note. Numbers only where the page shows them;
 * groups the question was not asked to are left out; a question without any figure gets one row per
 * group that says so.
 */
export function csvRows(tables: QuestionTable[], labels: CsvLabels): CsvCell[][] {
	const rows: CsvCell[][] = [labels.header];
	for (const table of tables) {
		const text = labels.question(table);
		table.audiences.forEach((audience, a) => {
			const size = table.sizes[a];
			if (size.state === 'not_asked') return;
			const start = [labels.theme(table.theme), table.id, text, labels.audience(audience)];
			const n = size.state === 'shown' ? size.n : null;
			if (table.rows.length === 0) {
				// Too few answers anywhere: say so rather than leave the question out.
				rows.push([...start, n, '', '', null, null, labels.note('group_hidden')]);
				return;
			}
			for (const row of table.rows) {
				const cell = row.cells[a];
				const shown = cell.state === 'shown';
				rows.push([
					...start,
					n,
					row.value,
					row.label,
					shown ? cell.percent : null,
					shown ? cell.count : null,
					shown ? '' : labels.note(cell.state as Exclude<TableCellState, 'shown'>)
				]);
			}
		});
	}
	return rows;
}
