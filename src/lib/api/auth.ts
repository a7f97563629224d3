// Staff accounts (Supabase Auth). Young people never sign in.
import type { Session } from '@supabase/supabase-js';
import { getSupabase } from './client';

export type SignInError = 'invalid_credentials' | 'network' | 'rate_limited' | 'unknown';

export async function signInWithPassword(
	email: string,
	password: string
): Promise<{ ok: true } | { ok: false; error: SignInError }> {
	const supabase = await getSupabase();
	try {
		const { error } = await supabase.auth.signInWithPassword({ email: email.trim(), password });
		if (!error) return { ok: true };
		if (error.status === 400 || error.code === 'invalid_credentials') {
			return { ok: false, error: 'invalid_credentials' };
		}
		if (error.status === 429) return { ok: false, error: 'rate_limited' };
		if (error.name === 'AuthRetryableFetchError') return { ok: false, error: 'network' };
		return { ok: false, error: 'unknown' };
	} catch {
		return { ok: false, error: 'network' };
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

/** Calls `fn` now and whenever the session changes; returns a function that stops listening. */
export async function onSessionChange(fn: (session: Session | null) => void): Promise<() => void> {
	const supabase = await getSupabase();
	const { data } = supabase.auth.onAuthStateChange((_event, session) => fn(session));
	return () => data.subscription.unsubscribe();
}
