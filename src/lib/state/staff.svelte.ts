// The signed-in staff member, kept in step with supabase-js' session: who they are, the
// municipalities they work for, which one is in view, and signing in again in place when the
// session ends while they work.
import type { Session } from '@supabase/supabase-js';
import { reasonOfError } from '$lib/api/admin-call';
import {
	currentSession,
	onSessionChange,
	refreshSession,
	signOut as endSession
} from '$lib/api/auth';
import { setReauthenticate } from '$lib/api/session-guard';
import {
	acceptInvitations,
	staffContext,
	type Membership,
	type StaffContext
} from '$lib/api/staff';
import { clearAllDrafts } from '$lib/staff/form-drafts';

const chosenKey = 'rechtop.staff.municipality';

function remembered(): string | null {
	try {
		return localStorage.getItem(chosenKey);
	} catch {
		return null;
	}
}

class StaffSession {
	#session = $state<Session | null>(null);
	#ready = $state(false);
	#started = false;
	#context = $state<StaffContext | null>(null);
	#contextError = $state<string>();
	#contextFor: string | undefined;
	#joined = $state<Membership[]>([]);
	#chosen = $state<string | null>(null);
	/** The session ended while working (not by signing out): sign in again in place. */
	#expired = $state(false);
	#lastEmail = '';
	#leaving = $state(false);
	#waiting: ((ok: boolean) => void)[] = [];

	get session() {
		return this.#session;
	}
	get email() {
		return this.#session?.user.email ?? this.#lastEmail;
	}
	get userId() {
		return this.#session?.user.id;
	}
	get ready() {
		return this.#ready;
	}
	/** True from the click on "sign out" until the session is gone. */
	get signingOut() {
		return this.#leaving;
	}
	/** True while the page waits for the user to sign in again. */
	get expired() {
		return this.#expired;
	}
	get context() {
		return this.#context;
	}
	get contextError() {
		return this.#contextError;
	}
	/** Municipalities joined by accepting invitations at this sign-in. */
	get joined(): Membership[] {
		return this.#joined;
	}
	get memberships(): Membership[] {
		return this.#context?.memberships ?? [];
	}
	get coalition() {
		return this.#context?.coalition ?? false;
	}
	/** The municipality in view: the one chosen before, else the first. */
	get current(): Membership | undefined {
		const list = this.memberships;
		return list.find((m) => m.municipality_id === this.#chosen) ?? list[0];
	}

	choose(municipalityId: string) {
		this.#chosen = municipalityId;
		try {
			localStorage.setItem(chosenKey, municipalityId);
		} catch {
			// remembered for this visit only
		}
	}

	/** Starts following the session (once); resolves when the first answer is known. */
	async start() {
		if (this.#started) return;
		this.#started = true;
		this.#chosen = remembered();
		setReauthenticate(() => this.reauthenticate());
		this.#session = await currentSession();
		if (this.#session) this.#lastEmail = this.#session.user.email ?? '';
		this.#ready = true;
		if (this.#session) void this.loadContext();
		await onSessionChange((session) => this.#follow(session));
	}

	#follow(session: Session | null) {
		const before = this.#session;
		this.#session = session;
		if (session) {
			this.#lastEmail = session.user.email ?? this.#lastEmail;
			if (this.#expired) this.#finishReauth(true);
			if (this.#contextFor !== session.user.id) void this.loadContext();
		} else if (before && !this.#leaving) {
			// Ended without signing out (expired, revoked elsewhere): keep the page, ask again.
			this.#expired = true;
		}
	}

	/** Joins the municipalities this address was invited to, then reads who the user is. */
	async loadContext() {
		const userId = this.#session?.user.id;
		if (!userId) return;
		this.#contextFor = userId;
		this.#contextError = undefined;
		try {
			const joined = await acceptInvitations();
			if (joined.length > 0) {
				this.#joined = joined;
				this.choose(joined[0].municipality_id);
			}
			this.#context = await staffContext();
		} catch (error) {
			this.#contextFor = undefined;
			this.#contextError = reasonOfError(error);
		}
	}

	/**
	 * A call was refused because the session ended: refresh it quietly, else ask the user to sign
	 * in again (the page stays as it is). Resolves true when there is a session again.
	 */
	reauthenticate(): Promise<boolean> {
		if (this.#leaving) return Promise.resolve(false);
		return new Promise((resolve) => {
			this.#waiting.push(resolve);
			if (this.#waiting.length > 1) return;
			void refreshSession().then((ok) => {
				if (ok) this.#finishReauth(true);
				else this.#expired = true;
			});
		});
	}

	#finishReauth(ok: boolean) {
		this.#expired = false;
		const waiting = this.#waiting;
		this.#waiting = [];
		for (const resolve of waiting) resolve(ok);
	}

	/** The user gave up signing in again (they go to the sign-in page; drafts stay). */
	cancelReauth() {
		this.#finishReauth(false);
	}

	/** Signing out on purpose: also forgets the drafts of forms in this tab. */
	async signOut() {
		this.#leaving = true;
		this.#finishReauth(false);
		clearAllDrafts();
		try {
			await endSession();
		} finally {
			this.#context = null;
			this.#contextFor = undefined;
			this.#joined = [];
			this.#leaving = false;
		}
	}
}

export const staff = new StaffSession();
