// Youth-panel voting (issue 6): ballot codes, casting votes, closed rounds, ballot rules and roles.
import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANON, municipalities, openTestDb, signedIn, users, type TestDb } from './db.ts';

const admin = signedIn(users.demodorpAdmin);
const editor = signedIn(users.demodorpEditor);
const viewer = signedIn(users.demodorpViewer);
const otherAdmin = signedIn(users.voorbeeldstadAdmin);
const coalition = signedIn(users.coalition);

const seeded = {
	panel: '00000000-0000-4000-8000-000000006000',
	points: '00000000-0000-4000-8000-000000006001',
	ranking: '00000000-0000-4000-8000-000000006002',
	pairwise: '00000000-0000-4000-8000-000000006003'
};
const codeFormat = /^[ACDEFGHJKMNPQRTUVWXY346789]{4}-[ACDEFGHJKMNPQRTUVWXY346789]{4}$/;
const locales = ['ar', 'en', 'nl', 'pl', 'tr', 'uk'];

type Round = { id: string; status: string; method: string; closes_at: string; options: Option[] };
type Option = { value: string; label: Record<string, string> };
type Outcome = { id: string | null; status: string; reason: string | null };

let db: TestDb;
beforeAll(async () => {
	db = await openTestDb();
});
afterAll(() => db.close());

async function rejects(promise: Promise<unknown>, code: string, hint?: string) {
	const error = await promise.then(
		() => undefined,
		(e: unknown) => e
	);
	expect(error).toMatchObject(hint ? { code, hint } : { code });
}

/** A new round of Demodorp (the ten themes unless options are given), opened, with `n` codes. */
async function openRound(
	method: 'points' | 'ranking' | 'pairwise',
	n: number,
	options?: string[]
): Promise<{ id: string; codes: string[] }> {
	const round = await db.rpc<Round>(editor, 'create_round', {
		p_municipality_id: municipalities.demodorp,
		p_title: { nl: 'Proefronde' },
		p_method: method,
		p_options: options?.map((value) => ({ value, label: { nl: value } })) ?? null,
		p_opens_at: new Date(Date.now() - 60_000).toISOString(),
		p_closes_at: new Date(Date.now() + 86_400_000).toISOString()
	});
	await db.rpc(editor, 'open_round', { p_round_id: round.id });
	const rows = await db.rpcRows<{ code: string }>(editor, 'issue_ballots', {
		p_round_id: round.id,
		p_count: n
	});
	return { id: round.id, codes: rows.map((r) => r.code) };
}

const cast = (batch: unknown, claims = ANON) =>
	db.rpcRows<Outcome>(claims, 'cast_votes', { p_batch: batch });

