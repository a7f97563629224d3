import { t } from '$lib/i18n/i18n.svelte';
import type { PlacedRow } from '$lib/voting/results';

/** "5e plaats", or "Gedeelde 5e plaats" when more options hold the same rank. */
export function placeText(row: Pick<PlacedRow, 'rank' | 'shared'>): string {
	return row.shared
		? t('vote.results.place_shared', { place: row.rank })
		: t('vote.results.place', { place: row.rank });
}
