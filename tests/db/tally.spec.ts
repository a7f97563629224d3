// round_results against hand-worked tallies for each method (issue 6). Every expected number below
// was worked out by hand from the ballots next to it.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANON, municipalities, openTestDb, signedIn, users, type TestDb } from './db.ts';

const editor = signedIn(users.demodorpEditor);

type Row = { rank: number; option: string; score: number; [figure: string]: unknown };
type Results = {
	round: { id: string; method: string; status: string };
	final: boolean;
	ballots_cast: number;
	ranking: Row[];
	ties: string[][];
	method_note: { nl: string; en: string };
};

const themes = [
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
];

let db: TestDb;
beforeAll(async () => {
	db = await openTestDb();
});
afterAll(() => db.close());

/** An open round with these options (null: the ten themes), the ballots cast, then closed. */
async function tallied(
	method: 'points' | 'ranking' | 'pairwise',
	options: string[] | null,
	ballots: object[]
): Promise<Results> {
	const [{ id }] = await db.sql.query<{ id: string }>(
		`insert into public.vote_rounds (municipality_id, title, method, options, opens_at, closes_at, status)
		 values ($1, '{"nl": "Test"}', $2, coalesce($3::jsonb, private.theme_vote_options()),
			now() - interval '1 day', now() + interval '1 day', 'open')
		 returning id`,
		[
			municipalities.demodorp,
			method,
			options && JSON.stringify(options.map((v) => ({ value: v, label: { nl: v.toUpperCase() } })))
		]
	);
	if (ballots.length > 0) {
		const codes = await db.rpcRows<{ code: string }>(editor, 'issue_ballots', {
			p_round_id: id,
			p_count: ballots.length
		});
		const stored = await db.rpcRows<{ status: string }>(ANON, 'cast_votes', {
			p_batch: ballots.map((ballot, i) => ({
				id: randomUUID(),
				round_id: id,
				ballot_code: codes[i].code,
				ballot
			}))
		});
		expect(stored.map((r) => r.status)).toEqual(ballots.map(() => 'stored'));
	}
	await db.rpc(editor, 'close_round', { p_round_id: id });
	return db.rpc<Results>(ANON, 'round_results', { p_round_id: id });
}

const pick = (rows: Row[], keys: string[]) =>
	rows.map((r) => Object.fromEntries(['rank', 'option', 'score', ...keys].map((k) => [k, r[k]])));

describe('points: the sum of the points', () => {
	it('ranks a 12–12–6–0 round as 1, 1, 3, 4 with the tie stated', async () => {
		// a: 7 + 5 = 12 (2 voters); b: 3 + 9 = 12 (2); c: 5 + 1 = 6 (2); d: only a 0 → 0 (0 voters)
		const results = await tallied(
			'points',
			['a', 'b', 'c', 'd'],
			[{ points: { a: 7, b: 3 } }, { points: { a: 5, c: 5 } }, { points: { b: 9, c: 1, d: 0 } }]
		);
		expect(results.round.method).toBe('points');
		expect(results.round.status).toBe('closed');
		expect(results.ballots_cast).toBe(3);
		expect(pick(results.ranking, ['points', 'voters'])).toEqual([
			{ rank: 1, option: 'a', score: 12, points: 12, voters: 2 },
			{ rank: 1, option: 'b', score: 12, points: 12, voters: 2 },
			{ rank: 3, option: 'c', score: 6, points: 6, voters: 2 },
			{ rank: 4, option: 'd', score: 0, points: 0, voters: 0 }
		]);
		expect(results.ranking[0].label).toEqual({ nl: 'A' });
		expect(results.ties).toEqual([['a', 'b']]);
		expect(results.method_note.nl).toContain('10 punten');
		expect(results.method_note.en).toContain('10 points');
	});

	it('gives a round without votes every option score 0, all tied on rank 1', async () => {
		const results = await tallied('points', null, []);
		expect(results.ballots_cast).toBe(0);
		expect(results.ranking.map((r) => r.option)).toEqual(themes);
		expect(results.ranking.every((r) => r.rank === 1 && r.score === 0 && r.voters === 0)).toBe(
			true
		);
		expect(results.ties).toEqual([themes]);
	});
});

