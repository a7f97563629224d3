// Staff accounts and roles (issue 7): invitations, the sign-up gate, accepting invitations,
// colleagues and their roles, the last admin, the staff context and the dashboard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANON, municipalities, openTestDb, signedIn, users, type TestDb } from './db.ts';
import { expectDbError, scans } from './scan-fixtures.ts';
import { createUser, scenario } from './staff-fixtures.ts';

let db: TestDb;
beforeAll(async () => {
	db = await openTestDb();
});
afterAll(() => db.close());

const admin = signedIn(users.demodorpAdmin);
const editor = signedIn(users.demodorpEditor);
const viewer = signedIn(users.demodorpViewer);
const otherAdmin = signedIn(users.voorbeeldstadAdmin);
const coalition = signedIn(users.coalition);
const demodorp = municipalities.demodorp;
const voorbeeldstad = municipalities.voorbeeldstad;

interface Invitation {
	id: string;
	municipality_id: string;
	email: string;
	role: string;
	invited_at: string;
	expires_at: string;
}
interface Members {
	members: {
		user_id: string;
		email: string;
		name: string | null;
		role: string;
		is_self: boolean;
	}[];
	invitations: { id: string; email: string; role: string; expired: boolean; invited_by: string }[];
}
interface Context {
	user_id: string;
	email: string;
	coalition: boolean;
	has_password: boolean;
	memberships: { municipality_id: string; name: string; cbs_code: string; role: string }[];
}
interface Dashboard {
	municipality: { id: string; name: string; cbs_code: string } | null;
	role: string;
	scans: {
		id: string;
		status: string;
		join_code: string;
		respondents: number;
		next_action: string | null;
		overdue: boolean;
	}[];
	rounds: {
		id: string;
		status: string;
		ballots_issued: number;
		votes_cast: number;
		next_action: string | null;
	}[];
}

const invite = (email: string, role = 'editor', municipality: string = demodorp) => ({
	p_municipality_id: municipality,
	p_email: email,
	p_role: role
});

describe('staff_context', () => {
	it('names the municipalities and roles of the signed-in user', async () => {
		const context = await db.rpc<Context>(admin, 'staff_context');
		expect(context).toMatchObject({
			user_id: users.demodorpAdmin,
			email: 'staff@demodorp.test',
			coalition: false,
			has_password: true
		});
		expect(context.memberships).toEqual([
			{ municipality_id: demodorp, name: 'Demodorp', cbs_code: 'GM9999', role: 'admin' }
		]);
	});

	it('marks coalition members, who have no municipality', async () => {
		const context = await db.rpc<Context>(coalition, 'staff_context');
		expect(context.coalition).toBe(true);
		expect(context.memberships).toEqual([]);
	});

	it('is not for anonymous callers', async () => {
		await expectDbError(db.rpc(ANON, 'staff_context'), { code: '42501' });
	});
});

