// Local stand-in for Supabase Auth (GoTrue): the endpoints supabase-js calls for staff, over
// auth.users with bcrypt hashes, issuing JWTs with the claims Supabase Auth puts in them.
// For the local stack and tests only; production uses Supabase Auth itself.
//
// Emails are not sent: each sign-in link, code and invitation is printed as one line and the
// latest per address is kept in a JSON file (RECHTOP_AUTH_MAIL_FILE, default
// .local/auth-mail-<port>.json), which the E2E tests read.
//
// One-time tokens work as in GoTrue: a 6-digit code, and a token hash (sha224 of email + code)
// kept in auth.users.confirmation_token (sign-up, invitation) or recovery_token (magic link,
// password reset), valid for an hour from *_sent_at and cleared when used.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import bcrypt from 'bcryptjs';
import { SignJWT, jwtVerify } from 'jose';
import { JWT_SECRET } from './keys.ts';
import type { Sql } from './sql.ts';

const secret = new TextEncoder().encode(JWT_SECRET);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ACCESS_TOKEN_SECONDS = 3600;
const OTP_SECONDS = 3600;
const EMAIL_INTERVAL_SECONDS = 60;
const MIN_PASSWORD_LENGTH = 10;
const API_VERSION = '2024-01-01';

type TokenType = 'signup' | 'invite' | 'magiclink' | 'recovery';
type VerifyType = TokenType | 'email';

interface UserRow {
	id: string;
	email: string;
	encrypted_password: string | null;
	raw_app_meta_data: Record<string, unknown> | null;
	raw_user_meta_data: Record<string, unknown> | null;
	created_at: string;
	updated_at: string;
	email_confirmed_at: string | null;
	invited_at: string | null;
	confirmation_token: string | null;
	confirmation_sent_at: string | null;
	recovery_token: string | null;
	recovery_sent_at: string | null;
	last_sign_in_at: string | null;
}

interface RefreshToken {
	userId: string;
	sessionId: string;
	/** How the session began; a refreshed token keeps it in `amr`, as in GoTrue. */
	method: string;
	revoked: boolean;
}

class AuthError extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
		message: string,
		readonly extra: Record<string, unknown> = {}
	) {
		super(message);
	}
}

/** A response that is a redirect (GET /verify), not JSON. */
class Redirect {
	constructor(readonly location: string) {}
}

export interface MailEntry {
	type: TokenType;
	/** The link as the app's email templates make it (token hash, handled by the app). */
	link: string;
	/** The link as Supabase Auth's default templates make it ({{ .ConfirmationURL }}). */
	confirmation_url: string;
	code: string;
	token_hash: string;
	redirect_to: string;
	sent_at: string;
	expires_at: string;
}

export interface AuthOptions {
	sql: Sql;
	/** Public URL of the app, used as the token issuer and in printed links. */
	siteUrl: () => string;
	log?: (line: string) => void;
	/** Access token lifetime, shorter in tests of session expiry. */
	accessTokenSeconds?: number;
	/** How long a code or link stays valid. */
	otpSeconds?: number;
	/** Minimum time between two emails to the same address. */
	emailIntervalSeconds?: number;
	/** Where the latest link and code per address are written. */
	mailFile?: string;
}

const envNumber = (name: string) => {
	const value = Number(process.env[name]);
	return Number.isFinite(value) && value >= 0 && process.env[name] !== '' ? value : undefined;
};

export function tokenHash(email: string, code: string): string {
	return createHash('sha224')
		.update(email + code)
		.digest('hex');
}

