import { loadLocalized } from '$lib/content/load';
import type { ThemeSlug, ThemeSummary } from '$lib/content/types';
import { currentLocale } from '$lib/i18n/i18n.svelte';
import type { PageLoad } from './$types';

export const load: PageLoad = async () => {
	const { data } = await loadLocalized<Record<ThemeSlug, ThemeSummary>>('themes', currentLocale());
	return {
		themeTitles: Object.fromEntries(Object.entries(data).map(([slug, t]) => [slug, t.title]))
	};
};