describe('invite_member', () => {
	it('lets an admin invite a colleague, storing the address in lower case', async () => {
		await scenario(db, async (s) => {
			const invitation = await s.rpc<Invitation>(
				admin,
				'invite_member',
				invite('  Nieuw@Demodorp.TEST ')
			);
			expect(invitation).toMatchObject({
				municipality_id: demodorp,
				email: 'nieuw@demodorp.test',
				role: 'editor'
			});
			const days =
				(Date.parse(invitation.expires_at) - Date.parse(invitation.invited_at)) / 86_400_000;
			expect(days).toBe(14);
		});
	});

	it('renews a pending invitation when the same address is invited again', async () => {
		await scenario(db, async (s) => {
			const first = await s.rpc<Invitation>(admin, 'invite_member', invite('twee@demodorp.test'));
			const again = await s.rpc<Invitation>(
				admin,
				'invite_member',
				invite('TWEE@demodorp.test', 'viewer')
			);
			expect(again.id).toBe(first.id);
			expect(again.role).toBe('viewer');
			const rows = await s.owner(
				`select count(*)::int as n from public.invitations where email = 'twee@demodorp.test'`
			);
			expect(rows).toEqual([{ n: 1 }]);
		});
	});

	it('refuses editors, viewers and admins of another municipality', async () => {
		for (const claims of [editor, viewer, otherAdmin, coalition]) {
			await expectDbError(db.rpc(claims, 'invite_member', invite('x@demodorp.test')), {
				code: 'PT403',
				hint: 'forbidden'
			});
		}
		await expectDbError(db.rpc(ANON, 'invite_member', invite('x@demodorp.test')), {
			code: '42501'
		});
		const [row] = await db.sql.query<{ n: number }>(
			'select count(*)::int as n from public.invitations'
		);
		expect(row.n).toBe(0);
	});

	it('refuses a malformed address or role', async () => {
		for (const email of [
			'',
			'geen-apenstaartje',
			'a@b',
			'twee@@demodorp.test',
			'met spatie@demodorp.test'
		]) {
			await expectDbError(db.rpc(admin, 'invite_member', invite(email)), {
				code: 'PT400',
				hint: 'invalid_email'
			});
		}
		await expectDbError(db.rpc(admin, 'invite_member', invite('ok@demodorp.test', 'owner')), {
			code: 'PT400',
			hint: 'invalid_role'
		});
		await expectDbError(db.rpc(admin, 'invite_member', invite('ok@demodorp.test', 'coalition')), {
			code: 'PT400',
			hint: 'invalid_role'
		});
	});

	it('says when the address already belongs to a colleague', async () => {
		await expectDbError(db.rpc(admin, 'invite_member', invite('Editor@Demodorp.test')), {
			code: 'PT409',
			hint: 'already_member'
		});
	});

	it('lets an admin invite staff of another municipality to theirs', async () => {
		await scenario(db, async (s) => {
			const invitation = await s.rpc<Invitation>(
				otherAdmin,
				'invite_member',
				invite('staff@demodorp.test', 'viewer', voorbeeldstad)
			);
			expect(invitation.municipality_id).toBe(voorbeeldstad);
		});
	});
});

describe('before_user_created (the sign-up gate)', () => {
	const hook = (s: Parameters<Parameters<typeof scenario>[1]>[0], email: string | null) =>
		s.owner<{ result: unknown }>('select private.before_user_created($1::jsonb) as result', [
			JSON.stringify({
				metadata: { name: 'before-user-created' },
				user: { email, aud: 'authenticated' }
			})
		]);

	it('lets an invited address sign up and refuses every other', async () => {
		await scenario(db, async (s) => {
			await s.rpc(admin, 'invite_member', invite('genodigd@demodorp.test'));
			expect(await hook(s, 'Genodigd@Demodorp.test')).toEqual([{ result: {} }]);
			const [refused] = await hook(s, 'onbekend@demodorp.test');
			expect(refused.result).toMatchObject({ error: { http_code: 403 } });
			const [noEmail] = await hook(s, null);
			expect(noEmail.result).toMatchObject({ error: { http_code: 403 } });
		});
	});

	it('refuses an expired invitation', async () => {
		await scenario(db, async (s) => {
			await s.rpc(admin, 'invite_member', invite('laat@demodorp.test'));
			await s.owner(
				`update public.invitations set invited_at = now() - interval '20 days', expires_at = now() - interval '6 days'`
			);
			const [refused] = await hook(s, 'laat@demodorp.test');
			expect(refused.result).toMatchObject({ error: { http_code: 403 } });
		});
	});

	it('cannot be called through the API', async () => {
		await expectDbError(
			db.queryAs(ANON, `select private.before_user_created('{"user": {"email": "a@b.nl"}}')`),
			{ code: '42501' }
		);
		await expectDbError(
			db.queryAs(admin, `select private.before_user_created('{"user": {"email": "a@b.nl"}}')`),
			{ code: '42501' }
		);
	});
});

