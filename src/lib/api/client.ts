// The only place that creates the supabase-js client. Loaded lazily: pages that only show
// content never download supabase-js.
import type { SupabaseClient } from '@supabase/supabase-js';

/** The local stack's anon key (Supabase's well-known local development key); a real project sets its own. */
const LOCAL_ANON_KEY =
	'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6ImFub24iLCJleHAiOjE5ODM4MTI5OTZ9.CRXP1A7WOeoJeXxjNni43kdQwgnWNReilDMblYTn_I0';

let client: Promise<SupabaseClient> | undefined;

export function supabaseUrl(): string {
	return __SUPABASE_URL__ || location.origin;
}

export function supabaseAnonKey(): string {
	return __SUPABASE_ANON_KEY__ || LOCAL_ANON_KEY;
}

export function getSupabase(): Promise<SupabaseClient> {
	client ??= import('@supabase/supabase-js').then(({ createClient }) =>
		createClient(supabaseUrl(), supabaseAnonKey(), {
			auth: { storageKey: 'rechtop.staff-session', persistSession: true, autoRefreshToken: true }
		})
	);
	return client;
}
