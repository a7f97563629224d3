// The local auth stand-in, driven by supabase-js exactly as the app drives it: magic link and
// one-time code, links that expire or are reused, the invitation-only sign-up gate, password
// reset, the admin invite, and the link in Supabase Auth's default emails (GET /verify).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthServer, type MailEntry } from '../../supabase/local/auth.ts';
import { ANON_KEY, SERVICE_ROLE_KEY } from '../../supabase/local/keys.ts';
import { municipalities, openTestDb, signedIn, users, type TestDb } from './db.ts';

let db: TestDb;
let site: string;
let mailDir: string;
let close: () => Promise<void>;
const lines: string[] = [];

beforeAll(async () => {
	db = await openTestDb();
	mailDir = await mkdtemp(join(tmpdir(), 'rechtop-auth-'));
	let origin = '';
	const server = createAuthServer({
		sql: db.sql,
		siteUrl: () => origin,
		log: (line) => lines.push(line),
		mailFile: join(mailDir, 'mail.json')
	});
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	site = origin;
	close = () => new Promise((ok) => server.close(() => ok()));
});
afterAll(async () => {
	await close();
	await rm(mailDir, { recursive: true, force: true });
	await db.close();
});

function client(key = ANON_KEY): SupabaseClient {
	return createClient(site, key, {
		auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false }
	});
}

async function mail(email: string): Promise<MailEntry | undefined> {
	const all = JSON.parse(
		await readFile(join(mailDir, 'mail.json'), 'utf8').catch(() => '{}')
	) as Record<string, MailEntry>;
	return all[email];
}

describe('magic link and one-time code', () => {
	it('signs in with the emailed code once; the code then no longer works', async () => {
		const supabase = client();
		const { error } = await supabase.auth.signInWithOtp({
			email: 'Staff@Demodorp.test',
			options: { shouldCreateUser: false, emailRedirectTo: `${site}/beheer/inloggen` }
		});
		expect(error).toBeNull();
		const sent = (await mail('staff@demodorp.test'))!;
		expect(sent).toMatchObject({ type: 'magiclink', redirect_to: `${site}/beheer/inloggen` });
		expect(sent.code).toMatch(/^\d{6}$/);
		expect(sent.link).toBe(`${site}/beheer/inloggen?token_hash=${sent.token_hash}&type=magiclink`);
		expect(lines.at(-1)).toBe(
			`auth: magic link for staff@demodorp.test: ${sent.link} (code ${sent.code})`
		);
		expect(Date.parse(sent.expires_at) - Date.parse(sent.sent_at)).toBe(3_600_000);

		const { data, error: verifyError } = await supabase.auth.verifyOtp({
			email: 'staff@demodorp.test',
			token: sent.code,
			type: 'email'
		});
		expect(verifyError).toBeNull();
		expect(data.session?.user.email).toBe('staff@demodorp.test');
		const claims = decodeJwt(data.session!.access_token);
		expect(claims).toMatchObject({
			sub: users.demodorpAdmin,
			role: 'authenticated',
			aud: 'authenticated'
		});

		const again = await client().auth.verifyOtp({
			email: 'staff@demodorp.test',
			token: sent.code,
			type: 'email'
		});
		expect(again.error).toMatchObject({ status: 403, code: 'otp_expired' });
		expect(again.data.session).toBeNull();
	});

	it('signs in with the token hash of the link once', async () => {
		await client().auth.signInWithOtp({
			email: 'editor@demodorp.test',
			options: { shouldCreateUser: false }
		});
		const sent = (await mail('editor@demodorp.test'))!;
		const first = await client().auth.verifyOtp({ token_hash: sent.token_hash, type: 'magiclink' });
		expect(first.error).toBeNull();
		expect(first.data.user?.id).toBe(users.demodorpEditor);
		const reused = await client().auth.verifyOtp({
			token_hash: sent.token_hash,
			type: 'magiclink'
		});
		expect(reused.error).toMatchObject({ status: 403, code: 'otp_expired' });
	});

	it('refuses a code after an hour, and a wrong code', async () => {
		await client().auth.signInWithOtp({
			email: 'viewer@demodorp.test',
			options: { shouldCreateUser: false }
		});
		const sent = (await mail('viewer@demodorp.test'))!;
		const wrong = String((Number(sent.code) + 1) % 1_000_000).padStart(6, '0');
		const bad = await client().auth.verifyOtp({
			email: 'viewer@demodorp.test',
			token: wrong,
			type: 'email'
		});
		expect(bad.error).toMatchObject({ status: 403, code: 'otp_expired' });
		await db.sql.query(
			`update auth.users set recovery_sent_at = now() - interval '61 minutes' where email = 'viewer@demodorp.test'`
		);
		const late = await client().auth.verifyOtp({
			email: 'viewer@demodorp.test',
			token: sent.code,
			type: 'email'
		});
		expect(late.error).toMatchObject({ status: 403, code: 'otp_expired' });
	});

	it('sends at most one email a minute to an address', async () => {
		const first = await client().auth.signInWithOtp({ email: 'staff@voorbeeldstad.test' });
		expect(first.error).toBeNull();
		const second = await client().auth.signInWithOtp({ email: 'staff@voorbeeldstad.test' });
		expect(second.error).toMatchObject({ status: 429, code: 'over_email_send_rate_limit' });
	});

	it('does not sign up unknown addresses when asked not to', async () => {
		const { error } = await client().auth.signInWithOtp({
			email: 'nobody@elders.test',
			options: { shouldCreateUser: false }
		});
		expect(error).toMatchObject({ status: 422, code: 'otp_disabled' });
		expect(await mail('nobody@elders.test')).toBeUndefined();
	});
});

