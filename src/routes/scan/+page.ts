import { loadNamespaces } from '$lib/i18n/i18n.svelte';
import type { PageLoad } from './$types';

export const load: PageLoad = async () => {
	await loadNamespaces('scan');
};
