// Local stand-in for Supabase Auth (GoTrue): the endpoints supabase-js calls for staff, over
// auth.users with bcrypt hashes, issuing JWTs with the claims Supabase Auth puts in them.
// For the local stack and tests only; production uses Supabase Auth itself.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, randomUUID } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { SignJWT, jwtVerify } from 'jose';
import { JWT_SECRET } from './keys.ts';
import type { Sql } from './sql.ts';

const secret = new TextEncoder().encode(JWT_SECRET);
const ACCESS_TOKEN_SECONDS = 3600;

interface UserRow {
	id: string;
	email: string;
	encrypted_password: string | null;
	raw_app_meta_data: Record<string, unknown> | null;
	raw_user_meta_data: Record<string, unknown> | null;
	created_at: string;
	updated_at: string;
	email_confirmed_at: string | null;
	last_sign_in_at: string | null;
}

interface RefreshToken {
	userId: string;
	sessionId: string;
	revoked: boolean;
}

class AuthError extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
		message: string
	) {
		super(message);
	}
}

export interface AuthOptions {
	sql: Sql;
	/** Public URL of the app, used as the token issuer and in printed links. */
	siteUrl: () => string;
	log?: (line: string) => void;
	/** Access token lifetime, shorter in tests of session expiry. */
	accessTokenSeconds?: number;
}

export function createAuthServer(options: AuthOptions): Server {
	const { sql, log = console.log } = options;
	const refreshTokens = new Map<string, RefreshToken>();
	const lifetime = options.accessTokenSeconds ?? ACCESS_TOKEN_SECONDS;

	const userColumns = `id, email, encrypted_password, raw_app_meta_data, raw_user_meta_data,
		created_at, updated_at, email_confirmed_at, last_sign_in_at`;

	async function findUserByEmail(email: string): Promise<UserRow | undefined> {
		const rows = await sql.query<UserRow>(
			`select ${userColumns} from auth.users where lower(email) = lower($1) and deleted_at is null`,
			[email]
		);
		return rows[0];
	}

	async function findUserById(id: string): Promise<UserRow | undefined> {
		const rows = await sql.query<UserRow>(
			`select ${userColumns} from auth.users where id = $1 and deleted_at is null`,
			[id]
		);
		return rows[0];
	}

	function userJson(user: UserRow) {
		return {
			id: user.id,
			aud: 'authenticated',
			role: 'authenticated',
			email: user.email,
			email_confirmed_at: user.email_confirmed_at,
			phone: '',
			last_sign_in_at: user.last_sign_in_at,
			app_metadata: user.raw_app_meta_data ?? { provider: 'email', providers: ['email'] },
			user_metadata: user.raw_user_meta_data ?? {},
			identities: [],
			created_at: user.created_at,
			updated_at: user.updated_at,
			is_anonymous: false
		};
	}

	async function issueSession(user: UserRow, method: string, sessionId = randomUUID()) {
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
		refreshTokens.set(refreshToken, { userId: user.id, sessionId, revoked: false });
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

	async function bearerUser(req: IncomingMessage): Promise<{ user: UserRow; sessionId: string }> {
		const token = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
		if (!token) throw new AuthError(401, 'no_authorization', 'This endpoint requires a Bearer token');
		let payload;
		try {
			({ payload } = await jwtVerify(token, secret));
		} catch {
			throw new AuthError(403, 'bad_jwt', 'invalid JWT: unable to parse or verify signature');
		}
		if (payload.role !== 'authenticated' || typeof payload.sub !== 'string') {
			throw new AuthError(403, 'bad_jwt', 'invalid claim: missing sub claim');
		}
		const user = await findUserById(payload.sub);
		if (!user) throw new AuthError(403, 'user_not_found', 'User from sub claim in JWT does not exist');
		return { user, sessionId: String(payload.session_id ?? '') };
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
				return issueSession(user, 'password');
			}
			if (grant === 'refresh_token') {
				const token = String(body.refresh_token ?? '');
				const known = refreshTokens.get(token);
				if (!known || known.revoked) {
					throw new AuthError(400, 'refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found');
				}
				known.revoked = true;
				const user = await findUserById(known.userId);
				if (!user) throw new AuthError(400, 'user_not_found', 'User not found');
				return issueSession(user, 'token_refresh', known.sessionId);
			}
			throw new AuthError(400, 'unsupported_grant_type', 'unsupported_grant_type');
		},
		'GET /user': async (req) => userJson((await bearerUser(req)).user),
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
		'GET /settings': async () => ({
			external: { email: true, phone: false },
			disable_signup: true,
			mailer_autoconfirm: true,
			phone_autoconfirm: false
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
		res.setHeader('content-type', 'application/json');
		try {
			if (!route) throw new AuthError(404, 'not_found', `${req.method} ${path} is not available locally`);
			const body = await readJson(req);
			const result = await route(req, url, body);
			if (result === undefined) {
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
					: new AuthError(500, 'unexpected_failure', 'Unexpected failure in the local auth stand-in');
			if (!(error instanceof AuthError)) log(`auth: ${(error as Error).stack ?? String(error)}`);
			res.statusCode = e.status;
			res.end(JSON.stringify({ code: e.status, error_code: e.code, msg: e.message }));
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
