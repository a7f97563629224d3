// Words for the staff results table and its CSV export, in the staff member's language.
import type { QuestionResult } from '$lib/api/results';
import { currentLocale, t } from '$lib/i18n/i18n.svelte';
import type { Audience } from '$lib/results/sentences';
import { localized } from '$lib/results/view';
import type { CsvLabels, QuestionTable, TableCellState } from './results-table';
import { ageBandName, themeName } from './messages';

/** An option's label: the server's, else the fixed scales' own words, else its value. */
export function optionLabel(question: QuestionResult, value: string): string {
	const option = [question, ...question.by_age_band]
		.flatMap((g) => g.options)
		.find((o) => o.value === value && o.label);
	if (option?.label) return localized(option.label, currentLocale()).text;
	return t(`staff_work.value.${question.kind}.${value}`, { defaultValue: value });
}

export function audienceName(audience: Audience): string {
	return audience === 'all' ? t('staff_work.results.everyone') : ageBandName(audience);
}

export function questionLabel(table: Pick<QuestionTable, 'id' | 'text'>): string {
	return table.text ? localized(table.text, currentLocale()).text : table.id;
}

/** The words a cell without a number shows, on the page and in the export. */
export function cellNote(state: Exclude<TableCellState, 'shown'>): string {
	return t(`staff_work.results.cell_${state}`);
}

export function csvLabels(): CsvLabels {
	const h = (key: string) => t(`staff_work.csv.${key}`);
	return {
		header: [
			h('theme'),
			h('question_id'),
			h('question'),
			h('group'),
			h('group_n'),
			h('value'),
			h('answer'),
			h('percent'),
			h('count'),
			h('note')
		],
		theme: themeName,
		question: questionLabel,
		audience: audienceName,
		note: cellNote
	};
}
