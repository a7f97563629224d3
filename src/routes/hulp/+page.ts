import { loadLocalized } from '$lib/content/load';
import { currentLocale } from '$lib/i18n/i18n.svelte';
import type { PageLoad } from './$types';

export interface HelpText extends Record<string, string> {
	title: string;
	intro: string;
	kindertelefoon_name: string;
	kindertelefoon_what: string;
	kindertelefoon_how: string;
	helpdesk_name: string;
	helpdesk_what: string;
	helpdesk_how: string;
	emergency: string;
	trusted_adult: string;
	privacy: string;
}

export const load: PageLoad = async () => {
	const { data } = await loadLocalized<HelpText>('help', currentLocale());
	return { help: data };
};
