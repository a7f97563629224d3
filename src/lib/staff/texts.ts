// A text stored in several locales (scan and round titles): the current language, else Dutch.
import { currentLocale } from '$lib/i18n/i18n.svelte';

export function localized(texts: { nl: string } & Partial<Record<string, string>>): string {
	return texts[currentLocale()] || texts.nl;
}
