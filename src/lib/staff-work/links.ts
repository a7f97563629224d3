// The links printed on posters and ballot cards, on the app's own origin.

/** The link that opens a scan: `/s/CODE`. */
export function joinLink(origin: string, joinCode: string): string {
	return `${origin}/s/${encodeURIComponent(joinCode)}`;
}

/**
 * The link that opens a ballot: `/stem#CODE`. The code sits in the fragment, so it never reaches
 * a server log or a Referer header.
 */
export function ballotLink(origin: string, code: string): string {
	return `${origin}/stem#${encodeURIComponent(code)}`;
}

/** The origin without its scheme, for print: `rechtop.nl`. */
export function printableHost(origin: string): string {
	return origin.replace(/^https?:\/\//, '');
}
