// Staff accounts, colleagues and the workspace: the RPCs of supabase/migrations/*_staff.sql and
// the coalition's national_results. Errors are AdminError with the server's reason
// (`forbidden`, `last_admin`, `already_member`, …); a 401 first asks for a new session.
import { rpc } from './admin-call';
import { sendInvitationEmail, type AuthProblem } from './auth';
import { withSession } from './session-guard';
import type { NationalResult } from '$lib/staff/national';

export type MemberRole = 'viewer' | 'editor' | 'admin';
export const memberRoles: readonly MemberRole[] = ['viewer', 'editor', 'admin'];
export type Texts = { nl: string } & Partial<Record<string, string>>;

export interface Membership {
	municipality_id: string;
	name: string;
	cbs_code: string;
	role: MemberRole;
}

export interface StaffContext {
	user_id: string;
	email: string;
	name: string | null;
	coalition: boolean;
	memberships: Membership[];
}

export type ScanAction = 'open' | 'close' | 'publish' | 'write_feedback';
export type RoundAction = 'open' | 'issue_ballots';

export interface DashboardScan {
	id: string;
	title: Texts;
	join_code: string;
	status: 'draft' | 'open' | 'closed' | 'published';
	opens_at: string | null;
	closes_at: string | null;
	closed_at: string | null;
	published_at: string | null;
	/** Rounded to a multiple of 5 by the server. */
	respondents: number;
	overdue: boolean;
	next_action: ScanAction | null;
}

export interface DashboardRound {
	id: string;
	title: Texts;
	method: 'points' | 'ranking' | 'pairwise';
	status: 'draft' | 'open' | 'closed';
	opens_at: string;
	closes_at: string;
	ballots_issued: number;
	votes_cast: number;
	next_action: RoundAction | null;
}

export interface Dashboard {
	municipality: { id: string; name: string; cbs_code: string } | null;
	role: MemberRole | 'coalition';
	scans: DashboardScan[];
	rounds: DashboardRound[];
}

export interface Member {
	user_id: string;
	email: string;
	name: string | null;
	role: MemberRole;
	joined_at: string;
	last_sign_in_at: string | null;
	is_self: boolean;
}

export interface Invitation {
	id: string;
	email: string;
	role: MemberRole;
	invited_at: string;
	expires_at: string;
	expired: boolean;
	invited_by: string | null;
}

export interface Colleagues {
	members: Member[];
	invitations: Invitation[];
}

const roleOrder: MemberRole[] = ['viewer', 'editor', 'admin'];

export function atLeast(role: MemberRole | 'coalition' | undefined, min: MemberRole): boolean {
	return (
		role !== undefined && role !== 'coalition' && roleOrder.indexOf(role) >= roleOrder.indexOf(min)
	);
}

const call = <T>(fn: string, args: Record<string, unknown> = {}) =>
	withSession(() => rpc<T>(fn, args));

/** After signing in: pending invitations for this address become memberships. */
export function acceptInvitations(): Promise<Membership[]> {
	return call<Membership[]>('accept_invitations');
}

export function staffContext(): Promise<StaffContext> {
	return call<StaffContext>('staff_context');
}

/** A municipality's workspace; `null` is the coalition's national one (its voting rounds). */
export function dashboard(municipalityId: string | null): Promise<Dashboard> {
	return call<Dashboard>('dashboard', { p_municipality_id: municipalityId });
}

export function listColleagues(municipalityId: string): Promise<Colleagues> {
	return call<Colleagues>('list_members', { p_municipality_id: municipalityId });
}

/**
 * Records the invitation, then has Supabase Auth email the colleague a sign-in link. When that
 * email cannot go out now, the invitation stands and `emailProblem` says why.
 */
export async function inviteColleague(
	municipalityId: string,
	email: string,
	role: MemberRole
): Promise<{ invitation: Pick<Invitation, 'id' | 'email' | 'role'>; emailProblem?: AuthProblem }> {
	const invitation = await call<Pick<Invitation, 'id' | 'email' | 'role'>>('invite_member', {
		p_municipality_id: municipalityId,
		p_email: email,
		p_role: role
	});
	const sent = await sendInvitationEmail(invitation.email);
	return sent.ok ? { invitation } : { invitation, emailProblem: sent.error };
}

export async function resendInvitation(email: string): Promise<AuthProblem | undefined> {
	const sent = await sendInvitationEmail(email);
	return sent.ok ? undefined : sent.error;
}

export async function revokeInvitation(invitationId: string): Promise<void> {
	await call('revoke_invitation', { p_invitation_id: invitationId });
}

export async function changeRole(
	municipalityId: string,
	userId: string,
	role: MemberRole
): Promise<void> {
	await call('change_member_role', {
		p_municipality_id: municipalityId,
		p_user_id: userId,
		p_role: role
	});
}

export async function removeColleague(municipalityId: string, userId: string): Promise<void> {
	await call('remove_member', { p_municipality_id: municipalityId, p_user_id: userId });
}

/** The coalition's national overview of one theme (or every theme with `null`). */
export function nationalResults(theme: string | null): Promise<NationalResult> {
	return call<NationalResult>('national_results', { p_theme: theme });
}
