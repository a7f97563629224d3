// submit_responses: the only way answers reach the server (design §4 "The RPC contract", §5).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANON, municipalities, openTestDb, signedIn, users, type TestDb } from './db.ts';
import {
	counterMismatches,
	demo01Answers,
	expectDbError,
	hoursFromNow,
	item,
	pgArray,
	scans,
	type Item,
	type ItemResult
} from './scan-fixtures.ts';

let db: TestDb;
beforeAll(async () => {
	db = await openTestDb();
});
afterAll(() => db.close());

function submit(batch: unknown, claims = ANON): Promise<ItemResult[]> {
	return db.rpcRows<ItemResult>(claims, 'submit_responses', { p_batch: batch });
}

async function storedRows(id: string) {
	const [response] = await db.sql.query<{ age_band: string; locale: string; content_hash: string }>(
		'select age_band, locale, content_hash from public.responses where id = $1',
		[id]
	);
	const answers = await db.sql.query<{ question_id: string; value: string }>(
		'select question_id, value from public.answers where response_id = $1 order by question_id, value',
		[id]
	);
	const texts = await db.sql.query<{ question_id: string; body: string }>(
		'select question_id, body from public.free_texts where response_id = $1 order by question_id',
		[id]
	);
	return { response, answers, texts };
}

/** A fresh open scan of Demodorp for tests that change its dates or status. */
async function freshOpenScan(questionIds: string[], ageBands: string[]): Promise<string> {
	const editor = signedIn(users.demodorpEditor);
	const scan = await db.rpc<{ id: string }>(editor, 'create_scan', {
		p_municipality_id: municipalities.demodorp,
		p_title: { nl: 'Testscan' },
		p_question_ids: pgArray(questionIds),
		p_age_bands: pgArray(ageBands),
		p_opens_at: null,
		p_closes_at: null
	});
	await db.rpc(editor, 'open_scan', { p_scan_id: scan.id });
	return scan.id;
}

describe('a valid item', () => {
	it('is stored with all its answers, one row per chosen multi value, free text apart', async () => {
		const it1 = item();
		expect(await submit([it1])).toEqual([{ id: it1.id, status: 'stored', reason: null }]);
		const rows = await storedRows(it1.id as string);
		expect(rows.response).toMatchObject({ age_band: '12-15', locale: 'nl' });
		expect(rows.response.content_hash).toMatch(/^[0-9a-f]{64}$/);
		expect(rows.answers).toEqual([
			{ question_id: 'discriminatie_buitengesloten_gezien', value: 'no' },
			{ question_id: 'jeugdstrategie_eerst_aanpakken', value: 'veilig' },
			{ question_id: 'meedoen_thuis_gehoord', value: '4' },
			{ question_id: 'mentaal_wat_helpt', value: 'bewegen' },
			{ question_id: 'mentaal_wat_helpt', value: 'praten' },
			{ question_id: 'uitbuiting_online_druk', value: '2' }
		]);
		expect(rows.texts).toEqual([
			{ question_id: 'jeugdstrategie_open_vraag', body: 'Meer plekken om te sporten.' }
		]);
	});

	it('may be sent by signed-in staff too', async () => {
		const it1 = item();
		expect(await submit([it1], signedIn(users.demodorpViewer))).toEqual([
			{ id: it1.id, status: 'stored', reason: null }
		]);
	});

	it('may skip every question (an empty answer list is a respondent too)', async () => {
		const it1 = item({ answers: [], age_band: 'parent' });
		expect(await submit([it1])).toEqual([{ id: it1.id, status: 'stored', reason: null }]);
		const rows = await storedRows(it1.id as string);
		expect(rows.response.age_band).toBe('parent');
		expect(rows.answers).toEqual([]);
	});

	it('treats a blank text and an empty multi answer as skipped: no rows', async () => {
		const it1 = item({
			answers: [
				{ question_id: 'mentaal_wat_helpt', value: [] },
				{ question_id: 'jeugdstrategie_open_vraag', text: '  \n ' },
				{ question_id: 'onderwijs_veilig', value: '5' }
			]
		});
		expect(await submit([it1])).toEqual([{ id: it1.id, status: 'stored', reason: null }]);
		const rows = await storedRows(it1.id as string);
		expect(rows.answers).toEqual([{ question_id: 'onderwijs_veilig', value: '5' }]);
		expect(rows.texts).toEqual([]);
	});

	it('stores a text of exactly 500 characters, trimmed, counting characters not bytes', async () => {
		const emoji = '🙂'.repeat(500);
		const it1 = item({
			answers: [{ question_id: 'jeugdstrategie_open_vraag', text: `  ${emoji} ` }]
		});
		expect(await submit([it1])).toEqual([{ id: it1.id, status: 'stored', reason: null }]);
		expect((await storedRows(it1.id as string)).texts).toEqual([
			{ question_id: 'jeugdstrategie_open_vraag', body: emoji }
		]);
	});

	it('accepts answered_at up to a day ahead (device clocks drift) and any ISO 8601 offset', async () => {
		const ahead = item({ answered_at: hoursFromNow(20) });
		const offset = item({ answered_at: '2026-11-30T21:15:00+01:00' });
		const noSeconds = item({ answered_at: '2026-11-30T20:15Z' });
		expect((await submit([ahead, offset, noSeconds])).map((r) => r.status)).toEqual([
			'stored',
			'stored',
			'stored'
		]);
		const [row] = await db.sql.query<{ utc: string }>(
			`select to_char(answered_at at time zone 'UTC', 'HH24:MI') as utc from public.responses where id = $1`,
			[offset.id]
		);
		expect(row.utc).toBe('20:15');
	});

	it('returns nothing for an empty batch', async () => {
		expect(await submit([])).toEqual([]);
	});
});