describe('sign-up by invitation only', () => {
	it('refuses an address without a pending invitation', async () => {
		const { error } = await client().auth.signInWithOtp({ email: 'ongenood@elders.test' });
		expect(error).toMatchObject({ status: 403 });
		const rows = await db.sql.query(
			`select id from auth.users where email = 'ongenood@elders.test'`
		);
		expect(rows).toEqual([]);
	});

	it('creates the account of an invited address, which then joins the municipality', async () => {
		await db.rpc(signedIn(users.demodorpAdmin), 'invite_member', {
			p_municipality_id: municipalities.demodorp,
			p_email: 'nieuwe.collega@demodorp.test',
			p_role: 'editor'
		});
		const { error } = await client().auth.signInWithOtp({
			email: 'nieuwe.collega@demodorp.test',
			options: { shouldCreateUser: true, emailRedirectTo: `${site}/beheer/inloggen` }
		});
		expect(error).toBeNull();
		const sent = (await mail('nieuwe.collega@demodorp.test'))!;
		expect(sent.type).toBe('signup');
		const { data } = await client().auth.verifyOtp({ token_hash: sent.token_hash, type: 'signup' });
		expect(data.user?.email_confirmed_at).toBeTruthy();
		const joined = await db.rpc(signedIn(data.user!.id), 'accept_invitations');
		expect(joined).toEqual([
			{
				municipality_id: municipalities.demodorp,
				name: 'Demodorp',
				cbs_code: 'GM9999',
				role: 'editor'
			}
		]);
	});
});

describe('the link of Supabase Auth’s default emails (GET /verify)', () => {
	it('redirects with the session in the fragment once, then with otp_expired', async () => {
		await db.sql.query(
			`update auth.users set recovery_sent_at = null where email = 'staff@demodorp.test'`
		);
		await client().auth.signInWithOtp({
			email: 'staff@demodorp.test',
			options: { shouldCreateUser: false, emailRedirectTo: `${site}/beheer/inloggen` }
		});
		const sent = (await mail('staff@demodorp.test'))!;
		const first = await fetch(sent.confirmation_url, { redirect: 'manual' });
		expect(first.status).toBe(303);
		const target = new URL(first.headers.get('location')!);
		expect(target.origin + target.pathname).toBe(`${site}/beheer/inloggen`);
		const fragment = new URLSearchParams(target.hash.slice(1));
		expect(fragment.get('type')).toBe('magiclink');
		expect(decodeJwt(fragment.get('access_token')!).sub).toBe(users.demodorpAdmin);
		expect(fragment.get('refresh_token')).toBeTruthy();

		const second = await fetch(sent.confirmation_url, { redirect: 'manual' });
		const error = new URLSearchParams(new URL(second.headers.get('location')!).hash.slice(1));
		expect(Object.fromEntries(error)).toEqual({
			error: 'access_denied',
			error_code: 'otp_expired',
			error_description: 'Email link is invalid or has expired'
		});
	});

	it('never redirects to another site', async () => {
		const url = `${site}/auth/v1/verify?token=x&type=magiclink&redirect_to=${encodeURIComponent('https://evil.example/steal')}`;
		const response = await fetch(url, { redirect: 'manual' });
		expect(new URL(response.headers.get('location')!).origin).toBe(site);
	});
});

