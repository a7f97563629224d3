import { loadNamespaces } from '$lib/i18n/i18n.svelte';
import type { PageLoad } from './$types';

// Results change until the round's grace period is over: fetched in the browser every time.
export const prerender = false;
export const ssr = false;

export const load: PageLoad = async ({ params }) => {
	await loadNamespaces('vote');
	return { id: params.id };
};
