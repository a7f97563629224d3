// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};

declare global {
	/** PUBLIC_SUPABASE_URL at build time; empty: the app's own origin (the local stack). */
	const __SUPABASE_URL__: string;
	/** PUBLIC_SUPABASE_ANON_KEY at build time; empty: the local stack's key. */
	const __SUPABASE_ANON_KEY__: string;
}
