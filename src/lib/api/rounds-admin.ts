// Staff: youth-panel voting rounds (issue 6 part 1). Ballot codes come back once from
// `issue_ballots` and are never stored by the app.
import type { Texts } from './scans-admin';
import { isUuid, query as rawQuery, rpc as rawRpc } from './admin-call';
import { withSession } from './session-guard';

// After a 401 a call waits for a new session (signed in again in place) and runs once more.
const query: typeof rawQuery = (build) => withSession(() => rawQuery(build));
const rpc: typeof rawRpc = (fn, args) => withSession(() => rawRpc(fn, args));

export type VoteMethod = 'points' | 'ranking' | 'pairwise';
export const voteMethods: VoteMethod[] = ['points', 'ranking', 'pairwise'];
export type RoundPhase = 'draft' | 'open' | 'closed';

export interface VoteOption {
	value: string;
	label: Texts;
}

export interface Panel {
	id: string;
	municipality_id: string | null;
	name: Texts;
}

export interface RoundStatus {
	id: string;
	municipality_id: string | null;
	panel_id: string | null;
	title: Texts;
	method: VoteMethod;
	options: VoteOption[];
	opens_at: string;
	closes_at: string;
	/** The phase voters see: an open round whose closing time passed is closed. */
	status: RoundPhase;
	ballots_issued: number;
	votes_cast: number;
}

export interface RankedOption {
	rank: number;
	option: string;
	label: Texts;
	score: number;
	// The figures behind the score, per method.
	points?: number;
	voters?: number;
	first_place?: number;
	second_place?: number;
	third_place?: number;
	wins?: number;
	losses?: number;
	comparisons?: number;
}

export interface RoundResults {
	round: {
		id: string;
		title: Texts;
		method: VoteMethod;
		status: RoundPhase;
		opens_at: string;
		closes_at: string;
	};
	/** False while votes cast before closing may still arrive. */
	final: boolean;
	ballots_cast: number;
	ranking: RankedOption[];
	/** Groups of option values that share a place. */
	ties: string[][];
	method_note: Partial<Record<string, string>>;
}

export interface RoundInput {
	municipalityId: string | null;
	panelId: string | null;
	title: Texts;
	method: VoteMethod;
	opensAt: string;
	closesAt: string;
	/** Null: the ten themes. */
	options: VoteOption[] | null;
}

/** Is the signed-in user a member of the children's-rights coalition (national panels)? */
export async function isCoalitionMember(userId: string): Promise<boolean> {
	const rows = await query<{ user_id: string }[]>((supabase) =>
		supabase.from('coalition_members').select('user_id').eq('user_id', userId)
	);
	return rows.length > 0;
}

export function listPanels(): Promise<Panel[]> {
	return query<Panel[]>((supabase) =>
		supabase.from('panels').select('id, municipality_id, name').order('created_at')
	);
}

export async function createRound(input: RoundInput): Promise<{ id: string }> {
	const round = await rpc<{ id: string }>('create_round', {
		p_municipality_id: input.municipalityId,
		p_title: input.title,
		p_method: input.method,
		p_opens_at: input.opensAt,
		p_closes_at: input.closesAt,
		p_options: input.options,
		p_panel_id: input.panelId
	});
	return { id: round.id };
}

/** The round with its counts, or undefined when it does not exist or is not the user's. */
export async function roundStatus(id: string): Promise<RoundStatus | undefined> {
	if (!isUuid(id)) return undefined;
	try {
		return await rpc<RoundStatus>('round_status', { p_round_id: id });
	} catch (error) {
		const reason = (error as { reason?: string }).reason;
		if (reason === 'round_not_found' || reason === 'forbidden') return undefined;
		throw error;
	}
}

export async function openRound(id: string): Promise<void> {
	await rpc('open_round', { p_round_id: id });
}

export async function closeRound(id: string): Promise<void> {
	await rpc('close_round', { p_round_id: id });
}

/** `count` new one-time codes as XXXX-XXXX. The server keeps only their hashes: show them now. */
export async function issueBallots(id: string, count: number): Promise<string[]> {
	const rows = await rpc<{ code: string }[]>('issue_ballots', { p_round_id: id, p_count: count });
	return rows.map((row) => row.code);
}

export function roundResults(id: string): Promise<RoundResults> {
	return rpc<RoundResults>('round_results', { p_round_id: id });
}
