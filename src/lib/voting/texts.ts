// Round titles and option labels come from the server in several languages ({nl, en, …}).

/** The text in the voter's language, else Dutch (always present), else any. */
export function localText(texts: Record<string, string> | undefined, locale: string): string {
	if (!texts) return '';
	return texts[locale] ?? texts.nl ?? Object.values(texts)[0] ?? '';
}

/** Whether the text is shown in Dutch because the voter's language is missing. */
export function isFallbackText(texts: Record<string, string> | undefined, locale: string): boolean {
	return !!texts && locale !== 'nl' && !(locale in texts);
}

/** Whether any of these texts falls back to Dutch in the voter's language. */
export function anyFallback(
	texts: readonly (Record<string, string> | undefined)[],
	locale: string
): boolean {
	return texts.some((text) => isFallbackText(text, locale));
}