const item = (roundId: string, code: string, ballot: unknown, extra: object = {}) => ({
	id: randomUUID(),
	round_id: roundId,
	ballot_code: code,
	ballot,
	...extra
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('ballot codes', () => {
	it('are returned once as XXXX-XXXX and stored only as sha256 hashes', async () => {
		const { id, codes } = await openRound('points', 25);
		expect(codes).toHaveLength(25);
		expect(new Set(codes).size).toBe(25);
		for (const code of codes) expect(code).toMatch(codeFormat);

		const columns = await db.sql.query<{ column_name: string }>(
			`select column_name from information_schema.columns
			 where table_schema = 'public' and table_name = 'ballots' order by ordinal_position`
		);
		expect(columns.map((c) => c.column_name)).toEqual([
			'id',
			'round_id',
			'code_hash',
			'created_at',
			'used_at'
		]);
		const hashes = await db.sql.query<{ code_hash: string }>(
			'select code_hash from public.ballots where round_id = $1 order by code_hash',
			[id]
		);
		expect(hashes.map((h) => h.code_hash)).toEqual(
			codes.map((c) => sha256(c.replace('-', ''))).sort()
		);
		const [{ n }] = await db.sql.query<{ n: number }>(
			`select count(*)::int as n from public.ballots b
			 where b::text like '%' || $1 || '%' or b::text like '%' || $2 || '%'`,
			[codes[0], codes[0].replace('-', '')]
		);
		expect(n).toBe(0);
	});

	it('are issued 1 to 500 at a time', async () => {
		const { id } = await openRound('points', 1);
		await rejects(
			db.rpcRows(editor, 'issue_ballots', { p_round_id: id, p_count: 0 }),
			'PT400',
			'invalid_count'
		);
		await rejects(
			db.rpcRows(editor, 'issue_ballots', { p_round_id: id, p_count: 501 }),
			'PT400',
			'invalid_count'
		);
		const many = await db.rpcRows<{ code: string }>(editor, 'issue_ballots', {
			p_round_id: id,
			p_count: 500
		});
		expect(new Set(many.map((r) => r.code)).size).toBe(500);
		const status = await db.rpc<{ ballots_issued: number }>(viewer, 'round_status', {
			p_round_id: id
		});
		expect(status.ballots_issued).toBe(501);
	});

	it('are not issued for a closed round', async () => {
		await rejects(
			db.rpcRows(editor, 'issue_ballots', { p_round_id: seeded.ranking, p_count: 5 }),
			'PT409',
			'round_closed'
		);
	});
});

describe('get_ballot', () => {
	it('finds the round of a demo code however it is typed', async () => {
		for (const typed of ['DEMA-AAAA', 'dema aaaa', ' Dema–Aaaa ', 'demaaaaa', 'DEMA - AAAA']) {
			const ballot = await db.rpc<{ round: Round; used: boolean }>(ANON, 'get_ballot', {
				p_ballot_code: typed
			});
			expect(ballot.used).toBe(false);
			expect(ballot.round.id).toBe(seeded.points);
			expect(ballot.round.status).toBe('open');
			expect(ballot.round.method).toBe('points');
		}
		const { round } = await db.rpc<{ round: Round }>(ANON, 'get_ballot', {
			p_ballot_code: 'PAAR-AAAA'
		});
		expect(round.method).toBe('pairwise');
		expect(round.options.map((o) => o.value)).toEqual([
			'meedoen',
			'discriminatie',
			'zorg',
			'mentale-gezondheid',
			'armoede',
			'onderwijs',
			'asiel',
			'uitbuiting',
			'jeugdstrafrecht',
			'jeugdstrategie'
		]);
		for (const option of round.options) expect(Object.keys(option.label).sort()).toEqual(locales);
	});

	it('refuses malformed codes with invalid_code, look-alikes included', async () => {
		for (const typed of [
			'DEMO-AAAA',
			'DEMA-AAA0',
			'DEMA-AAA1',
			'DEMA-AAA',
			'DEMA-AAAAA',
			'',
			'DEMA_AAAA'
		]) {
			await rejects(db.rpc(ANON, 'get_ballot', { p_ballot_code: typed }), 'PT400', 'invalid_code');
		}
	});

	it('answers ballot_not_found for a well-formed code nobody was given', async () => {
		await rejects(
			db.rpc(ANON, 'get_ballot', { p_ballot_code: 'CCCC-CCCC' }),
			'PT404',
			'ballot_not_found'
		);
	});

	it('says when the round is not open yet or closed, and when the ballot was used', async () => {
		const draft = await db.rpc<Round>(editor, 'create_round', {
			p_municipality_id: municipalities.demodorp,
			p_title: { nl: 'Nog niet open' },
			p_method: 'ranking',
			p_opens_at: new Date().toISOString(),
			p_closes_at: new Date(Date.now() + 86_400_000).toISOString()
		});
		const [{ code }] = await db.rpcRows<{ code: string }>(editor, 'issue_ballots', {
			p_round_id: draft.id,
			p_count: 1
		});
		await rejects(db.rpc(ANON, 'get_ballot', { p_ballot_code: code }), 'PT409', 'round_not_open');

		const open = await openRound('points', 2);
		await db.rpc(editor, 'close_round', { p_round_id: open.id });
		await rejects(
			db.rpc(ANON, 'get_ballot', { p_ballot_code: open.codes[0] }),
			'PT409',
			'round_closed'
		);

		const other = await openRound('points', 1);
		await cast([item(other.id, other.codes[0], { points: { zorg: 10 } })]);
		const ballot = await db.rpc<{ used: boolean }>(ANON, 'get_ballot', {
			p_ballot_code: other.codes[0]
		});
		expect(ballot.used).toBe(true);
	});
});

describe('cast_votes', () => {
	it('stores a vote once: duplicate for a resend, conflict or ballot_used for anything else', async () => {
		const { id, codes } = await openRound('points', 2);
		const vote = item(id, codes[0], { points: { zorg: 6, armoede: 4 } });
		expect(await cast([vote])).toEqual([{ id: vote.id, status: 'stored', reason: null }]);
		// the same item again, with the code typed differently and an explicit zero
		const resend = {
			...vote,
			ballot_code: codes[0].toLowerCase().replace('-', ' '),
			ballot: { points: { armoede: 4, zorg: 6, asiel: 0 } }
		};
		const other = item(id, codes[0], { points: { zorg: 6, armoede: 4 } });
		const changed = { ...vote, ballot: { points: { zorg: 5, armoede: 5 } } };
		const moved = { ...vote, ballot_code: codes[1] };
		expect(await cast([resend, other, changed, moved])).toEqual([
			{ id: vote.id, status: 'duplicate', reason: null },
			{ id: other.id, status: 'rejected', reason: 'ballot_used' },
			{ id: vote.id, status: 'rejected', reason: 'conflict' },
			{ id: vote.id, status: 'rejected', reason: 'conflict' }
		]);
		const votes = await db.sql.query<{ ballot: unknown }>(
			'select ballot from public.votes where round_id = $1',
			[id]
		);
		expect(votes).toEqual([{ ballot: { points: { zorg: 6, armoede: 4 } } }]);
		const status = await db.rpc<{ votes_cast: number }>(viewer, 'round_status', {
			p_round_id: id
		});
		expect(status.votes_cast).toBe(1);
	});

	it('answers every item in order, and a bad item never blocks the others', async () => {
		const { id, codes } = await openRound('ranking', 3);
		const otherRound = await openRound('ranking', 1);
		const good1 = item(id, codes[0], { ranking: ['zorg', 'asiel', 'armoede'] });
		const sameBallot = item(id, codes[0], { ranking: ['asiel', 'zorg', 'armoede'] });
		const wrongRound = item(id, otherRound.codes[0], { ranking: ['zorg', 'asiel', 'armoede'] });
		const unknown = item(id, 'CCCC-CCCC', { ranking: ['zorg', 'asiel', 'armoede'] });
		const malformed = item(id, 'DEMO-0000', { ranking: ['zorg', 'asiel', 'armoede'] });
		const badDate = item(
			id,
			codes[2],
			{ ranking: ['zorg', 'asiel', 'armoede'] },
			{ cast_at: 'gisteren' }
		);
		const endless = item(
			id,
			codes[2],
			{ ranking: ['zorg', 'asiel', 'armoede'] },
			{ cast_at: 'infinity' }
		);
		const noBallot = { ...item(id, codes[2], null), ballot: undefined };
		const good2 = item(id, codes[1], { ranking: ['onderwijs', 'asiel', 'armoede'] });
		const rows = await cast([
			'not an object',
			{ ...good1, id: 'not-a-uuid' },
			good1,
			sameBallot,
			wrongRound,
			unknown,
			malformed,
			badDate,
			endless,
			noBallot,
			good2
		]);
		expect(rows).toEqual([
			{ id: null, status: 'rejected', reason: 'invalid_item' },
			{ id: null, status: 'rejected', reason: 'invalid_item' },
			{ id: good1.id, status: 'stored', reason: null },
			{ id: sameBallot.id, status: 'rejected', reason: 'ballot_used' },
			{ id: wrongRound.id, status: 'rejected', reason: 'ballot_not_found' },
			{ id: unknown.id, status: 'rejected', reason: 'ballot_not_found' },
			{ id: malformed.id, status: 'rejected', reason: 'invalid_code' },
			{ id: badDate.id, status: 'rejected', reason: 'invalid_item' },
			{ id: endless.id, status: 'rejected', reason: 'invalid_item' },
			{ id: noBallot.id, status: 'rejected', reason: 'invalid_item' },
			{ id: good2.id, status: 'stored', reason: null }
		]);
		const [{ n }] = await db.sql.query<{ n: number }>(
			'select count(*)::int as n from public.votes where round_id = $1',
			[id]
		);
		expect(n).toBe(2);
	});

	it('refuses a batch that is not an array or has more than 500 items', async () => {
		await rejects(cast({ id: randomUUID() }), 'PT400', 'invalid_batch');
		await rejects(cast(null), 'PT400', 'invalid_batch');
		const items = Array.from({ length: 501 }, () => item(seeded.points, 'CCCC-CCCC', {}));
		await rejects(cast(items), 'PT413', 'batch_too_large');
	});

	it('takes votes from signed-in users as well', async () => {
		const { id, codes } = await openRound('points', 1);
		const vote = item(id, codes[0], { points: { meedoen: 10 } });
		expect(await cast([vote], viewer)).toEqual([{ id: vote.id, status: 'stored', reason: null }]);
	});
});

describe('rounds that are not open', () => {
	it('refuses votes before the round opens', async () => {
		const draft = await db.rpc<Round>(editor, 'create_round', {
			p_municipality_id: municipalities.demodorp,
			p_title: { nl: 'Concept' },
			p_method: 'points',
			p_opens_at: new Date().toISOString(),
			p_closes_at: new Date(Date.now() + 86_400_000).toISOString()
		});
		const [{ code }] = await db.rpcRows<{ code: string }>(editor, 'issue_ballots', {
			p_round_id: draft.id,
			p_count: 1
		});
		const vote = item(draft.id, code, { points: { zorg: 10 } });
		expect(await cast([vote])).toEqual([
			{ id: vote.id, status: 'rejected', reason: 'round_not_open' }
		]);
	});

	it('accepts votes cast while open for the grace period after closing, and no others', async () => {
		const { id, codes } = await openRound('points', 5);
		const before = item(id, codes[0], { points: { zorg: 10 } });
		expect((await cast([before]))[0].status).toBe('stored');

		const closed = await db.rpc<Round>(editor, 'close_round', { p_round_id: id });
		expect(closed.status).toBe('closed');
		const closedAt = new Date(closed.closes_at).getTime();

		const late = item(
			id,
			codes[1],
			{ points: { asiel: 10 } },
			{
				cast_at: new Date(closedAt - 60_000).toISOString()
			}
		);
		const noTime = item(id, codes[2], { points: { asiel: 10 } });
		const after = item(
			id,
			codes[3],
			{ points: { asiel: 10 } },
			{
				cast_at: new Date(closedAt + 1_000).toISOString()
			}
		);
		expect(await cast([before, late, noTime, after])).toEqual([
			{ id: before.id, status: 'duplicate', reason: null },
			{ id: late.id, status: 'stored', reason: null },
			{ id: noTime.id, status: 'rejected', reason: 'round_closed' },
			{ id: after.id, status: 'rejected', reason: 'round_closed' }
		]);

		// Two hours later the grace period (1 hour) is over.
		await db.sql.query(
			`update public.vote_rounds set opens_at = opens_at - interval '2 hours',
				closes_at = closes_at - interval '2 hours' where id = $1`,
			[id]
		);
		const tooLate = item(
			id,
			codes[4],
			{ points: { asiel: 10 } },
			{
				cast_at: new Date(closedAt - 3 * 3_600_000).toISOString()
			}
		);
		expect(await cast([tooLate, late])).toEqual([
			{ id: tooLate.id, status: 'rejected', reason: 'round_closed' },
			{ id: late.id, status: 'duplicate', reason: null }
		]);
		const results = await db.rpc<{ ballots_cast: number; final: boolean }>(ANON, 'round_results', {
			p_round_id: id
		});
		expect(results).toMatchObject({ ballots_cast: 2, final: true });
	});

	it('treats an open round past its closing time as closed', async () => {
		const { id, codes } = await openRound('points', 1);
		await db.sql.query(
			`update public.vote_rounds set opens_at = now() - interval '3 days',
				closes_at = now() - interval '2 days' where id = $1`,
			[id]
		);
		const vote = item(id, codes[0], { points: { zorg: 10 } });
		expect(await cast([vote])).toEqual([
			{ id: vote.id, status: 'rejected', reason: 'round_closed' }
		]);
		const results = await db.rpc<{ round: Round }>(ANON, 'round_results', { p_round_id: id });
		expect(results.round.status).toBe('closed');
	});
});

describe('ballots that break the method rules', () => {
	async function reasons(method: 'points' | 'ranking' | 'pairwise', ballots: unknown[]) {
		const { id, codes } = await openRound(method, 1);
		const rows = await cast(ballots.map((ballot) => item(id, codes[0], ballot)));
		return rows.map((r) => r.reason);
	}

	it('points: exactly 10 whole, non-negative points over known options', async () => {
		const valid = { points: { zorg: 3, asiel: 7 } };
		expect(
			await reasons('points', [
				{ points: { zorg: 6, asiel: 5 } },
				{ points: { zorg: 6, asiel: 3 } },
				{ points: { zorg: 11, asiel: -1 } },
				{ points: { zorg: 5.5, asiel: 4.5 } },
				{ points: { zorg: 5, voetbal: 5 } },
				{ points: { zorg: '10' } },
				{ points: [10] },
				{ points: {} },
				{ ranking: ['zorg', 'asiel', 'armoede'] },
				valid
			])
		).toEqual([...Array(9).fill('invalid_ballot'), null]);
	});

	it('ranking: the top 3, distinct and known', async () => {
		expect(
			await reasons('ranking', [
				{ ranking: ['zorg', 'zorg', 'asiel'] },
				{ ranking: ['zorg', 'asiel', 'voetbal'] },
				{ ranking: ['zorg', 'asiel'] },
				{ ranking: ['zorg', 'asiel', 'armoede', 'onderwijs'] },
				{ ranking: [] },
				{ ranking: ['zorg', 'asiel', 3] },
				{ ranking: 'zorg' },
				{ ranking: ['zorg', 'asiel', 'armoede'] }
			])
		).toEqual([...Array(7).fill('invalid_ballot'), null]);
	});

	it('ranking: fewer than 3 only when the round has fewer options', async () => {
		const { id, codes } = await openRound('ranking', 2, ['ja', 'nee']);
		const rows = await cast([
			item(id, codes[0], { ranking: ['ja'] }),
			item(id, codes[0], { ranking: ['ja', 'nee'] })
		]);
		expect(rows.map((r) => r.reason)).toEqual(['invalid_ballot', null]);
	});

	it('pairwise: 1 to 200 pairs of two different known options', async () => {
		const pair = { winner: 'zorg', loser: 'asiel' };
		expect(
			await reasons('pairwise', [
				{ pairs: [{ winner: 'zorg', loser: 'zorg' }] },
				{ pairs: [{ winner: 'zorg', loser: 'voetbal' }] },
				{ pairs: [] },
				{ pairs: Array(201).fill(pair) },
				{ pairs: [{ winner: 'zorg' }] },
				{ pairs: [['zorg', 'asiel']] },
				{ pairs: Array(200).fill(pair) }
			])
		).toEqual([...Array(6).fill('invalid_ballot'), null]);
	});
});

describe('who may do what', () => {
	const newRound = (claims = editor, municipality: string | null = municipalities.demodorp) =>
		db.rpc<Round>(claims, 'create_round', {
			p_municipality_id: municipality,
			p_title: { nl: 'Nieuwe ronde' },
			p_method: 'points',
			p_opens_at: new Date().toISOString(),
			p_closes_at: new Date(Date.now() + 86_400_000).toISOString()
		});

	it('lets an editor create a round on the ten themes in six locales', async () => {
		const round = await newRound();
		expect(round.status).toBe('draft');
		expect(round.options).toHaveLength(10);
		for (const option of round.options) expect(Object.keys(option.label).sort()).toEqual(locales);
		const [row] = await db.sql.query<{ created_by: string }>(
			'select created_by from public.vote_rounds where id = $1',
			[round.id]
		);
		expect(row.created_by).toBe(users.demodorpEditor);
	});

	it('does not let a viewer create, open, close or issue, but shows them the status', async () => {
		await rejects(newRound(viewer), 'PT403', 'forbidden');
		await rejects(
			db.rpcRows(viewer, 'issue_ballots', { p_round_id: seeded.points, p_count: 1 }),
			'PT403',
			'forbidden'
		);
		await rejects(
			db.rpc(viewer, 'close_round', { p_round_id: seeded.points }),
			'PT403',
			'forbidden'
		);
		await rejects(
			db.rpc(viewer, 'open_round', { p_round_id: seeded.points }),
			'PT403',
			'forbidden'
		);
		const status = await db.rpc<{ status: string; ballots_issued: number; votes_cast: number }>(
			viewer,
			'round_status',
			{ p_round_id: seeded.points }
		);
		expect(status).toMatchObject({ status: 'open', ballots_issued: 30, votes_cast: 0 });
	});

	it("gives another municipality's admin nothing", async () => {
		await rejects(newRound(otherAdmin), 'PT403', 'forbidden');
		for (const fn of ['open_round', 'close_round', 'round_status']) {
			await rejects(db.rpc(otherAdmin, fn, { p_round_id: seeded.points }), 'PT403', 'forbidden');
		}
		await rejects(
			db.rpcRows(otherAdmin, 'issue_ballots', { p_round_id: seeded.points, p_count: 1 }),
			'PT403',
			'forbidden'
		);
		expect(await db.queryAs(otherAdmin, 'select id from public.vote_rounds')).toEqual([]);
		expect(await db.queryAs(otherAdmin, 'select id from public.panels')).toEqual([]);
		await rejects(
			db.rpc(otherAdmin, 'round_results', { p_round_id: seeded.points }),
			'PT409',
			'round_not_closed'
		);
	});

	it("shows members their municipality's rounds and panel", async () => {
		const rounds = await db.queryAs<{ id: string }>(
			viewer,
			'select id from public.vote_rounds where panel_id = $1 order by id',
			[seeded.panel]
		);
		expect(rounds.map((r) => r.id)).toEqual([seeded.points, seeded.ranking, seeded.pairwise]);
		const panels = await db.queryAs<{ name: { nl: string } }>(
			viewer,
			'select name from public.panels'
		);
		expect(panels.map((p) => p.name.nl)).toEqual(['Jongerenraad Demodorp']);
	});

	it('keeps ballots and votes out of direct reach, and everything from anon', async () => {
		for (const table of ['ballots', 'votes', 'vote_rounds', 'panels']) {
			await rejects(db.queryAs(ANON, `select * from public.${table}`), '42501');
		}
		for (const table of ['ballots', 'votes']) {
			await rejects(db.queryAs(admin, `select * from public.${table}`), '42501');
			await rejects(db.queryAs(admin, `delete from public.${table}`), '42501');
		}
		await rejects(db.queryAs(admin, `update public.vote_rounds set status = 'closed'`), '42501');
		await rejects(
			db.rpc(ANON, 'create_round', {
				p_municipality_id: municipalities.demodorp,
				p_title: { nl: 'x' },
				p_method: 'points',
				p_opens_at: new Date().toISOString(),
				p_closes_at: new Date(Date.now() + 1000).toISOString()
			}),
			'42501'
		);
		await rejects(
			db.rpcRows(ANON, 'issue_ballots', { p_round_id: seeded.points, p_count: 1 }),
			'42501'
		);
	});

	it('leaves national rounds to coalition members', async () => {
		const national = await newRound(coalition, null);
		expect(national.status).toBe('draft');
		await rejects(newRound(admin, null), 'PT403', 'forbidden');
		await rejects(newRound(coalition), 'PT403', 'forbidden');
		expect(
			await db.queryAs(coalition, 'select id from public.vote_rounds where id = $1', [national.id])
		).toHaveLength(1);
		expect(
			await db.queryAs(admin, 'select id from public.vote_rounds where id = $1', [national.id])
		).toEqual([]);
	});

	it('shows results to anyone once closed, to members always', async () => {
		await rejects(
			db.rpc(ANON, 'round_results', { p_round_id: seeded.points }),
			'PT409',
			'round_not_closed'
		);
		const open = await db.rpc<{ ballots_cast: number; final: boolean }>(viewer, 'round_results', {
			p_round_id: seeded.points
		});
		expect(open).toMatchObject({ ballots_cast: 0, final: false });
		const closed = await db.rpc<{ ballots_cast: number }>(ANON, 'round_results', {
			p_round_id: seeded.ranking
		});
		expect(closed.ballots_cast).toBe(40);
		await rejects(
			db.rpc(ANON, 'round_results', { p_round_id: randomUUID() }),
			'PT404',
			'round_not_found'
		);
	});
});

describe('create_round and its transitions', () => {
	const create = (args: Record<string, unknown>) =>
		db.rpc<Round>(editor, 'create_round', {
			p_municipality_id: municipalities.demodorp,
			p_title: { nl: 'Ronde' },
			p_method: 'ranking',
			p_opens_at: new Date().toISOString(),
			p_closes_at: new Date(Date.now() + 86_400_000).toISOString(),
			...args
		});
	const options = (n: number) =>
		Array.from({ length: n }, (_, i) => ({
			value: `optie-${i + 1}`,
			label: { nl: `Optie ${i + 1}` }
		}));

	it('takes 2 to 20 own options with a Dutch label each', async () => {
		expect((await create({ p_options: options(2) })).options).toHaveLength(2);
		expect((await create({ p_options: options(20) })).options).toHaveLength(20);
		for (const bad of [
			options(1),
			options(21),
			[{ value: 'a', label: { en: 'A' } }, ...options(2)],
			[...options(2), options(1)[0]],
			[{ value: 'Met Spatie', label: { nl: 'x' } }, ...options(2)],
			{ a: 'b' }
		]) {
			await rejects(create({ p_options: bad }), 'PT400', 'invalid_options');
		}
	});

	it('checks title, method, period and panel', async () => {
		await rejects(create({ p_title: { en: 'Round' } }), 'PT400', 'invalid_title');
		await rejects(create({ p_method: 'approval' }), 'PT400', 'invalid_method');
		await rejects(
			create({ p_closes_at: new Date(Date.now() - 86_400_000).toISOString() }),
			'PT400',
			'invalid_period'
		);
		const [other] = await db.sql.query<{ id: string }>(
			`insert into public.panels (municipality_id, name) values ($1, '{"nl": "Jeugdraad"}') returning id`,
			[municipalities.voorbeeldstad]
		);
		await rejects(create({ p_panel_id: other.id }), 'PT404', 'panel_not_found');
		const round = await create({ p_panel_id: seeded.panel });
		const [row] = await db.sql.query<{ panel_id: string }>(
			'select panel_id from public.vote_rounds where id = $1',
			[round.id]
		);
		expect(row.panel_id).toBe(seeded.panel);
	});

	it('goes draft → open → closed and nowhere else', async () => {
		const round = await create({});
		await rejects(
			db.rpc(editor, 'close_round', { p_round_id: round.id }),
			'PT409',
			'invalid_transition'
		);
		expect((await db.rpc<Round>(editor, 'open_round', { p_round_id: round.id })).status).toBe(
			'open'
		);
		await rejects(
			db.rpc(editor, 'open_round', { p_round_id: round.id }),
			'PT409',
			'invalid_transition'
		);
		expect((await db.rpc<Round>(admin, 'close_round', { p_round_id: round.id })).status).toBe(
			'closed'
		);
		await rejects(
			db.rpc(editor, 'close_round', { p_round_id: round.id }),
			'PT409',
			'invalid_transition'
		);
		await rejects(
			db.rpc(editor, 'open_round', { p_round_id: round.id }),
			'PT409',
			'invalid_transition'
		);
		await rejects(
			db.rpc(editor, 'open_round', { p_round_id: randomUUID() }),
			'PT404',
			'round_not_found'
		);
	});
});
