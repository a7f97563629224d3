import { earlyBallot } from '$lib/api/votes';
import { loadNamespaces } from '$lib/i18n/i18n.svelte';
import { checkBallotCode, codeFromFragment } from '$lib/voting/code';
import type { PageLoad } from './$types';

// The ballot code is in the fragment (`/stem#CODE`), which only the browser sees: nothing to
// prerender, and the page runs from the SPA shell, also offline.
export const prerender = false;
export const ssr = false;

export const load: PageLoad = async ({ url }) => {
	// Opened from a ballot link (not a link hovered elsewhere): ask for the ballot while the page
	// loads. `url.hash` is not available to load functions; the address bar is this page's.
	if (location.pathname === url.pathname) {
		const check = checkBallotCode(codeFromFragment(location.hash));
		if (check.ok) earlyBallot.start(check.key);
	}
	await loadNamespaces('vote');
};
