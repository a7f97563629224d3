// Page objects and helpers for the staff E2E tests: signing in, the emails the local auth stand-in
// "sends" (it writes the latest link and code per address to .local/auth-mail-<port>.json), and
// accounts made directly in the E2E stack's database.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { E2E_PORT } from '../../playwright.config';
import { ANON_KEY } from '../../supabase/local/keys';
import { dbQuery, expect } from './fixtures';

export const DEMODORP = '00000000-0000-4000-8000-000000009999';
export const VOORBEELDSTAD = '00000000-0000-4000-8000-000000009998';
export const PASSWORD = 'rechtop-demo';

const mailFile = join(import.meta.dirname, '../../.local', `auth-mail-${E2E_PORT}.json`);

export interface Mail {
	type: 'signup' | 'invite' | 'magiclink' | 'recovery';
	link: string;
	confirmation_url: string;
	code: string;
	token_hash: string;
	sent_at: string;
}

/** A fresh address for this run (the stand-in's mail file outlives the database). */
export function uniqueEmail(name: string, domain = 'demodorp.test'): string {
	return `${name}-${randomBytes(4).toString('hex')}@${domain}`;
}

/** The latest email to `email` sent after `since`, as the local auth stand-in recorded it. */
export async function mailTo(email: string, since: number): Promise<Mail> {
	let found: Mail | undefined;
	await expect
		.poll(
			async () => {
				const all = JSON.parse(await readFile(mailFile, 'utf8').catch(() => '{}')) as Record<
					string,
					Mail
				>;
				const mail = all[email.toLowerCase()];
				found = mail && Date.parse(mail.sent_at) >= since - 1000 ? mail : undefined;
				return found !== undefined;
			},
			{ message: `an email to ${email}`, timeout: 5000 }
		)
		.toBe(true);
	return found!;
}

/** Makes a confirmed staff account with a password, optionally with a role in a municipality. */
export async function createStaff(
	email: string,
	membership?: { municipality: string; role: 'viewer' | 'editor' | 'admin' }
): Promise<string> {
	const [{ id }] = await dbQuery<{ id: string }>(
		`insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
			raw_app_meta_data, raw_user_meta_data, confirmation_token, recovery_token, email_change_token_new,
			email_change, created_at, updated_at)
		 values ('00000000-0000-0000-0000-000000000000', gen_random_uuid(), 'authenticated', 'authenticated',
			$1, extensions.crypt($2, extensions.gen_salt('bf', 4)), now(),
			'{"provider": "email", "providers": ["email"]}', '{}', '', '', '', '', now(), now())
		 returning id`,
		[email, PASSWORD]
	);
	await dbQuery(
		`insert into auth.identities (provider_id, user_id, identity_data, provider)
		 values ($1::text, $1::uuid, jsonb_build_object('sub', $1::text, 'email', $2::text), 'email')`,
		[id, email]
	);
	if (membership) {
		await dbQuery(
			`insert into public.memberships (user_id, municipality_id, role) values ($1, $2, $3)`,
			[id, membership.municipality, membership.role]
		);
	}
	return id;
}

/** Signs in through the auth API, as supabase-js does; for requests made without the app. */
export async function apiSignIn(request: APIRequestContext, email: string, password = PASSWORD) {
	const response = await request.post('/auth/v1/token?grant_type=password', {
		headers: { apikey: ANON_KEY },
		data: { email, password }
	});
	expect(response.status(), `sign in ${email}`).toBe(200);
	return (await response.json()) as { access_token: string; refresh_token: string };
}

/** Calls an RPC through PostgREST with the given token (or none). */
export async function rpc(request: APIRequestContext, fn: string, args: object, token?: string) {
	const response = await request.post(`/rest/v1/rpc/${fn}`, {
		headers: { apikey: ANON_KEY, ...(token ? { authorization: `Bearer ${token}` } : {}) },
		data: args
	});
	return {
		status: response.status(),
		body: (await response.json().catch(() => null)) as Record<string, unknown> | null
	};
}

export class SignInPage {
	constructor(readonly page: Page) {}

	async open(query = '') {
		await this.page.goto(`/beheer/inloggen${query}`);
		await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
	}

	async withPassword(email: string, password = PASSWORD) {
		await this.open();
		await this.page.getByLabel('E-mailadres').fill(email);
		await this.page.getByLabel('Wachtwoord', { exact: true }).fill(password);
		await this.page.getByRole('button', { name: 'Inloggen', exact: true }).click();
		await expect(this.page.getByText(`Ingelogd als ${email}`)).toBeVisible();
	}

	async requestLink(email: string) {
		await this.open();
		await this.page.getByLabel('E-mailadres').fill(email);
		await this.page.getByRole('button', { name: 'Stuur me een inloglink' }).click();
		await expect(this.page.getByRole('heading', { name: 'Kijk in je e-mail' })).toBeVisible();
	}

	async signOut() {
		await this.page.getByRole('button', { name: 'Uitloggen' }).click();
		await expect(this.page.getByRole('status')).toHaveText('Je bent uitgelogd.');
	}
}

/** The session supabase-js keeps in localStorage (key from src/lib/api/client.ts). */
export const SESSION_KEY = 'rechtop.staff-session';
