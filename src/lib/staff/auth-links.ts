// The sign-in links staff get by email, as the sign-in page receives them:
//   ?token_hash=…&type=magiclink   from RechtOp's email templates (verified by the app), or
//   #access_token=…  /  #error=…&error_code=otp_expired   after Supabase Auth's own /verify link.
// Plain TypeScript, tested in Node.

export const linkTypes = ['magiclink', 'signup', 'invite', 'recovery', 'email'] as const;
export type LinkType = (typeof linkTypes)[number];

export type AuthLink =
	| { kind: 'token'; tokenHash: string; type: LinkType }
	| { kind: 'error'; code: string }
	| { kind: 'none' };

const authParams = ['token_hash', 'type', 'error', 'error_code', 'error_description', 'sb'];

function fragmentParams(url: URL): URLSearchParams {
	return new URLSearchParams(url.hash.startsWith('#') ? url.hash.slice(1) : url.hash);
}

/** What the URL of the sign-in page carries from an email link, if anything. */
export function readAuthLink(url: URL): AuthLink {
	const search = url.searchParams;
	const tokenHash = search.get('token_hash');
	const type = search.get('type');
	if (tokenHash) {
		if (
			/^[A-Za-z0-9_-]{8,128}$/.test(tokenHash) &&
			(linkTypes as readonly string[]).includes(type ?? '')
		) {
			return { kind: 'token', tokenHash, type: type as LinkType };
		}
		return { kind: 'error', code: 'invalid_link' };
	}
	const fragment = fragmentParams(url);
	const code =
		search.get('error_code') ??
		fragment.get('error_code') ??
		search.get('error') ??
		fragment.get('error');
	if (code) return { kind: 'error', code };
	return { kind: 'none' };
}

/** The URL without what a sign-in link put in it, so that a reload does not use it again. */
export function withoutAuthParams(url: URL): string {
	const clean = new URL(url.href);
	for (const name of authParams) clean.searchParams.delete(name);
	const fragment = fragmentParams(clean);
	if (authParams.some((name) => fragment.has(name)) || fragment.has('access_token'))
		clean.hash = '';
	return clean.pathname + clean.search + clean.hash;
}

/** Where to go after signing in: a path inside the staff area only, never another site. */
export function safeNext(next: string | null | undefined): string {
	if (!next || !next.startsWith('/beheer') || next.startsWith('//') || /[\\\s]/.test(next)) {
		return '/beheer';
	}
	return next.startsWith('/beheer/inloggen') ? '/beheer' : next;
}
