import { loadNamespaces } from '$lib/i18n/i18n.svelte';
import type { LayoutLoad } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const load: LayoutLoad = async () => {
	await loadNamespaces('common');
};