describe('a batch', () => {
	it.each([
		['an object', { id: randomUUID() }],
		['a string', '"hello"'],
		['a number', '42'],
		['null', null]
	])('that is %s is refused whole with invalid_batch (400)', async (_label, batch) => {
		await expectDbError(submit(batch), { code: 'PT400', hint: 'invalid_batch' });
	});

	it('of more than 500 items is refused whole with batch_too_large (413)', async () => {
		const batch = Array.from({ length: 501 }, () => item({ answers: [] }));
		await expectDbError(submit(batch), { code: 'PT413', hint: 'batch_too_large' });
		const [row] = await db.sql.query<{ n: number }>(
			'select count(*)::int as n from public.responses where id = any ($1::uuid[])',
			[batch.map((i) => i.id)]
		);
		expect(row.n).toBe(0);
	});

	it('of exactly 500 items is taken, one result per item in input order', async () => {
		const batch = Array.from({ length: 500 }, (_, i) =>
			i % 7 === 3 ? item({ age_band: 'adult', answers: [] }) : item({ answers: [] })
		);
		const results = await submit(batch);
		expect(results.map((r) => r.id)).toEqual(batch.map((i) => i.id));
		expect(results.filter((r) => r.reason === 'age_band_not_allowed')).toHaveLength(71);
		expect(results.filter((r) => r.status === 'stored')).toHaveLength(429);
	});
});

