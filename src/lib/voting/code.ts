// Ballot codes, read the way the server reads them (private.ballot_code_key in
// supabase/migrations/20261201000400_voting.sql): upper-case, white space and dashes dropped,
// then exactly 8 characters from the alphabet. Look-alikes are never guessed: a character that
// cannot be in a code is named to the voter instead.

export const BALLOT_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY346789';
export const BALLOT_CODE_LENGTH = 8;

/** Characters the server drops: white space, no-break space, the Unicode dashes and the minus sign. */
const IGNORED = /[\s\u00a0\u2010-\u2015\u2212-]/gu;

export type CodeProblem = 'empty' | 'invalid_characters' | 'too_short' | 'too_long';

export type CodeCheck =
	| { ok: true; key: string }
	| { ok: false; problem: CodeProblem; invalid: string[]; length: number };

/** Upper-case without the ignored characters; may still hold characters outside the alphabet. */
export function compactCode(input: string): string {
	return input.toUpperCase().replace(IGNORED, '');
}

/** Checks what someone typed (or what the ballot link carried) and gives the normalized key. */
export function checkBallotCode(input: string): CodeCheck {
	const compact = compactCode(input);
	const characters = [...compact];
	const invalid = [...new Set(characters.filter((c) => !BALLOT_ALPHABET.includes(c)))];
	const length = characters.length;
	if (length === 0) return { ok: false, problem: 'empty', invalid, length };
	if (invalid.length > 0) return { ok: false, problem: 'invalid_characters', invalid, length };
	if (length < BALLOT_CODE_LENGTH) return { ok: false, problem: 'too_short', invalid, length };
	if (length > BALLOT_CODE_LENGTH) return { ok: false, problem: 'too_long', invalid, length };
	return { ok: true, key: compact };
}

/** The normalized key, or undefined when the input is not a well-formed code. */
export function normalizeBallotCode(input: string): string | undefined {
	const check = checkBallotCode(input);
	return check.ok ? check.key : undefined;
}

/** A normalized key shown as on the printed card: XXXX-XXXX. */
export function formatBallotCode(key: string): string {
	return key.length === BALLOT_CODE_LENGTH ? `${key.slice(0, 4)}-${key.slice(4)}` : key;
}

/** The code from a ballot link's fragment (`/stem#CODE`), decoded; empty when there is none. */
export function codeFromFragment(hash: string): string {
	const raw = hash.startsWith('#') ? hash.slice(1) : hash;
	try {
		return decodeURIComponent(raw);
	} catch {
		return raw;
	}
}