describe('ranking: Borda count 3/2/1', () => {
	it('adds up the places of four ballots over five options', async () => {
		// a: 3 (v1) + 2 (v2) + 2 (v3) = 7       firsts 1, seconds 2, thirds 0
		// b: 2 (v1) + 3 (v2) + 1 (v3) = 6       firsts 1, seconds 1, thirds 1
		// c: 1 (v1) + 3 (v3) + 2 (v4) = 6       firsts 1, seconds 1, thirds 1
		// d: 1 (v2) + 3 (v4) = 4                firsts 1, seconds 0, thirds 1
		// e: 1 (v4) = 1                         firsts 0, seconds 0, thirds 1
		const results = await tallied(
			'ranking',
			['a', 'b', 'c', 'd', 'e'],
			[
				{ ranking: ['a', 'b', 'c'] },
				{ ranking: ['b', 'a', 'd'] },
				{ ranking: ['c', 'a', 'b'] },
				{ ranking: ['d', 'c', 'e'] }
			]
		);
		expect(results.ballots_cast).toBe(4);
		expect(pick(results.ranking, ['points', 'first_place', 'second_place', 'third_place'])).toEqual(
			[
				{
					rank: 1,
					option: 'a',
					score: 7,
					points: 7,
					first_place: 1,
					second_place: 2,
					third_place: 0
				},
				{
					rank: 2,
					option: 'b',
					score: 6,
					points: 6,
					first_place: 1,
					second_place: 1,
					third_place: 1
				},
				{
					rank: 2,
					option: 'c',
					score: 6,
					points: 6,
					first_place: 1,
					second_place: 1,
					third_place: 1
				},
				{
					rank: 4,
					option: 'd',
					score: 4,
					points: 4,
					first_place: 1,
					second_place: 0,
					third_place: 1
				},
				{
					rank: 5,
					option: 'e',
					score: 1,
					points: 1,
					first_place: 0,
					second_place: 0,
					third_place: 1
				}
			]
		);
		expect(results.ties).toEqual([['b', 'c']]);
		expect(results.method_note.en).toContain('Borda');
	});

	it('ranks two of two options when a round has only two', async () => {
		// x: 3 + 2 + 3 = 8 (2 firsts); y: 2 + 3 + 2 = 7 (1 first)
		const results = await tallied(
			'ranking',
			['x', 'y'],
			[{ ranking: ['x', 'y'] }, { ranking: ['y', 'x'] }, { ranking: ['x', 'y'] }]
		);
		expect(pick(results.ranking, ['points', 'first_place'])).toEqual([
			{ rank: 1, option: 'x', score: 8, points: 8, first_place: 2 },
			{ rank: 2, option: 'y', score: 7, points: 7, first_place: 1 }
		]);
		expect(results.ties).toEqual([]);
	});

	it('gives a round without votes every option score 0, all tied', async () => {
		const results = await tallied('ranking', ['a', 'b', 'c'], []);
		expect(pick(results.ranking, ['points', 'first_place'])).toEqual([
			{ rank: 1, option: 'a', score: 0, points: 0, first_place: 0 },
			{ rank: 1, option: 'b', score: 0, points: 0, first_place: 0 },
			{ rank: 1, option: 'c', score: 0, points: 0, first_place: 0 }
		]);
		expect(results.ties).toEqual([['a', 'b', 'c']]);
	});
});