describe('a malformed item is rejected with invalid_item', () => {
	const cases: [string, () => unknown][] = [
		['not an object', () => 42],
		['JSON null', () => null],
		['no id', () => ({ ...item(), id: undefined })],
		['an id that is no uuid', () => item({ id: 'abc' })],
		['an id that is a number', () => item({ id: 7 })],
		['a scan_id that is no uuid', () => item({ scan_id: 'DEMO01' })],
		['an age band that is no text', () => item({ age_band: 12 })],
		['an unknown locale', () => item({ locale: 'de' })],
		['a locale that is no text', () => item({ locale: ['nl'] })],
		['no answered_at', () => item({ answered_at: undefined })],
		['an answered_at that is no date', () => item({ answered_at: 'yesterday' })],
		['an impossible date', () => item({ answered_at: '2026-02-30T10:00:00Z' })],
		['an answered_at without a time zone', () => item({ answered_at: '2026-11-30T10:00:00' })],
		['an answered_at two days ahead', () => item({ answered_at: hoursFromNow(48) })],
		['"infinity" as answered_at', () => item({ answered_at: 'infinity' })],
		['answers that are no array', () => item({ answers: { meedoen_thuis_gehoord: '4' } })],
		['an answer that is no object', () => item({ answers: ['4'] })],
		['an answer without question_id', () => item({ answers: [{ value: '4' }] })],
		['a question_id that is no text', () => item({ answers: [{ question_id: 1, value: '4' }] })],
		[
			'a value that is a number',
			() => item({ answers: [{ question_id: 'meedoen_thuis_gehoord', value: 4 }] })
		],
		[
			'a value that is an object',
			() => item({ answers: [{ question_id: 'meedoen_thuis_gehoord', value: { v: '4' } }] })
		],
		[
			'an answer without value or text',
			() => item({ answers: [{ question_id: 'onderwijs_veilig' }] })
		],
		[
			'both value and text',
			() => item({ answers: [{ question_id: 'jeugdstrategie_open_vraag', value: 'a', text: 'a' }] })
		],
		[
			'a text that is no string',
			() => item({ answers: [{ question_id: 'jeugdstrategie_open_vraag', text: 5 }] })
		],
		[
			'a multi value with a number in it',
			() => item({ answers: [{ question_id: 'mentaal_wat_helpt', value: ['praten', 3] }] })
		],
		[
			'the same question twice',
			() =>
				item({
					answers: [
						{ question_id: 'onderwijs_veilig', value: '4' },
						{ question_id: 'onderwijs_veilig', value: '5' }
					]
				})
		]
	];

	it.each(cases)('%s', async (_label, make) => {
		const bad = make();
		const id = bad !== null && typeof bad === 'object' ? (bad as Item).id : undefined;
		const results = await submit([bad]);
		expect(results).toHaveLength(1);
		expect(results[0]).toEqual({
			id: typeof id === 'string' && id.length === 36 ? id : null,
			status: 'rejected',
			reason: 'invalid_item'
		});
		const [row] = await db.sql.query<{ n: number }>(
			'select count(*)::int as n from public.responses where id::text = $1',
			[String(id)]
		);
		expect(row.n).toBe(0);
	});
});