describe('accept_invitations', () => {
	it('turns pending invitations into memberships once, for the confirmed address only', async () => {
		await scenario(db, async (s) => {
			await s.rpc(admin, 'invite_member', invite('nieuwe@demodorp.test', 'editor'));
			await s.rpc(
				otherAdmin,
				'invite_member',
				invite('nieuwe@demodorp.test', 'viewer', voorbeeldstad)
			);
			const id = await createUser(s, 'Nieuwe@demodorp.test');
			const joined = await s.rpc(signedIn(id), 'accept_invitations');
			expect(joined).toEqual([
				{ municipality_id: demodorp, name: 'Demodorp', cbs_code: 'GM9999', role: 'editor' },
				{
					municipality_id: voorbeeldstad,
					name: 'Voorbeeldstad',
					cbs_code: 'GM9998',
					role: 'viewer'
				}
			]);
			expect(await s.rpc(signedIn(id), 'accept_invitations')).toEqual([]);
			const context = await s.rpc<Context>(signedIn(id), 'staff_context');
			expect(context.memberships.map((m) => m.role)).toEqual(['editor', 'viewer']);
			const pending = await s.owner(
				`select count(*)::int as n from public.invitations where accepted_at is null`
			);
			expect(pending).toEqual([{ n: 0 }]);
		});
	});

	it('ignores expired invitations and unconfirmed addresses', async () => {
		await scenario(db, async (s) => {
			await s.rpc(admin, 'invite_member', invite('traag@demodorp.test'));
			await s.rpc(admin, 'invite_member', invite('onbevestigd@demodorp.test'));
			await s.owner(
				`update public.invitations set invited_at = now() - interval '20 days', expires_at = now() - interval '1 second'
				 where email = 'traag@demodorp.test'`
			);
			const slow = await createUser(s, 'traag@demodorp.test');
			const unconfirmed = await createUser(s, 'onbevestigd@demodorp.test', { confirmed: false });
			expect(await s.rpc(signedIn(slow), 'accept_invitations')).toEqual([]);
			expect(await s.rpc(signedIn(unconfirmed), 'accept_invitations')).toEqual([]);
			const members = await s.owner(
				`select count(*)::int as n from public.memberships where user_id in ($1, $2)`,
				[slow, unconfirmed]
			);
			expect(members).toEqual([{ n: 0 }]);
		});
	});

	it('keeps the role of someone who is already a member', async () => {
		await scenario(db, async (s) => {
			const id = await createUser(s, 'al-lid@demodorp.test');
			await s.owner(
				`insert into public.memberships (user_id, municipality_id, role) values ($1, $2, 'admin')`,
				[id, voorbeeldstad]
			);
			await s.rpc(admin, 'invite_member', invite('al-lid@demodorp.test', 'viewer'));
			// An invitation to a municipality they already belong to (made before they joined it).
			await s.owner(
				`insert into public.invitations (municipality_id, email, role) values ($1, 'al-lid@demodorp.test', 'viewer')`,
				[voorbeeldstad]
			);
			const joined = await s.rpc<{ municipality_id: string }[]>(signedIn(id), 'accept_invitations');
			expect(joined.map((j) => j.municipality_id)).toEqual([demodorp]);
			const roles = await s.owner(
				`select municipality_id, role::text from public.memberships where user_id = $1 order by municipality_id desc`,
				[id]
			);
			expect(roles).toEqual([
				{ municipality_id: demodorp, role: 'viewer' },
				{ municipality_id: voorbeeldstad, role: 'admin' }
			]);
		});
	});
});

