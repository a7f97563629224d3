// Staff: the question bank, creating and running a rights scan (issue 4 part 6).
// Reads go straight to the tables staff may select under RLS; changes go through the scan RPCs.
import type { Locale } from '$lib/i18n/locales';
import type { ThemeSlug } from '$lib/content/types';
import { isUuid, query as rawQuery, rpc as rawRpc } from './admin-call';
import { withSession } from './session-guard';

// After a 401 a call waits for a new session (signed in again in place) and runs once more.
const query: typeof rawQuery = (build) => withSession(() => rawQuery(build));
const rpc: typeof rawRpc = (fn, args) => withSession(() => rawRpc(fn, args));

export const ageBands = ['8-11', '12-15', '16-18', 'parent'] as const;
export type AgeBand = (typeof ageBands)[number];
export type ScanStatus = 'draft' | 'open' | 'closed' | 'published';
export type QuestionKind = 'smiley5' | 'yes_no_unsure' | 'choice' | 'multi' | 'text';
export type MemberRole = 'viewer' | 'editor' | 'admin';
export type Texts = Partial<Record<Locale, string>> & { nl: string };

export interface Workplace {
	municipalityId: string;
	name: string;
	cbsCode: string;
	role: MemberRole;
}

export interface BankQuestion {
	id: string;
	theme: ThemeSlug;
	kind: QuestionKind;
	text: Texts;
	parent_text: Texts | null;
	age_bands: AgeBand[];
	crc_articles: number[];
	position: number;
}

export interface StaffScan {
	id: string;
	municipality_id: string;
	title: Texts;
	join_code: string;
	age_bands: AgeBand[];
	opens_at: string | null;
	closes_at: string | null;
	status: ScanStatus;
	k_min: number;
	closed_at: string | null;
	published_at: string | null;
	municipality: { id: string; name: string; cbs_code: string };
	question_ids: string[];
}

export interface ScanInput {
	title: Texts;
	questionIds: string[];
	ageBands: AgeBand[];
	opensAt: string | null;
	closesAt: string | null;
}

export interface ScanProgress {
	status: ScanStatus;
	/** Rounded to a multiple of 5 by the server. */
	respondents: number;
	by_age_band: { age_band: AgeBand; respondents: number }[];
	last_received_at: string | null;
}

const roleOrder: MemberRole[] = ['viewer', 'editor', 'admin'];

export function hasRole(role: MemberRole | undefined, min: MemberRole): boolean {
	return role !== undefined && roleOrder.indexOf(role) >= roleOrder.indexOf(min);
}

/** The municipalities the signed-in staff member works for, with their role, by name. */
export async function myWorkplaces(userId: string): Promise<Workplace[]> {
	const rows = await query<
		{ role: MemberRole; municipality: { id: string; name: string; cbs_code: string } }[]
	>((supabase) =>
		supabase
			.from('memberships')
			.select('role, municipality:municipalities!inner(id, name, cbs_code)')
			.eq('user_id', userId)
	);
	return rows
		.map((row) => ({
			municipalityId: row.municipality.id,
			name: row.municipality.name,
			cbsCode: row.municipality.cbs_code,
			role: row.role
		}))
		.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

export function questionBank(): Promise<BankQuestion[]> {
	return query<BankQuestion[]>((supabase) =>
		supabase
			.from('questions')
			.select('id, theme, kind, text, parent_text, age_bands, crc_articles, position')
			.order('position')
	);
}

/** The scan, or undefined when it does not exist or belongs to another municipality. */
export async function loadScan(id: string): Promise<StaffScan | undefined> {
	if (!isUuid(id)) return undefined;
	const row = await query<
		| (Omit<StaffScan, 'question_ids'> & {
				scan_questions: { question_id: string; position: number }[];
		  })
		| null
	>((supabase) =>
		supabase
			.from('scans')
			.select(
				'id, municipality_id, title, join_code, age_bands, opens_at, closes_at, status, k_min, closed_at, published_at, municipality:municipalities!inner(id, name, cbs_code), scan_questions(question_id, position)'
			)
			.eq('id', id)
			.maybeSingle()
	);
	if (!row) return undefined;
	const { scan_questions, ...scan } = row;
	return {
		...scan,
		question_ids: [...scan_questions]
			.sort((a, b) => a.position - b.position)
			.map((q) => q.question_id)
	};
}

function scanArgs(input: ScanInput) {
	return {
		p_title: input.title,
		p_question_ids: input.questionIds,
		p_age_bands: input.ageBands,
		p_opens_at: input.opensAt,
		p_closes_at: input.closesAt
	};
}

export async function createScan(
	municipalityId: string,
	input: ScanInput
): Promise<{ id: string }> {
	const scan = await rpc<{ id: string }>('create_scan', {
		p_municipality_id: municipalityId,
		...scanArgs(input)
	});
	return { id: scan.id };
}

export async function updateScan(id: string, input: ScanInput): Promise<void> {
	await rpc('update_scan', { p_scan_id: id, ...scanArgs(input) });
}

export async function openScan(id: string): Promise<void> {
	await rpc('open_scan', { p_scan_id: id });
}

export async function closeScan(id: string): Promise<void> {
	await rpc('close_scan', { p_scan_id: id });
}

export function scanProgress(id: string): Promise<ScanProgress> {
	return rpc<ScanProgress>('scan_progress', { p_scan_id: id });
}
