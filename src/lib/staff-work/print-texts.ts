// Posters and ballot cards are printed in a language chosen for the children who read them,
// whatever language the staff member works in: their texts are read from that language's
// `staff_work` locale file (section `print`).
import type { Locale } from '$lib/i18n/locales';

export interface PrintTexts {
	ballot_instruction: string;
	ballot_or_type: string;
	poster_anonymous: string;
	poster_code: string;
	poster_how: string;
	poster_invite: string;
}

type Bundle = { print: PrintTexts };
const bundles = import.meta.glob<Bundle>('../i18n/locales/*/staff_work.json', {
	import: 'default'
});

export async function loadPrintTexts(locale: Locale): Promise<PrintTexts> {
	const load = bundles[`../i18n/locales/${locale}/staff_work.json`];
	if (!load) throw new Error(`Missing locale file for ${locale}`);
	return (await load()).print;
}

/** Fills `{{name}}` placeholders, as the app's translations do. */
export function fill(text: string, values: Record<string, string>): string {
	return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) => values[name] ?? match);
}