describe('an item is rejected with the reason that applies', () => {
	async function reasonFor(it1: Item): Promise<string | null> {
		const [result] = await submit([it1]);
		expect(result.id).toBe(it1.id);
		expect(result.status).toBe('rejected');
		return result.reason;
	}

	it('scan_not_found for a scan that does not exist', async () => {
		expect(await reasonFor(item({ scan_id: randomUUID(), answers: [] }))).toBe('scan_not_found');
	});

	it('scan_closed for a draft and for a scan closed longer ago than its grace period', async () => {
		expect(await reasonFor(item({ scan_id: scans.demo03, answers: [] }))).toBe('scan_closed');
		const answeredWhileOpen = new Date(Date.now() - 30 * 86_400_000).toISOString();
		expect(
			await reasonFor(item({ scan_id: scans.demo02, answers: [], answered_at: answeredWhileOpen }))
		).toBe('scan_closed');
	});

	it('age_band_not_allowed for a band the scan does not ask, or no band at all', async () => {
		expect(await reasonFor(item({ scan_id: scans.vbs001, age_band: 'parent', answers: [] }))).toBe(
			'age_band_not_allowed'
		);
		expect(await reasonFor(item({ age_band: 'adult', answers: [] }))).toBe('age_band_not_allowed');
	});

	it('unknown_question for a question not in the scan, not for the band, or not in the bank', async () => {
		const notInScan = [{ question_id: 'meedoen_gemeente_gevraagd', value: 'yes' }];
		const notForBand = [{ question_id: 'uitbuiting_online_druk', value: '3' }];
		const nowhere = [{ question_id: 'hoe_heet_je', value: 'x' }];
		expect(await reasonFor(item({ answers: notInScan }))).toBe('unknown_question');
		expect(await reasonFor(item({ age_band: '8-11', answers: notForBand }))).toBe(
			'unknown_question'
		);
		expect(await reasonFor(item({ answers: nowhere }))).toBe('unknown_question');
	});

	it.each([
		['smiley 6', { question_id: 'meedoen_thuis_gehoord', value: '6' }],
		['smiley 0', { question_id: 'meedoen_thuis_gehoord', value: '0' }],
		['smiley "yes"', { question_id: 'meedoen_thuis_gehoord', value: 'yes' }],
		['smiley as a list', { question_id: 'meedoen_thuis_gehoord', value: ['4'] }],
		['yes/no "maybe"', { question_id: 'zorg_hulp_weten', value: 'maybe' }],
		[
			'a choice that is not an option',
			{ question_id: 'jeugdstrategie_eerst_aanpakken', value: 'x' }
		],
		['a choice as a list', { question_id: 'jeugdstrategie_eerst_aanpakken', value: ['veilig'] }],
		[
			'a multi with an unknown option',
			{ question_id: 'mentaal_wat_helpt', value: ['praten', 'x'] }
		],
		['a multi as a single text', { question_id: 'mentaal_wat_helpt', value: 'praten' }],
		['a value for a text question', { question_id: 'jeugdstrategie_open_vraag', value: 'hoi' }],
		['a text for a smiley question', { question_id: 'onderwijs_veilig', text: 'goed' }]
	])('value_out_of_range for %s', async (_label, answer) => {
		expect(await reasonFor(item({ answers: [answer] }))).toBe('value_out_of_range');
	});

	it('text_too_long for more than 500 characters', async () => {
		const answers = [{ question_id: 'jeugdstrategie_open_vraag', text: 'a'.repeat(501) }];
		expect(await reasonFor(item({ answers }))).toBe('text_too_long');
	});

	it('the more basic problem first: a closed scan before its answers', async () => {
		const answers = [{ question_id: 'nope', value: '9' }];
		expect(await reasonFor(item({ scan_id: scans.demo03, answers }))).toBe('scan_closed');
		expect(
			await reasonFor(
				item({
					answers: [
						{ question_id: 'jeugdstrategie_open_vraag', text: 'a'.repeat(600) },
						{ question_id: 'meedoen_thuis_gehoord', value: '9' },
						{ question_id: 'nope', value: '1' }
					]
				})
			)
		).toBe('unknown_question');
	});
});

describe('each item is all or nothing, and a bad item never blocks the others', () => {
	it('stores nothing of an item with one bad answer among good ones', async () => {
		const bad = item({
			answers: [...demo01Answers().slice(0, 4), { question_id: 'onderwijs_veilig', value: '7' }]
		});
		expect(await submit([bad])).toEqual([
			{ id: bad.id, status: 'rejected', reason: 'value_out_of_range' }
		]);
		const rows = await storedRows(bad.id as string);
		expect(rows).toEqual({ response: undefined, answers: [], texts: [] });
	});

	it('stores the good items around a bad one', async () => {
		const good1 = item();
		const bad = item({ answers: [{ question_id: 'meedoen_thuis_gehoord', value: 'x' }] });
		const malformed = { id: randomUUID() };
		const good2 = item({
			age_band: '8-11',
			answers: [{ question_id: 'asiel_welkom', value: '3' }]
		});
		expect(await submit([good1, bad, malformed, good2])).toEqual([
			{ id: good1.id, status: 'stored', reason: null },
			{ id: bad.id, status: 'rejected', reason: 'value_out_of_range' },
			{ id: malformed.id, status: 'rejected', reason: 'invalid_item' },
			{ id: good2.id, status: 'stored', reason: null }
		]);
		expect((await storedRows(good1.id as string)).answers).toHaveLength(6);
		expect((await storedRows(good2.id as string)).answers).toEqual([
			{ question_id: 'asiel_welkom', value: '3' }
		]);
		expect((await storedRows(bad.id as string)).response).toBeUndefined();
	});
});

