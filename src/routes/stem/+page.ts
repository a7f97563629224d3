import { loadNamespaces } from '$lib/i18n/i18n.svelte';
import type { PageLoad } from './$types';

// The ballot code is in the fragment (`/stem#CODE`), which only the browser sees: nothing to
// prerender, and the page runs from the SPA shell, also offline.
export const prerender = false;
export const ssr = false;

export const load: PageLoad = async () => {
	await loadNamespaces('vote');
};
