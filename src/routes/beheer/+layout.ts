import { loadNamespaces } from '$lib/i18n/i18n.svelte';
import type { LayoutLoad } from './$types';

// Staff pages are rendered in the browser only: they show nothing without a session.
export const ssr = false;

export const load: LayoutLoad = async () => {
	await loadNamespaces('staff');
};
