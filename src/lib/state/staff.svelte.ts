// The signed-in staff member, kept in step with supabase-js' session.
import type { Session } from '@supabase/supabase-js';
import { currentSession, onSessionChange } from '$lib/api/auth';

class StaffSession {
	#session = $state<Session | null>(null);
	#ready = $state(false);
	#started = false;

	get session() {
		return this.#session;
	}
	get email() {
		return this.#session?.user.email ?? '';
	}
	get userId() {
		return this.#session?.user.id;
	}
	get ready() {
		return this.#ready;
	}

	/** Starts following the session (once); resolves when the first answer is known. */
	async start() {
		if (this.#started) return;
		this.#started = true;
		this.#session = await currentSession();
		this.#ready = true;
		await onSessionChange((session) => {
			this.#session = session;
		});
	}
}

export const staff = new StaffSession();
