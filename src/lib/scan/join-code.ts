// Join codes are typed by children from a poster: case, spaces, dashes and look-alike characters
// must not matter. The same rule as the server's `private.join_key` (issue 4).

/** Upper-case letters and digits only, as a code is written. */
export function cleanJoinCode(input: string): string {
	return input.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** The key two spellings of one code share: O reads as 0, I and L as 1. */
export function joinKey(input: string): string {
	return cleanJoinCode(input).replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** Codes have 4 to 12 letters and digits. */
export function isPlausibleJoinCode(input: string): boolean {
	const clean = cleanJoinCode(input);
	return clean.length >= 4 && clean.length <= 12;
}

/**
 * A join code from what a QR code holds: a `/s/CODE` link (the poster's), or the bare code.
 * Undefined when it is neither.
 */
export function joinCodeFromQr(raw: string): string | undefined {
	const text = raw.trim();
	const link = /\/s\/([A-Za-z0-9-]{4,20})\/?(?:[?#].*)?$/.exec(text);
	const candidate = link ? link[1] : /^[A-Za-z0-9 -]{4,20}$/.test(text) ? text : undefined;
	return candidate && isPlausibleJoinCode(candidate) ? cleanJoinCode(candidate) : undefined;
}