describe('idempotency on the device-generated id', () => {
	it('answers duplicate to an identical resend and stores nothing twice', async () => {
		const it1 = item();
		await submit([it1]);
		const before = await db.sql.query('select * from public.answer_counts order by 1, 2, 3, 4');
		expect(await submit([it1])).toEqual([{ id: it1.id, status: 'duplicate', reason: null }]);
		expect(await db.sql.query('select * from public.answer_counts order by 1, 2, 3, 4')).toEqual(
			before
		);
		expect((await storedRows(it1.id as string)).answers).toHaveLength(6);
	});

	it('sees the same answers in another order as the same content', async () => {
		const it1 = item();
		await submit([it1]);
		const reordered = { ...it1, answers: [...(it1.answers as unknown[])].reverse() };
		expect(await submit([reordered])).toEqual([{ id: it1.id, status: 'duplicate', reason: null }]);
	});

	it('rejects different content under a used id with conflict and keeps the first', async () => {
		const it1 = item();
		await submit([it1]);
		const changed = item({
			id: it1.id,
			answers: [{ question_id: 'onderwijs_veilig', value: '1' }]
		});
		const otherBand = { ...it1, age_band: '16-18' };
		expect(await submit([changed, otherBand])).toEqual([
			{ id: it1.id, status: 'rejected', reason: 'conflict' },
			{ id: it1.id, status: 'rejected', reason: 'conflict' }
		]);
		const rows = await storedRows(it1.id as string);
		expect(rows.response.age_band).toBe('12-15');
		expect(rows.answers.map((a) => a.question_id)).not.toContain('onderwijs_veilig');
	});

	it('handles the same id twice in one batch: stored, then duplicate or conflict', async () => {
		const it1 = item();
		const it2 = item();
		const it2changed = { ...it2, locale: 'ar' };
		expect(await submit([it1, it1, it2, it2changed])).toEqual([
			{ id: it1.id, status: 'stored', reason: null },
			{ id: it1.id, status: 'duplicate', reason: null },
			{ id: it2.id, status: 'stored', reason: null },
			{ id: it2.id, status: 'rejected', reason: 'conflict' }
		]);
		const [row] = await db.sql.query<{ n: number }>(
			'select count(*)::int as n from public.answers where response_id = $1',
			[it1.id]
		);
		expect(row.n).toBe(6);
	});

	it('stores a later copy when the first copy of an id was rejected', async () => {
		const good = item();
		const bad = { ...good, answers: [{ question_id: 'onderwijs_veilig', value: '9' }] };
		expect(await submit([bad, good])).toEqual([
			{ id: good.id, status: 'rejected', reason: 'value_out_of_range' },
			{ id: good.id, status: 'stored', reason: null }
		]);
	});

	it('still answers duplicate (or conflict) once the scan no longer takes answers', async () => {
		const scanId = await freshOpenScan(['onderwijs_veilig'], ['12-15']);
		const it1 = item({
			scan_id: scanId,
			answers: [{ question_id: 'onderwijs_veilig', value: '4' }]
		});
		expect((await submit([it1]))[0].status).toBe('stored');
		await db.sql.query(
			`update public.scans set status = 'closed', closed_at = now() - interval '30 days',
				opens_at = now() - interval '60 days' where id = $1`,
			[scanId]
		);
		expect(await submit([it1, { ...it1, locale: 'en' }])).toEqual([
			{ id: it1.id, status: 'duplicate', reason: null },
			{ id: it1.id, status: 'rejected', reason: 'conflict' }
		]);
		const newcomer = { ...it1, id: randomUUID() };
		expect(await submit([newcomer])).toEqual([
			{ id: newcomer.id, status: 'rejected', reason: 'scan_closed' }
		]);
	});
});

