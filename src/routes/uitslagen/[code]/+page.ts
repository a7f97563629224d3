import { loadLocalized } from '$lib/content/load';
import type { ThemeSummary } from '$lib/content/types';
import { currentLocale, loadNamespaces } from '$lib/i18n/i18n.svelte';
import { loadScanResults } from '$lib/results/load';
import type { PageLoad } from './$types';

// Results are fetched in the browser: any published scan, so nothing to prerender.
export const prerender = false;
export const ssr = false;

export const load: PageLoad = async ({ params }) => {
	const [outcome, themes] = await Promise.all([
		loadScanResults(params.code),
		loadLocalized<Record<string, ThemeSummary>>('themes', currentLocale()),
		loadNamespaces('results')
	]);
	return { code: params.code, outcome, themes: themes.data };
};