export function createAuthServer(options: AuthOptions): Server {
	const { sql, log = console.log } = options;
	const refreshTokens = new Map<string, RefreshToken>();
	const lifetime =
		options.accessTokenSeconds ?? envNumber('RECHTOP_AUTH_JWT_EXPIRY') ?? ACCESS_TOKEN_SECONDS;
	const otpLifetime = options.otpSeconds ?? envNumber('RECHTOP_AUTH_OTP_EXPIRY') ?? OTP_SECONDS;
	const emailInterval =
		options.emailIntervalSeconds ??
		envNumber('RECHTOP_AUTH_EMAIL_INTERVAL') ??
		EMAIL_INTERVAL_SECONDS;
	const mailFile = () =>
		options.mailFile ??
		process.env.RECHTOP_AUTH_MAIL_FILE ??
		resolve(root, '.local', `auth-mail-${new URL(options.siteUrl()).port || '80'}.json`);

	const userColumns = `id, email, encrypted_password, raw_app_meta_data, raw_user_meta_data,
		created_at, updated_at, email_confirmed_at, invited_at, confirmation_token, confirmation_sent_at,
		recovery_token, recovery_sent_at, last_sign_in_at`;

	async function findUser(where: string, value: string): Promise<UserRow | undefined> {
		const rows = await sql.query<UserRow>(
			`select ${userColumns} from auth.users where ${where} and deleted_at is null`,
			[value]
		);
		return rows[0];
	}
	const findUserByEmail = (email: string) => findUser('lower(email) = lower($1)', email);
	const findUserById = (id: string) => findUser('id = $1', id);

	function userJson(user: UserRow) {
		return {
			id: user.id,
			aud: 'authenticated',
			role: 'authenticated',
			email: user.email,
			email_confirmed_at: user.email_confirmed_at,
			confirmed_at: user.email_confirmed_at,
			invited_at: user.invited_at,
			phone: '',
			confirmation_sent_at: user.confirmation_sent_at,
			recovery_sent_at: user.recovery_sent_at,
			last_sign_in_at: user.last_sign_in_at,
			app_metadata: user.raw_app_meta_data ?? { provider: 'email', providers: ['email'] },
			user_metadata: user.raw_user_meta_data ?? {},
			identities: [],
			created_at: user.created_at,
			updated_at: user.updated_at,
			is_anonymous: false
		};
	}

	async function issueSession(user: UserRow, method: string, sessionId: string = randomUUID()) {
		const now = Math.floor(Date.now() / 1000);
		const accessToken = await new SignJWT({
			aud: 'authenticated',
			role: 'authenticated',
			email: user.email,
			phone: '',
			app_metadata: user.raw_app_meta_data ?? { provider: 'email', providers: ['email'] },
			user_metadata: user.raw_user_meta_data ?? {},
			aal: 'aal1',
			amr: [{ method, timestamp: now }],
			session_id: sessionId,
			is_anonymous: false
		})
			.setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
			.setSubject(user.id)
			.setIssuer(`${options.siteUrl()}/auth/v1`)
			.setIssuedAt(now)
			.setExpirationTime(now + lifetime)
			.sign(secret);
		const refreshToken = randomBytes(18).toString('base64url');
		refreshTokens.set(refreshToken, { userId: user.id, sessionId, method, revoked: false });
		await sql.query('update auth.users set last_sign_in_at = now() where id = $1', [user.id]);
		return {
			access_token: accessToken,
			token_type: 'bearer',
			expires_in: lifetime,
			expires_at: now + lifetime,
			refresh_token: refreshToken,
			user: userJson({ ...user, last_sign_in_at: new Date().toISOString() })
		};
	}

	async function verifyJwt(req: IncomingMessage) {
		const token = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
		if (!token)
			throw new AuthError(401, 'no_authorization', 'This endpoint requires a Bearer token');
		try {
			return (await jwtVerify(token, secret)).payload;
		} catch {
			throw new AuthError(403, 'bad_jwt', 'invalid JWT: unable to parse or verify signature');
		}
	}

	async function bearerUser(req: IncomingMessage): Promise<{ user: UserRow; sessionId: string }> {
		const payload = await verifyJwt(req);
		if (payload.role !== 'authenticated' || typeof payload.sub !== 'string') {
			throw new AuthError(403, 'bad_jwt', 'invalid claim: missing sub claim');
		}
		const user = await findUserById(payload.sub);
		if (!user)
			throw new AuthError(403, 'user_not_found', 'User from sub claim in JWT does not exist');
		return { user, sessionId: String(payload.session_id ?? '') };
	}

	async function requireAdmin(req: IncomingMessage) {
		const payload = await verifyJwt(req);
		if (payload.role !== 'service_role' && payload.role !== 'supabase_admin') {
			throw new AuthError(403, 'not_admin', 'User not allowed');
		}
	}

	// ---------------------------------------------------------------- redirects and emails
	/** Like GoTrue's allow list: the site's own origin (any path), else the site URL. */
	function redirectTarget(wanted: string | null | undefined): string {
		const site = new URL(options.siteUrl());
		if (!wanted) return site.origin;
		try {
			const target = new URL(wanted);
			const loopback = ['127.0.0.1', 'localhost'];
			const sameSite =
				target.origin === site.origin ||
				(loopback.includes(target.hostname) &&
					loopback.includes(site.hostname) &&
					target.port === site.port);
			if (sameSite && ['http:', 'https:'].includes(target.protocol)) return target.href;
		} catch {
			// not a URL: the site URL instead
		}
		return site.origin;
	}

	const describeType: Record<TokenType, string> = {
		signup: 'sign-up link',
		invite: 'invitation link',
		magiclink: 'magic link',
		recovery: 'password reset link'
	};

	let mailWrites = Promise.resolve();
	async function deliver(email: string, type: TokenType, code: string, redirectTo: string) {
		const site = options.siteUrl();
		const hash = tokenHash(email, code);
		const link = `${site}/beheer/inloggen?token_hash=${hash}&type=${type}`;
		const verify = new URL(`${site}/auth/v1/verify`);
		verify.search = new URLSearchParams({ token: hash, type, redirect_to: redirectTo }).toString();
		const now = Date.now();
		const entry: MailEntry = {
			type,
			link,
			confirmation_url: verify.href,
			code,
			token_hash: hash,
			redirect_to: redirectTo,
			sent_at: new Date(now).toISOString(),
			expires_at: new Date(now + otpLifetime * 1000).toISOString()
		};
		log(`auth: ${describeType[type]} for ${email}: ${link} (code ${code})`);
		const file = mailFile();
		mailWrites = mailWrites.then(async () => {
			const all = await readFile(file, 'utf8')
				.then((text) => JSON.parse(text) as Record<string, MailEntry>)
				.catch(() => ({}) as Record<string, MailEntry>);
			all[email.toLowerCase()] = entry;
			await mkdir(dirname(file), { recursive: true });
			const temp = `${file}.${process.pid}.tmp`;
			await writeFile(temp, `${JSON.stringify(all, null, '\t')}\n`);
			await rename(temp, file);
		});
		await mailWrites.catch((error: unknown) =>
			log(`auth: could not write ${file}: ${String(error)}`)
		);
	}

	function checkInterval(sentAt: string | null) {
		if (!sentAt) return;
		const wait = Math.ceil(emailInterval - (Date.now() - Date.parse(sentAt)) / 1000);
		if (wait > 0) {
			throw new AuthError(
				429,
				'over_email_send_rate_limit',
				`For security purposes, you can only request this after ${wait} seconds.`
			);
		}
	}

	function newCode(): string {
		return String(randomInt(0, 1_000_000)).padStart(6, '0');
	}

	/** Stores a fresh one-time token for the user and emails it. */
	async function sendToken(user: UserRow, type: TokenType, redirectTo: string) {
		const column = type === 'signup' || type === 'invite' ? 'confirmation' : 'recovery';
		checkInterval(user[`${column}_sent_at`]);
		const code = newCode();
		await sql.query(
			`update auth.users set ${column}_token = $2, ${column}_sent_at = now(), updated_at = now()
			 ${type === 'invite' ? ', invited_at = now()' : ''} where id = $1`,
			[user.id, tokenHash(user.email, code)]
		);
		await deliver(user.email, type, code, redirectTo);
	}

	function checkEmail(value: unknown): string {
		const email = typeof value === 'string' ? value.trim().toLowerCase() : '';
		if (!email) throw new AuthError(400, 'validation_failed', 'An email address is required');
		if (!/^[^@\s]+@[^@\s]+\.[^@\s.]+$/.test(email) || email.length > 254) {
			throw new AuthError(
				400,
				'validation_failed',
				'Unable to validate email address: invalid format'
			);
		}
		return email;
	}

	/** The "before user created" hook, as Supabase Auth would call it, when the database has one. */
	async function beforeUserCreated(email: string) {
		const [{ hook }] = await sql.query<{ hook: string | null }>(
			`select to_regprocedure('private.before_user_created(jsonb)')::text as hook`
		);
		if (!hook) return;
		const event = {
			metadata: { uuid: randomUUID(), time: new Date().toISOString(), name: 'before-user-created' },
			user: {
				email,
				aud: 'authenticated',
				role: 'authenticated',
				app_metadata: { provider: 'email' }
			}
		};
		const [{ result }] = await sql.query<{
			result: { error?: { http_code?: number; message?: string } };
		}>('select private.before_user_created($1::jsonb) as result', [JSON.stringify(event)]);
		if (result?.error?.message) {
			throw new AuthError(result.error.http_code || 500, '', result.error.message);
		}
	}

	async function createUser(email: string, data: unknown, invited: boolean): Promise<UserRow> {
		await beforeUserCreated(email);
		const id = randomUUID();
		const meta = typeof data === 'object' && data !== null && !Array.isArray(data) ? data : {};
		await sql.query(
			`insert into auth.users (instance_id, id, aud, role, email, encrypted_password,
				raw_app_meta_data, raw_user_meta_data, invited_at, confirmation_token, recovery_token,
				email_change_token_new, email_change, created_at, updated_at)
			 values ('00000000-0000-0000-0000-000000000000', $1, 'authenticated', 'authenticated', $2, '',
				'{"provider": "email", "providers": ["email"]}', $3, case when $4 then now() end, '', '',
				'', '', now(), now())`,
			[id, email, JSON.stringify(meta), invited]
		);
		await sql.query(
			`insert into auth.identities (provider_id, user_id, identity_data, provider)
			 values ($1, $2, jsonb_build_object('sub', $1::text, 'email', $3::text), 'email')`,
			[id, id, email]
		);
		return (await findUserById(id))!;
	}

	// ---------------------------------------------------------------- one-time tokens
	const columnsFor: Record<VerifyType, ('confirmation' | 'recovery')[]> = {
		signup: ['confirmation'],
		invite: ['confirmation'],
		magiclink: ['recovery'],
		recovery: ['recovery'],
		email: ['confirmation', 'recovery']
	};

	function isVerifyType(value: unknown): value is VerifyType {
		return typeof value === 'string' && value in columnsFor;
	}

	function fresh(sentAt: string | null): boolean {
		return sentAt !== null && Date.now() < Date.parse(sentAt) + otpLifetime * 1000;
	}

	/**
	 * Finds the user a token belongs to (by token hash, or by email and code), checks it has not
	 * expired, uses it up and signs the user in.
	 */
	async function redeem(type: VerifyType, token: string, email?: string) {
		const byEmail = email ? await findUserByEmail(email) : undefined;
		let user: UserRow | undefined;
		let column: 'confirmation' | 'recovery' | undefined;
		for (const candidate of columnsFor[type]) {
			const found = email
				? byEmail
				: await findUser(`${candidate}_token = $1 and ${candidate}_token <> ''`, token);
			const stored = found?.[`${candidate}_token`];
			const given = email && found ? tokenHash(found.email, token) : token;
			if (found && stored && stored === given) {
				user = found;
				column = candidate;
				break;
			}
		}
		if (!user || !column || !fresh(user[`${column}_sent_at`])) {
			throw new AuthError(403, 'otp_expired', 'Token has expired or is invalid');
		}
		const confirms = column === 'confirmation' || !user.email_confirmed_at;
		await sql.query(
			`update auth.users set ${column}_token = '', updated_at = now()
			 ${confirms ? ', email_confirmed_at = coalesce(email_confirmed_at, now())' : ''} where id = $1`,
			[user.id]
		);
		const redirectType: TokenType =
			type === 'email' ? (column === 'confirmation' ? 'signup' : 'magiclink') : type;
		const method = redirectType === 'recovery' || redirectType === 'invite' ? redirectType : 'otp';
		const signedIn = (await findUserById(user.id))!;
		return { session: await issueSession(signedIn, method), redirectType };
	}

	const routes: Record<
		string,
		(req: IncomingMessage, url: URL, body: Record<string, unknown>) => Promise<unknown>
	> = {
		'POST /token': async (_req, url, body) => {
			const grant = url.searchParams.get('grant_type');
			if (grant === 'password') {
				const email = String(body.email ?? '');
				const password = String(body.password ?? '');
				const user = email ? await findUserByEmail(email) : undefined;
				const ok =
					user?.encrypted_password && (await bcrypt.compare(password, user.encrypted_password));
				if (!user || !ok) {
					throw new AuthError(400, 'invalid_credentials', 'Invalid login credentials');
				}
				if (!user.email_confirmed_at) {
					throw new AuthError(400, 'email_not_confirmed', 'Email not confirmed');
				}
				return issueSession(user, 'password');
			}
			if (grant === 'refresh_token') {
				const token = String(body.refresh_token ?? '');
				const known = refreshTokens.get(token);
				if (!known || known.revoked) {
					throw new AuthError(
						400,
						'refresh_token_not_found',
						'Invalid Refresh Token: Refresh Token Not Found'
					);
				}
				known.revoked = true;
				const user = await findUserById(known.userId);
				if (!user) throw new AuthError(400, 'user_not_found', 'User not found');
				return issueSession(user, known.method, known.sessionId);
			}
			throw new AuthError(400, 'unsupported_grant_type', 'unsupported_grant_type');
		},

		// Magic link / one-time code; signs up an unknown address when create_user allows it and
		// the "before user created" hook agrees.
		'POST /otp': async (_req, url, body) => {
			if (body.phone)
				throw new AuthError(422, 'phone_provider_disabled', 'Unsupported phone provider');
			const email = checkEmail(body.email);
			const mayCreate = body.create_user !== false;
			const redirectTo = redirectTarget(url.searchParams.get('redirect_to'));
			let user = await findUserByEmail(email);
			if (!user || !user.email_confirmed_at) {
				if (!mayCreate) throw new AuthError(422, 'otp_disabled', 'Signups not allowed for otp');
				user ??= await createUser(email, body.data, false);
				await sendToken(user, 'signup', redirectTo);
			} else {
				await sendToken(user, 'magiclink', redirectTo);
			}
			return {};
		},

		'POST /verify': async (_req, _url, body) => {
			const type = body.type;
			if (!isVerifyType(type)) {
				throw new AuthError(400, 'validation_failed', `Verify requires a verification type`);
			}
			if (typeof body.token_hash === 'string' && body.token_hash) {
				return (await redeem(type, body.token_hash)).session;
			}
			if (typeof body.token === 'string' && body.token && typeof body.email === 'string') {
				return (await redeem(type, body.token.trim(), checkEmail(body.email))).session;
			}
			throw new AuthError(
				400,
				'validation_failed',
				'Verify requires either a token or a token hash'
			);
		},

		// The link in Supabase Auth's default emails: verifies, then redirects with the session (or
		// the error) in the URL fragment, as the implicit flow of supabase-js expects.
		'GET /verify': async (_req, url) => {
			const target = new URL(redirectTarget(url.searchParams.get('redirect_to')));
			const type = url.searchParams.get('type');
			const token = url.searchParams.get('token') ?? '';
			try {
				if (!isVerifyType(type) || type === 'email' || !token) {
					throw new AuthError(403, 'otp_expired', 'Email link is invalid or has expired');
				}
				const { session, redirectType } = await redeem(type, token);
				target.hash = new URLSearchParams({
					access_token: session.access_token,
					expires_at: String(session.expires_at),
					expires_in: String(session.expires_in),
					refresh_token: session.refresh_token,
					token_type: session.token_type,
					type: redirectType
				}).toString();
			} catch (error) {
				if (!(error instanceof AuthError)) throw error;
				target.hash = new URLSearchParams({
					error: 'access_denied',
					error_code: error.code,
					error_description: 'Email link is invalid or has expired'
				}).toString();
			}
			return new Redirect(target.href);
		},

		// Password reset email. Answers the same for unknown addresses, so it tells nobody who has
		// an account.
		'POST /recover': async (_req, url, body) => {
			const email = checkEmail(body.email);
			const user = await findUserByEmail(email);
			if (user)
				await sendToken(user, 'recovery', redirectTarget(url.searchParams.get('redirect_to')));
			return {};
		},

		'GET /user': async (req) => userJson((await bearerUser(req)).user),

		'PUT /user': async (req, _url, body) => {
			const { user } = await bearerUser(req);
			if (typeof body.email === 'string' && body.email.toLowerCase() !== user.email.toLowerCase()) {
				throw new AuthError(
					422,
					'email_change_not_supported',
					'Changing the email address is not available in the local stand-in'
				);
			}
			if (body.password !== undefined) {
				const password = String(body.password);
				if (password.length < MIN_PASSWORD_LENGTH) {
					throw new AuthError(
						422,
						'weak_password',
						`Password should be at least ${MIN_PASSWORD_LENGTH} characters.`,
						{ weak_password: { reasons: ['length'] } }
					);
				}
				if (user.encrypted_password && (await bcrypt.compare(password, user.encrypted_password))) {
					throw new AuthError(
						422,
						'same_password',
						'New password should be different from the old password.'
					);
				}
				await sql.query(
					'update auth.users set encrypted_password = $2, updated_at = now() where id = $1',
					[user.id, await bcrypt.hash(password, 10)]
				);
			}
			if (typeof body.data === 'object' && body.data !== null && !Array.isArray(body.data)) {
				await sql.query(
					`update auth.users set raw_user_meta_data = coalesce(raw_user_meta_data, '{}') || $2::jsonb,
					 updated_at = now() where id = $1`,
					[user.id, JSON.stringify(body.data)]
				);
			}
			return userJson((await findUserById(user.id))!);
		},

		'POST /logout': async (req, url) => {
			const { user, sessionId } = await bearerUser(req);
			const scope = url.searchParams.get('scope') ?? 'global';
			for (const token of refreshTokens.values()) {
				if (token.userId !== user.id) continue;
				if (scope === 'global' || (scope === 'local' && token.sessionId === sessionId)) {
					token.revoked = true;
				} else if (scope === 'others' && token.sessionId !== sessionId) {
					token.revoked = true;
				}
			}
			return undefined;
		},

		// Admin API (service role): invite by email, and make a link without sending it.
		'POST /invite': async (req, url, body) => {
			await requireAdmin(req);
			const email = checkEmail(body.email);
			let user = await findUserByEmail(email);
			if (user?.email_confirmed_at) {
				throw new AuthError(
					422,
					'email_exists',
					'A user with this email address has already been registered'
				);
			}
			user ??= await createUser(email, body.data, true);
			await sendToken(user, 'invite', redirectTarget(url.searchParams.get('redirect_to')));
			return userJson((await findUserById(user.id))!);
		},

		'POST /admin/generate_link': async (req, url, body) => {
			await requireAdmin(req);
			const type = body.type;
			if (type !== 'magiclink' && type !== 'recovery' && type !== 'invite') {
				throw new AuthError(
					422,
					'validation_failed',
					'Only magiclink, recovery and invite links are available locally'
				);
			}
			const email = checkEmail(body.email);
			const user =
				(await findUserByEmail(email)) ??
				(type === 'invite' ? await createUser(email, body.data, true) : undefined);
			if (!user) throw new AuthError(404, 'user_not_found', 'User with this email not found');
			const code = newCode();
			const column = type === 'invite' ? 'confirmation' : 'recovery';
			await sql.query(
				`update auth.users set ${column}_token = $2, ${column}_sent_at = now() where id = $1`,
				[user.id, tokenHash(user.email, code)]
			);
			const redirectTo = redirectTarget(
				typeof body.redirect_to === 'string'
					? body.redirect_to
					: url.searchParams.get('redirect_to')
			);
			const verify = new URL(`${options.siteUrl()}/auth/v1/verify`);
			verify.search = new URLSearchParams({
				token: tokenHash(user.email, code),
				type,
				redirect_to: redirectTo
			}).toString();
			return {
				...userJson((await findUserById(user.id))!),
				action_link: verify.href,
				email_otp: code,
				hashed_token: tokenHash(user.email, code),
				redirect_to: redirectTo,
				verification_type: type
			};
		},

		'GET /settings': async () => ({
			external: { email: true, phone: false, anonymous_users: false },
			disable_signup: false,
			mailer_autoconfirm: false,
			phone_autoconfirm: false,
			sms_provider: '',
			saml_enabled: false
		}),
		'GET /health': async () => ({ name: 'rechtop-local-auth', description: 'local stand-in' })
	};

	return createServer((req, res) => {
		void handle(req, res);
	});

	async function handle(req: IncomingMessage, res: ServerResponse) {
		const url = new URL(req.url ?? '/', 'http://localhost');
		const path = url.pathname.replace(/^\/auth\/v1/, '');
		const route = routes[`${req.method} ${path}`];
		const requested = req.headers['x-supabase-api-version'];
		const versioned = typeof requested === 'string' && requested >= API_VERSION;
		res.setHeader('content-type', 'application/json');
		if (versioned) res.setHeader('x-supabase-api-version', API_VERSION);
		try {
			if (!route) {
				throw new AuthError(404, 'not_found', `${req.method} ${path} is not available locally`);
			}
			const body = await readJson(req);
			const result = await route(req, url, body);
			if (result instanceof Redirect) {
				res.removeHeader('content-type');
				res.writeHead(303, { location: result.location });
				res.end();
			} else if (result === undefined) {
				res.statusCode = 204;
				res.end();
			} else {
				res.statusCode = 200;
				res.end(JSON.stringify(result));
			}
		} catch (error) {
			const e =
				error instanceof AuthError
					? error
					: new AuthError(
							500,
							'unexpected_failure',
							'Unexpected failure in the local auth stand-in'
						);
			if (!(error instanceof AuthError)) log(`auth: ${(error as Error).stack ?? String(error)}`);
			res.statusCode = e.status;
			// GoTrue's two error shapes: by API version, or the legacy one.
			const payload = versioned
				? { code: e.code, message: e.message, ...e.extra }
				: { code: e.status, error_code: e.code || undefined, msg: e.message, ...e.extra };
			res.end(JSON.stringify(payload));
		}
	}
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of req) {
		size += (chunk as Buffer).length;
		if (size > 64 * 1024) throw new AuthError(413, 'request_too_large', 'Request body too large');
		chunks.push(chunk as Buffer);
	}
	if (chunks.length === 0) return {};
	try {
		const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
		return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
	} catch {
		throw new AuthError(400, 'bad_json', 'Could not parse request body as JSON');
	}
}
