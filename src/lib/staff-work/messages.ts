// Translated texts for server reasons and form problems on the staff pages (namespace staff_work).
import { t } from '$lib/i18n/i18n.svelte';

/** The text for a reason from `AdminError` (`scan_not_draft`, `network`, …); never a raw key. */
export function errorText(reason: string): string {
	return t(`staff_work.error.${reason}`, { defaultValue: t('staff_work.error.unknown') });
}

export function ageBandName(band: string): string {
	return t(`staff_work.age_band.${band}`, { defaultValue: band });
}

export function themeName(slug: string): string {
	return t(`staff_work.theme.${slug}`, { defaultValue: slug });
}
