import { loadNamespaces } from '$lib/i18n/i18n.svelte';
import type { LayoutLoad } from './$types';

// Staff work pages show a signed-in member's own data: nothing to prerender.
export const prerender = false;

export const load: LayoutLoad = async () => {
	await loadNamespaces('staff_work', 'results');
};