describe('list_members', () => {
	it('shows an admin the colleagues and open invitations of their municipality only', async () => {
		await scenario(db, async (s) => {
			await s.rpc(admin, 'invite_member', invite('kandidaat@demodorp.test', 'viewer'));
			await s.rpc(
				otherAdmin,
				'invite_member',
				invite('elders@voorbeeldstad.test', 'viewer', voorbeeldstad)
			);
			const list = await s.rpc<Members>(admin, 'list_members', { p_municipality_id: demodorp });
			expect(list.members.map((m) => [m.email, m.role, m.is_self])).toEqual([
				['staff@demodorp.test', 'admin', true],
				['editor@demodorp.test', 'editor', false],
				['viewer@demodorp.test', 'viewer', false]
			]);
			expect(list.members[0].name).toBe('Sam de Vries');
			expect(list.invitations).toEqual([
				expect.objectContaining({
					email: 'kandidaat@demodorp.test',
					role: 'viewer',
					expired: false,
					invited_by: 'staff@demodorp.test'
				})
			]);
		});
	});

	it('is for admins: 403 for editors, viewers, other municipalities and the coalition', async () => {
		for (const claims of [
			editor,
			viewer,
			otherAdmin,
			coalition,
			signedIn('00000000-0000-4000-8000-0000000000aa')
		]) {
			await expectDbError(db.rpc(claims, 'list_members', { p_municipality_id: demodorp }), {
				code: 'PT403',
				hint: 'forbidden'
			});
		}
		await expectDbError(db.rpc(ANON, 'list_members', { p_municipality_id: demodorp }), {
			code: '42501'
		});
	});
});

describe('change_member_role', () => {
	const change = (user: string, role: string, municipality: string = demodorp) => ({
		p_municipality_id: municipality,
		p_user_id: user,
		p_role: role
	});

	it('lets an admin change a colleague’s role', async () => {
		await scenario(db, async (s) => {
			const result = await s.rpc(
				admin,
				'change_member_role',
				change(users.demodorpViewer, 'editor')
			);
			expect(result).toEqual({
				municipality_id: demodorp,
				user_id: users.demodorpViewer,
				role: 'editor'
			});
			const context = await s.rpc<Context>(viewer, 'staff_context');
			expect(context.memberships[0].role).toBe('editor');
		});
	});

	it('never leaves a municipality without an admin', async () => {
		await expectDbError(
			db.rpc(admin, 'change_member_role', change(users.demodorpAdmin, 'editor')),
			{
				code: 'PT409',
				hint: 'last_admin'
			}
		);
		await scenario(db, async (s) => {
			await s.rpc(admin, 'change_member_role', change(users.demodorpEditor, 'admin'));
			// With a second admin, the first may step down; then the second is the last one.
			await s.rpc(admin, 'change_member_role', change(users.demodorpAdmin, 'viewer'));
			await expectDbError(
				s.rpc(editor, 'change_member_role', change(users.demodorpEditor, 'viewer')),
				{
					code: 'PT409',
					hint: 'last_admin'
				}
			);
			const admins = await s.owner(
				`select user_id from public.memberships where municipality_id = $1 and role = 'admin'`,
				[demodorp]
			);
			expect(admins).toEqual([{ user_id: users.demodorpEditor }]);
		});
	});

	it('refuses non-admins, other municipalities and unknown members', async () => {
		await expectDbError(
			db.rpc(editor, 'change_member_role', change(users.demodorpViewer, 'admin')),
			{
				code: 'PT403',
				hint: 'forbidden'
			}
		);
		await expectDbError(
			db.rpc(viewer, 'change_member_role', change(users.demodorpViewer, 'admin')),
			{
				code: 'PT403',
				hint: 'forbidden'
			}
		);
		await expectDbError(
			db.rpc(otherAdmin, 'change_member_role', change(users.demodorpViewer, 'admin')),
			{
				code: 'PT403',
				hint: 'forbidden'
			}
		);
		await expectDbError(
			db.rpc(admin, 'change_member_role', change(users.voorbeeldstadAdmin, 'viewer')),
			{
				code: 'PT404',
				hint: 'member_not_found'
			}
		);
		await expectDbError(
			db.rpc(admin, 'change_member_role', change(users.demodorpViewer, 'superuser')),
			{
				code: 'PT400',
				hint: 'invalid_role'
			}
		);
		const [row] = await db.sql.query<{ role: string }>(
			`select role::text from public.memberships where user_id = $1`,
			[users.demodorpViewer]
		);
		expect(row.role).toBe('viewer');
	});
});