describe('password reset', () => {
	it('resets a password through the emailed link', async () => {
		const email = 'editor@demodorp.test';
		await db.sql.query(`update auth.users set recovery_sent_at = null where email = $1`, [email]);
		const request = await client().auth.resetPasswordForEmail(email, {
			redirectTo: `${site}/beheer/wachtwoord`
		});
		expect(request.error).toBeNull();
		const sent = (await mail(email))!;
		expect(sent).toMatchObject({ type: 'recovery', redirect_to: `${site}/beheer/wachtwoord` });
		const supabase = client();
		const { data } = await supabase.auth.verifyOtp({
			token_hash: sent.token_hash,
			type: 'recovery'
		});
		expect(data.session).not.toBeNull();
		await supabase.auth.setSession(data.session!);

		const short = await supabase.auth.updateUser({ password: 'kort' });
		expect(short.error).toMatchObject({ status: 422, code: 'weak_password' });
		const same = await supabase.auth.updateUser({ password: 'rechtop-demo' });
		expect(same.error).toMatchObject({ status: 422, code: 'same_password' });
		const ok = await supabase.auth.updateUser({ password: 'een-nieuw-wachtwoord' });
		expect(ok.error).toBeNull();

		const old = await client().auth.signInWithPassword({ email, password: 'rechtop-demo' });
		expect(old.error).toMatchObject({ status: 400, code: 'invalid_credentials' });
		const fresh = await client().auth.signInWithPassword({
			email,
			password: 'een-nieuw-wachtwoord'
		});
		expect(fresh.data.user?.id).toBe(users.demodorpEditor);
	});

	it('answers the same for an unknown address and sends nothing', async () => {
		const { error } = await client().auth.resetPasswordForEmail('onbekend@elders.test');
		expect(error).toBeNull();
		expect(await mail('onbekend@elders.test')).toBeUndefined();
	});
});

describe('admin invite and tampered tokens', () => {
	it('invites by email with the service role key only', async () => {
		const refused = await client().auth.admin.inviteUserByEmail('uitgenodigd@demodorp.test');
		expect(refused.error).toMatchObject({ status: 403, code: 'not_admin' });

		await db.rpc(signedIn(users.demodorpAdmin), 'invite_member', {
			p_municipality_id: municipalities.demodorp,
			p_email: 'uitgenodigd@demodorp.test',
			p_role: 'viewer'
		});
		const { data, error } = await client(SERVICE_ROLE_KEY).auth.admin.inviteUserByEmail(
			'uitgenodigd@demodorp.test'
		);
		expect(error).toBeNull();
		expect(data.user?.invited_at).toBeTruthy();
		const sent = (await mail('uitgenodigd@demodorp.test'))!;
		expect(sent.type).toBe('invite');
		const signedInNow = await client().auth.verifyOtp({
			token_hash: sent.token_hash,
			type: 'invite'
		});
		expect(signedInNow.data.user?.email).toBe('uitgenodigd@demodorp.test');
	});

	it('refuses a token whose signature does not match', async () => {
		const { data } = await client().auth.signInWithPassword({
			email: 'viewer@demodorp.test',
			password: 'rechtop-demo'
		});
		const [header, payload, signature] = data.session!.access_token.split('.');
		const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
		const forged = Buffer.from(JSON.stringify({ ...claims, sub: users.demodorpAdmin })).toString(
			'base64url'
		);
		const response = await fetch(`${site}/auth/v1/user`, {
			headers: { apikey: ANON_KEY, authorization: `Bearer ${header}.${forged}.${signature}` }
		});
		expect(response.status).toBe(403);
		expect(await response.json()).toMatchObject({ error_code: 'bad_jwt' });
	});
});
