// Staff accounts (Supabase Auth). Young people never sign in.
// Works unchanged against Supabase Auth and against the local stand-in (supabase/local/auth.ts).
import type { AuthChangeEvent, Session } from '@supabase/supabase-js';
import { getSupabase } from './client';
import type { LinkType } from '$lib/staff/auth-links';

export type AuthProblem =
	| 'invalid_credentials'
	| 'email_not_confirmed'
	| 'invalid_email'
	| 'no_account'
	| 'not_invited'
	| 'code_invalid'
	| 'link_expired'
	| 'weak_password'
	| 'same_password'
	| 'reauthentication_needed'
	| 'signed_out'
	| 'rate_limited'
	| 'network'
	| 'unknown';

export type AuthResult = { ok: true } | { ok: false; error: AuthProblem };

interface AuthErrorLike {
	name?: string;
	status?: number;
	code?: string;
}

/** The problem behind an error from supabase-js' auth client (GoTrue error codes). */
export function problemOf(error: AuthErrorLike): AuthProblem {
	if (error.name === 'AuthRetryableFetchError' || error.status === 0) return 'network';
	if (error.status === 429 || error.code?.startsWith('over_')) return 'rate_limited';
	switch (error.code) {
		case 'invalid_credentials':
		case 'email_not_confirmed':
		case 'weak_password':
		case 'same_password':
		case 'reauthentication_needed':
			return error.code;
		case 'otp_expired':
			return 'link_expired';
		case 'otp_disabled':
			return 'no_account';
		case 'signup_disabled':
		case 'email_address_not_authorized':
			return 'not_invited';
		case 'validation_failed':
		case 'email_address_invalid':
			return 'invalid_email';
		case 'session_not_found':
		case 'refresh_token_not_found':
		case 'bad_jwt':
			return 'signed_out';
	}
	if (error.name === 'AuthSessionMissingError') return 'signed_out';
	return 'unknown';
}

async function attempt(call: () => Promise<{ error: AuthErrorLike | null }>): Promise<AuthResult> {
	try {
		const { error } = await call();
		return error ? { ok: false, error: problemOf(error) } : { ok: true };
	} catch {
		return { ok: false, error: 'network' };
	}
}

const appUrl = (path: string) => `${location.origin}${path}`;

export async function signInWithPassword(email: string, password: string): Promise<AuthResult> {
	const supabase = await getSupabase();
	return attempt(() => supabase.auth.signInWithPassword({ email: email.trim(), password }));
}

/**
 * Emails a sign-in link and code. An address without an account gets one only when it has a
 * pending invitation: Supabase Auth's "before user created" hook refuses the others (403).
 */
export async function requestSignInLink(email: string): Promise<AuthResult> {
	const supabase = await getSupabase();
	const send = (shouldCreateUser: boolean) =>
		attempt(() =>
			supabase.auth.signInWithOtp({
				email: email.trim(),
				options: { shouldCreateUser, emailRedirectTo: appUrl('/beheer/inloggen') }
			})
		);
	const known = await send(false);
	if (known.ok || known.error !== 'no_account') return known;
	const invited = await send(true);
	if (!invited.ok && (invited.error === 'unknown' || invited.error === 'no_account')) {
		return { ok: false, error: 'not_invited' };
	}
	return invited;
}

/** Emails an invited colleague their first sign-in link (their account is made when they use it). */
export async function sendInvitationEmail(email: string): Promise<AuthResult> {
	const supabase = await getSupabase();
	const result = await attempt(() =>
		supabase.auth.signInWithOtp({
			email,
			options: { shouldCreateUser: true, emailRedirectTo: appUrl('/beheer/inloggen') }
		})
	);
	return !result.ok && result.error === 'unknown' ? { ok: false, error: 'not_invited' } : result;
}

/** Signs in with the code from the email. */
export async function verifyCode(email: string, code: string): Promise<AuthResult> {
	const supabase = await getSupabase();
	const result = await attempt(() =>
		supabase.auth.verifyOtp({ email: email.trim(), token: code.replace(/\s/g, ''), type: 'email' })
	);
	return !result.ok && result.error === 'link_expired'
		? { ok: false, error: 'code_invalid' }
		: result;
}

/** Signs in with the token hash of an emailed link. */
export async function verifyLink(tokenHash: string, type: LinkType): Promise<AuthResult> {
	const supabase = await getSupabase();
	return attempt(() => supabase.auth.verifyOtp({ token_hash: tokenHash, type }));
}

/** Emails a link to choose a new password; answers the same whether or not the address is known. */
export async function requestPasswordReset(email: string): Promise<AuthResult> {
	const supabase = await getSupabase();
	return attempt(() =>
		supabase.auth.resetPasswordForEmail(email.trim(), {
			redirectTo: appUrl('/beheer/wachtwoord?herstel=1')
		})
	);
}

export async function setPassword(password: string): Promise<AuthResult> {
	const supabase = await getSupabase();
	return attempt(() => supabase.auth.updateUser({ password }));
}

/** Tries to get a fresh access token with the refresh token; false when the session has ended. */
export async function refreshSession(): Promise<boolean> {
	const supabase = await getSupabase();
	try {
		const { data, error } = await supabase.auth.refreshSession();
		return !error && data.session !== null;
	} catch {
		return false;
	}
}

export async function signOut(): Promise<void> {
	const supabase = await getSupabase();
	await supabase.auth.signOut({ scope: 'local' });
}

export async function currentSession(): Promise<Session | null> {
	const supabase = await getSupabase();
	const { data } = await supabase.auth.getSession();
	return data.session;
}

/** Calls `fn` whenever the session changes; returns a function that stops listening. */
export async function onSessionChange(
	fn: (session: Session | null, event: AuthChangeEvent) => void
): Promise<() => void> {
	const supabase = await getSupabase();
	const { data } = supabase.auth.onAuthStateChange((event, session) => fn(session, event));
	return () => data.subscription.unsubscribe();
}