describe('pairwise: win rate with a Beta(1,1) prior', () => {
	it('ties equal fractions from different counts: 2/3 = 4/6', async () => {
		// x: won 1 of 1      → (1 + 1) / (1 + 2) = 2/3
		// y: won 3 of 4      → (3 + 1) / (4 + 2) = 4/6 = 2/3
		// w: won 1 of 2      → (1 + 1) / (2 + 2) = 1/2
		// z: won 0 of 3      → (0 + 1) / (3 + 2) = 1/5
		const results = await tallied(
			'pairwise',
			['x', 'y', 'z', 'w'],
			[
				{
					pairs: [
						{ winner: 'x', loser: 'z' },
						{ winner: 'y', loser: 'z' }
					]
				},
				{ pairs: [{ winner: 'y', loser: 'w' }] },
				{
					pairs: [
						{ winner: 'y', loser: 'z' },
						{ winner: 'w', loser: 'y' }
					]
				}
			]
		);
		expect(pick(results.ranking, ['wins', 'losses', 'comparisons'])).toEqual([
			{ rank: 1, option: 'x', score: 0.666667, wins: 1, losses: 0, comparisons: 1 },
			{ rank: 1, option: 'y', score: 0.666667, wins: 3, losses: 1, comparisons: 4 },
			{ rank: 3, option: 'w', score: 0.5, wins: 1, losses: 1, comparisons: 2 },
			{ rank: 4, option: 'z', score: 0.2, wins: 0, losses: 3, comparisons: 3 }
		]);
		expect(results.ties).toEqual([['x', 'y']]);
		expect(results.method_note.en).toContain('(wins + 1) / (comparisons + 2)');
	});

	it("counts only a voter's last choice on a pair they judged twice", async () => {
		// v1: a>b, a>c, b>c. v2: b>a, then c>a and later a>c: only a>c counts for the pair a–c.
		// a: wins 3 (v1 ×2, v2 a>c), losses 1 (v2 b>a)  → 4/6
		// b: wins 2 (v1 b>c, v2 b>a), losses 1 (v1 a>b) → 3/5
		// c: wins 0, losses 3 (v1 ×2, v2 a>c)          → 1/5
		const results = await tallied(
			'pairwise',
			['a', 'b', 'c'],
			[
				{
					pairs: [
						{ winner: 'a', loser: 'b' },
						{ winner: 'a', loser: 'c' },
						{ winner: 'b', loser: 'c' }
					]
				},
				{
					pairs: [
						{ winner: 'b', loser: 'a' },
						{ winner: 'c', loser: 'a' },
						{ winner: 'a', loser: 'c' }
					]
				}
			]
		);
		expect(pick(results.ranking, ['wins', 'losses', 'comparisons'])).toEqual([
			{ rank: 1, option: 'a', score: 0.666667, wins: 3, losses: 1, comparisons: 4 },
			{ rank: 2, option: 'b', score: 0.6, wins: 2, losses: 1, comparisons: 3 },
			{ rank: 3, option: 'c', score: 0.2, wins: 0, losses: 3, comparisons: 3 }
		]);
		expect(results.ties).toEqual([]);
		// The ballot itself is kept as cast, all three judgements.
		const [vote] = await db.sql.query<{ n: number }>(
			`select jsonb_array_length(v.ballot -> 'pairs') as n from public.votes v
			 where v.round_id = $1 and v.ballot -> 'pairs' -> 0 ->> 'winner' = 'b'`,
			[results.round.id]
		);
		expect(vote.n).toBe(3);
	});

	it('leaves options that split evenly and options never shown at 1/2, all tied', async () => {
		// p: 1 of 2 → 2/4; q: 1 of 2 → 2/4; r: never compared → 1/2
		const results = await tallied(
			'pairwise',
			['p', 'q', 'r'],
			[{ pairs: [{ winner: 'p', loser: 'q' }] }, { pairs: [{ winner: 'q', loser: 'p' }] }]
		);
		expect(pick(results.ranking, ['comparisons'])).toEqual([
			{ rank: 1, option: 'p', score: 0.5, comparisons: 2 },
			{ rank: 1, option: 'q', score: 0.5, comparisons: 2 },
			{ rank: 1, option: 'r', score: 0.5, comparisons: 0 }
		]);
		expect(results.ties).toEqual([['p', 'q', 'r']]);
	});

	it('gives a round without votes the prior 1/2 for every option, all tied', async () => {
		const results = await tallied('pairwise', null, []);
		expect(results.ballots_cast).toBe(0);
		expect(results.ranking).toHaveLength(10);
		expect(
			results.ranking.every((r) => r.rank === 1 && r.score === 0.5 && r.comparisons === 0)
		).toBe(true);
		expect(results.ties).toEqual([themes]);
	});
});

describe('the seeded closed round', () => {
	it('shows a clear winner and one tie', async () => {
		const results = await db.rpc<Results>(ANON, 'round_results', {
			p_round_id: '00000000-0000-4000-8000-000000006002'
		});
		expect(results.final).toBe(true);
		expect(results.ballots_cast).toBe(40);
		expect(results.ranking.map((r) => [r.rank, r.option, r.score])).toEqual([
			[1, 'mentale-gezondheid', 61],
			[2, 'armoede', 44],
			[3, 'onderwijs', 34],
			[4, 'discriminatie', 30],
			[5, 'meedoen', 18],
			[5, 'zorg', 18],
			[7, 'asiel', 11],
			[8, 'uitbuiting', 10],
			[9, 'jeugdstrafrecht', 8],
			[10, 'jeugdstrategie', 6]
		]);
		expect(results.ties).toEqual([['meedoen', 'zorg']]);
	});
});