describe('remove_member', () => {
	const remove = (user: string, municipality: string = demodorp) => ({
		p_municipality_id: municipality,
		p_user_id: user
	});

	it('lets an admin remove a colleague, and anyone leave', async () => {
		await scenario(db, async (s) => {
			expect(await s.rpc(admin, 'remove_member', remove(users.demodorpViewer))).toEqual({
				municipality_id: demodorp,
				user_id: users.demodorpViewer
			});
			await s.rpc(editor, 'remove_member', remove(users.demodorpEditor));
			const left = await s.owner(
				`select user_id from public.memberships where municipality_id = $1`,
				[demodorp]
			);
			expect(left).toEqual([{ user_id: users.demodorpAdmin }]);
		});
	});

	it('does not let the last admin remove themselves', async () => {
		await expectDbError(db.rpc(admin, 'remove_member', remove(users.demodorpAdmin)), {
			code: 'PT409',
			hint: 'last_admin'
		});
		await scenario(db, async (s) => {
			await s.rpc(admin, 'change_member_role', {
				p_municipality_id: demodorp,
				p_user_id: users.demodorpViewer,
				p_role: 'admin'
			});
			await s.rpc(admin, 'remove_member', remove(users.demodorpAdmin));
			await expectDbError(s.rpc(viewer, 'remove_member', remove(users.demodorpViewer)), {
				code: 'PT409',
				hint: 'last_admin'
			});
		});
	});

	it('refuses to remove others for non-admins and other municipalities', async () => {
		await expectDbError(db.rpc(viewer, 'remove_member', remove(users.demodorpEditor)), {
			code: 'PT403',
			hint: 'forbidden'
		});
		await expectDbError(db.rpc(otherAdmin, 'remove_member', remove(users.demodorpViewer)), {
			code: 'PT403',
			hint: 'forbidden'
		});
		await expectDbError(db.rpc(admin, 'remove_member', remove(users.voorbeeldstadAdmin)), {
			code: 'PT404',
			hint: 'member_not_found'
		});
		const [row] = await db.sql.query<{ n: number }>(
			`select count(*)::int as n from public.memberships`
		);
		expect(row.n).toBe(4);
	});
});

describe('revoke_invitation', () => {
	it('lets an admin withdraw an invitation; others get 403 or 404', async () => {
		await scenario(db, async (s) => {
			const invitation = await s.rpc<Invitation>(
				admin,
				'invite_member',
				invite('weg@demodorp.test')
			);
			const args = { p_invitation_id: invitation.id };
			await expectDbError(s.rpc(editor, 'revoke_invitation', args), {
				code: 'PT403',
				hint: 'forbidden'
			});
			await expectDbError(s.rpc(otherAdmin, 'revoke_invitation', args), {
				code: 'PT404',
				hint: 'invitation_not_found'
			});
			expect(await s.rpc(admin, 'revoke_invitation', args)).toEqual({
				id: invitation.id,
				email: 'weg@demodorp.test'
			});
			await expectDbError(s.rpc(admin, 'revoke_invitation', args), {
				code: 'PT404',
				hint: 'invitation_not_found'
			});
		});
	});
});