describe('the grace period after closing', () => {
	const days = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

	async function closedScan(closedDaysAgo: number, status = 'closed'): Promise<string> {
		const scanId = await freshOpenScan(['onderwijs_veilig'], ['12-15']);
		await db.sql.query(
			`update public.scans set status = $2, opens_at = now() - interval '40 days',
				closed_at = now() - make_interval(days => $3) where id = $1`,
			[scanId, status, closedDaysAgo]
		);
		return scanId;
	}

	function answeredAt(scanId: string, when: string): Item {
		return item({
			scan_id: scanId,
			answered_at: when,
			answers: [{ question_id: 'onderwijs_veilig', value: '3' }]
		});
	}

	it('takes answers given while open that arrive within 7 days of closing', async () => {
		const scanId = await closedScan(3);
		expect((await submit([answeredAt(scanId, days(4))]))[0]).toMatchObject({ status: 'stored' });
	});

	it('also for a scan already published within its grace period', async () => {
		const scanId = await closedScan(2, 'published');
		expect((await submit([answeredAt(scanId, days(5))]))[0]).toMatchObject({ status: 'stored' });
	});

	it('refuses answers given after closing, even within the grace period', async () => {
		const scanId = await closedScan(3);
		expect(await submit([answeredAt(scanId, days(1))])).toEqual([
			expect.objectContaining({ status: 'rejected', reason: 'scan_closed' })
		]);
	});

	it('refuses answers that arrive after the grace period', async () => {
		const scanId = await closedScan(8);
		expect(await submit([answeredAt(scanId, days(20))])).toEqual([
			expect.objectContaining({ status: 'rejected', reason: 'scan_closed' })
		]);
	});

	it('follows the scan’s own grace period', async () => {
		const scanId = await closedScan(8);
		await db.sql.query(`update public.scans set grace_period = interval '10 days' where id = $1`, [
			scanId
		]);
		expect((await submit([answeredAt(scanId, days(20))]))[0].status).toBe('stored');
	});

	it('treats an open scan past its closes_at as closed at closes_at', async () => {
		const scanId = await freshOpenScan(['onderwijs_veilig'], ['12-15']);
		await db.sql.query(
			`update public.scans set opens_at = now() - interval '20 days', closes_at = now() - interval '2 days'
			 where id = $1`,
			[scanId]
		);
		expect(
			(await submit([answeredAt(scanId, days(3)), answeredAt(scanId, days(1))])).map(
				(r) => r.reason
			)
		).toEqual([null, 'scan_closed']);
	});

	it('refuses answers for an open scan whose opening date is still ahead', async () => {
		const scanId = await freshOpenScan(['onderwijs_veilig'], ['12-15']);
		await db.sql.query(
			`update public.scans set opens_at = now() + interval '2 days' where id = $1`,
			[scanId]
		);
		expect((await submit([answeredAt(scanId, days(0))]))[0].reason).toBe('scan_closed');
	});
});

