import { loadNamespaces } from '$lib/i18n/i18n.svelte';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = async () => {
	await loadNamespaces('learn', 'read_aloud');
};