describe('dashboard', () => {
	it('shows a member the scans and rounds of their municipality with the next step', async () => {
		const board = await db.rpc<Dashboard>(viewer, 'dashboard', { p_municipality_id: demodorp });
		expect(board.municipality).toEqual({ id: demodorp, name: 'Demodorp', cbs_code: 'GM9999' });
		expect(board.role).toBe('viewer');
		const byId = new Map(board.scans.map((s) => [s.id, s]));
		expect([...byId.keys()].sort()).toEqual([scans.demo01, scans.demo02, scans.demo03].sort());
		expect(byId.get(scans.demo03)).toMatchObject({
			status: 'draft',
			next_action: 'open',
			respondents: 0
		});
		expect(byId.get(scans.demo01)).toMatchObject({
			status: 'open',
			next_action: null,
			overdue: false
		});
		for (const scan of board.scans) expect(scan.respondents % 5).toBe(0);
		expect(byId.get(scans.demo02)!.respondents).toBeGreaterThanOrEqual(300);
		expect(board.rounds.length).toBeGreaterThan(0);
		for (const round of board.rounds) {
			expect(['draft', 'open', 'closed']).toContain(round.status);
			expect(round.votes_cast).toBeLessThanOrEqual(round.ballots_issued);
		}
	});

	it('asks to close an open scan whose closing time has passed, and to publish a closed one', async () => {
		await scenario(db, async (s) => {
			await s.owner(
				`update public.scans set closes_at = now() - interval '1 minute', opens_at = now() - interval '2 days' where id = $1`,
				[scans.demo01]
			);
			await s.owner(`update public.scans set status = 'closed', closed_at = now() where id = $1`, [
				scans.demo02
			]);
			const board = await s.rpc<Dashboard>(editor, 'dashboard', { p_municipality_id: demodorp });
			const byId = new Map(board.scans.map((x) => [x.id, x]));
			expect(byId.get(scans.demo01)).toMatchObject({ next_action: 'close', overdue: true });
			expect(byId.get(scans.demo02)).toMatchObject({ next_action: 'publish' });
			await s.owner(
				`update public.scans set status = 'published', published_at = now() where id = $1`,
				[scans.demo02]
			);
			const published = await s.rpc<Dashboard>(editor, 'dashboard', {
				p_municipality_id: demodorp
			});
			// The seed's feedback on DEMO02 is published: nothing left to do.
			expect(published.scans.find((x) => x.id === scans.demo02)?.next_action).toBeNull();
			await s.owner(`update public.feedback_posts set published_at = null where scan_id = $1`, [
				scans.demo02
			]);
			const drafts = await s.rpc<Dashboard>(editor, 'dashboard', { p_municipality_id: demodorp });
			expect(drafts.scans.find((x) => x.id === scans.demo02)?.next_action).toBe('write_feedback');
		});
	});

	it('rounds response counts to multiples of 5', async () => {
		await scenario(db, async (s) => {
			await s.owner(`delete from public.response_counts where scan_id = $1`, [scans.demo03]);
			await s.owner(
				`insert into public.response_counts (scan_id, age_band, n) values ($1, '12-15', 6), ($1, '16-18', 2)`,
				[scans.demo03]
			);
			const board = await s.rpc<Dashboard>(admin, 'dashboard', { p_municipality_id: demodorp });
			expect(board.scans.find((x) => x.id === scans.demo03)?.respondents).toBe(10);
		});
	});

	it('gives nothing of a municipality to outsiders', async () => {
		for (const claims of [
			otherAdmin,
			coalition,
			signedIn('00000000-0000-4000-8000-0000000000aa')
		]) {
			await expectDbError(db.rpc(claims, 'dashboard', { p_municipality_id: demodorp }), {
				code: 'PT403',
				hint: 'forbidden'
			});
		}
		await expectDbError(db.rpc(ANON, 'dashboard', { p_municipality_id: demodorp }), {
			code: '42501'
		});
		const own = await db.rpc<Dashboard>(otherAdmin, 'dashboard', {
			p_municipality_id: voorbeeldstad
		});
		const theirs = await db.sql.query<{ id: string }>(
			`select id from public.scans where municipality_id = $1`,
			[voorbeeldstad]
		);
		expect(own.scans.map((x) => x.id).sort()).toEqual(theirs.map((r) => r.id).sort());
		expect(own.scans.map((x) => x.id)).toContain(scans.vbs001);
		expect(own.rounds).toEqual([]);
	});

	it('shows the coalition the national rounds, and nobody else', async () => {
		const national = await db.rpc<Dashboard>(coalition, 'dashboard', { p_municipality_id: null });
		expect(national).toMatchObject({ municipality: null, role: 'coalition', scans: [] });
		await expectDbError(db.rpc(admin, 'dashboard', { p_municipality_id: null }), {
			code: 'PT403',
			hint: 'forbidden'
		});
	});
});
