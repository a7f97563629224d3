import { earlyScan } from '$lib/api/scans';
import { loadNamespaces } from '$lib/i18n/i18n.svelte';
import { isPlausibleJoinCode } from '$lib/scan/join-code';
import type { PageLoad } from './$types';

// A scan link from a poster's QR code. Not prerendered: the SPA fallback serves it, also offline
// once the app was opened, and the scan itself comes from the device after the first visit.
export const prerender = false;
export const ssr = false;

export const load: PageLoad = async ({ params }) => {
	if (isPlausibleJoinCode(params.code)) earlyScan.start(params.code);
	await loadNamespaces('scan', 'read_aloud');
	return { code: params.code };
};