describe('the counters', () => {
	it('equal a recount of the raw answers after mixed batches', async () => {
		const multiBand = (band: string, i: number) =>
			item({
				age_band: band,
				locale: ['nl', 'en', 'ar', 'uk', 'tr', 'pl'][i % 6],
				answers: [
					{ question_id: 'meedoen_thuis_gehoord', value: String(1 + (i % 5)) },
					{ question_id: 'jeugdstrategie_open_vraag', text: i % 4 ? 'idee' : ' ' },
					// parents are not asked what helps them; 8–11-year-olds not about online pressure
					...(band === 'parent'
						? []
						: [{ question_id: 'mentaal_wat_helpt', value: i % 3 ? ['praten', 'dier'] : ['rust'] }]),
					...(band === '8-11' ? [] : [{ question_id: 'uitbuiting_online_druk', value: '5' }])
				]
			});
		const first = Array.from({ length: 40 }, (_, i) =>
			multiBand(['8-11', '12-15', '16-18', 'parent'][i % 4], i)
		);
		const vbs = item({
			scan_id: scans.vbs001,
			age_band: '8-11',
			answers: [{ question_id: 'zorg_kindertelefoon', value: 'unsure' }]
		});
		await submit([...first, vbs]);
		const second = [
			...first.slice(0, 10),
			{ ...first[10], locale: 'pl' },
			item({ answers: [{ question_id: 'mentaal_wat_helpt', value: ['x'] }] }),
			...Array.from({ length: 20 }, (_, i) => multiBand('12-15', i)),
			vbs
		];
		const results = await submit(second);
		expect(results.filter((r) => r.status === 'duplicate')).toHaveLength(11);
		expect(results.filter((r) => r.reason === 'conflict')).toHaveLength(1);
		expect(results.filter((r) => r.status === 'stored')).toHaveLength(20);
		expect(await counterMismatches(db)).toEqual([]);

		const [demo01] = await db.sql.query<{ n: number }>(
			`select n from public.question_counts
			 where scan_id = $1 and question_id = 'jeugdstrategie_open_vraag' and age_band = '12-15'`,
			[scans.demo01]
		);
		const [raw] = await db.sql.query<{ n: number }>(
			`select count(*)::int as n from public.free_texts f join public.responses r on r.id = f.response_id
			 where r.scan_id = $1 and r.age_band = '12-15' and f.question_id = 'jeugdstrategie_open_vraag'`,
			[scans.demo01]
		);
		expect(demo01.n).toBe(raw.n);
	});

	it('of the seeded DEMO02 equal a recount too, with 322 respondents', async () => {
		const rows = await db.sql.query<{ age_band: string; n: number }>(
			'select age_band, n from public.response_counts where scan_id = $1 order by age_band',
			[scans.demo02]
		);
		expect(rows).toEqual([
			{ age_band: '12-15', n: 163 },
			{ age_band: '16-18', n: 9 },
			{ age_band: '8-11', n: 138 },
			{ age_band: 'parent', n: 12 }
		]);
		expect(await counterMismatches(db)).toEqual([]);
	});
});

describe('a full batch of 500 responses × 30 answers', () => {
	it('is stored whole, with consistent counters', async () => {
		const [{ ids }] = await db.sql.query<{ ids: string[] }>(
			`select array_agg(id order by position) as ids from (
				select id, position from public.questions
				where '12-15' = any (age_bands) and kind in ('smiley5', 'yes_no_unsure', 'choice', 'multi')
				order by position limit 30
			) q`
		);
		expect(ids).toHaveLength(30);
		const scanId = await freshOpenScan(ids, ['12-15']);
		const bank = await db.sql.query<{ id: string; kind: string; options: { value: string }[] }>(
			'select id, kind, options from public.questions where id = any ($1)',
			[ids]
		);
		const valueFor = (q: (typeof bank)[number], i: number): string | string[] => {
			if (q.kind === 'smiley5') return String(1 + (i % 5));
			if (q.kind === 'yes_no_unsure') return ['yes', 'no', 'unsure'][i % 3];
			if (q.kind === 'choice') return q.options[i % q.options.length].value;
			return [q.options[i % q.options.length].value, q.options[(i + 2) % q.options.length].value];
		};
		const batch = Array.from({ length: 500 }, (_, i) =>
			item({
				scan_id: scanId,
				answers: bank.map((q) => ({ question_id: q.id, value: valueFor(q, i) }))
			})
		);
		const started = performance.now();
		const results = await submit(batch);
		const elapsed = performance.now() - started;
		console.log(`submit_responses, 500 × 30 answers: ${elapsed.toFixed(0)} ms`);
		expect(results.every((r) => r.status === 'stored')).toBe(true);
		const [row] = await db.sql.query<{ n: number }>(
			`select sum(n)::int as n from public.response_counts where scan_id = $1`,
			[scanId]
		);
		expect(row.n).toBe(500);
		expect(await counterMismatches(db)).toEqual([]);
	});
});
