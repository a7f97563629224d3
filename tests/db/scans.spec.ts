// Scans: get_scan for young people, the staff RPCs, scan_progress, and who sees what (issue 4).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	ANON,
	municipalities,
	openTestDb,
	signedIn,
	users,
	type Claims,
	type TestDb
} from './db.ts';
import { expectDbError, item, LOCALES, pgArray, scans } from './scan-fixtures.ts';

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

interface Option {
	value: string;
	label: Record<string, string>;
}
interface ScanQuestion {
	id: string;
	theme: string;
	crc_articles: number[];
	kind: string;
	text: Record<string, string>;
	parent_text: Record<string, string> | null;
	age_bands: string[];
	options: Option[];
}
interface Scan {
	id: string;
	join_code: string;
	title: Record<string, string>;
	municipality: { name: string; cbs_code: string };
	opens_at: string;
	closes_at: string;
	status: string;
	age_bands: string[];
	questions: ScanQuestion[];
}
interface StaffScan {
	id: string;
	municipality_id: string;
	title: Record<string, string>;
	join_code: string;
	join_key: string;
	age_bands: string[];
	opens_at: string | null;
	closes_at: string | null;
	status: string;
	created_by: string;
	closed_at: string | null;
	question_ids: string[];
}

const getScan = (code: unknown, claims: Claims = ANON) =>
	db.rpc<Scan>(claims, 'get_scan', { p_join_code: code });

function scanInput(overrides: Record<string, unknown> = {}) {
	return {
		p_municipality_id: municipalities.demodorp,
		p_title: { nl: 'Zomerscan', en: 'Summer scan' },
		p_question_ids: pgArray([
			'onderwijs_veilig',
			'jeugdstrafrecht_leeftijd',
			'jeugdstrategie_open_vraag'
		]),
		p_age_bands: pgArray(['parent', '12-15']),
		p_opens_at: null,
		p_closes_at: new Date(Date.now() + 30 * 86_400_000).toISOString(),
		...overrides
	};
}

const createScan = (claims: Claims, overrides: Record<string, unknown> = {}) =>
	db.rpc<StaffScan>(claims, 'create_scan', scanInput(overrides));

describe('get_scan', () => {
	it('returns an open scan in exactly the contract shape', async () => {
		const scan = await getScan('DEMO01');
		expect(Object.keys(scan).sort()).toEqual(
			[
				'id',
				'join_code',
				'title',
				'municipality',
				'opens_at',
				'closes_at',
				'status',
				'age_bands',
				'questions'
			].sort()
		);
		expect(scan).toMatchObject({
			id: scans.demo01,
			join_code: 'DEMO01',
			municipality: { name: 'Demodorp', cbs_code: 'GM9999' },
			status: 'open',
			age_bands: ['8-11', '12-15', '16-18', 'parent']
		});
		expect(Object.keys(scan.title).sort()).toEqual([...LOCALES].sort());
		expect(new Date(scan.closes_at).getTime()).toBeGreaterThan(Date.now() + 59 * 86_400_000);
		for (const q of scan.questions) {
			expect(Object.keys(q).sort()).toEqual(
				[
					'id',
					'theme',
					'crc_articles',
					'kind',
					'text',
					'parent_text',
					'age_bands',
					'options'
				].sort()
			);
			expect(Object.keys(q.text).sort()).toEqual([...LOCALES].sort());
			expect(q.crc_articles.length).toBeGreaterThan(0);
		}
	});

	it('lists DEMO01’s 15 questions in scan order, over all ten themes and every kind', async () => {
		const { questions } = await getScan('DEMO01');
		expect(questions).toHaveLength(15);
		expect(questions[0].id).toBe('meedoen_thuis_gehoord');
		expect(questions[14].id).toBe('jeugdstrategie_open_vraag');
		expect(new Set(questions.map((q) => q.theme)).size).toBe(10);
		expect([...new Set(questions.map((q) => q.kind))].sort()).toEqual(
			['choice', 'multi', 'smiley5', 'text', 'yes_no_unsure'].sort()
		);
	});

	it('gives smiley and yes/no questions their standard options, labelled in all six locales', async () => {
		const { questions } = await getScan('DEMO01');
		const smiley = questions.find((q) => q.kind === 'smiley5')!;
		expect(smiley.options.map((o) => o.value)).toEqual(['1', '2', '3', '4', '5']);
		expect(smiley.options[0].label.nl).toBe('Helemaal niet mee eens');
		expect(smiley.options[4].label.nl).toBe('Helemaal mee eens');
		expect(smiley.options[4].label.en).toBe('Strongly agree');
		const yesNo = questions.find((q) => q.kind === 'yes_no_unsure')!;
		expect(yesNo.options.map((o) => o.value)).toEqual(['yes', 'no', 'unsure']);
		expect(yesNo.options.map((o) => o.label.nl)).toEqual(['Ja', 'Nee', 'Weet ik niet']);
		for (const option of [...smiley.options, ...yesNo.options]) {
			expect(Object.keys(option.label).sort()).toEqual([...LOCALES].sort());
			for (const label of Object.values(option.label)) expect(label.trim()).not.toBe('');
		}
		const text = questions.find((q) => q.kind === 'text')!;
		expect(text.options).toEqual([]);
		const multi = questions.find((q) => q.kind === 'multi')!;
		expect(multi.options.map((o) => o.value)).toContain('praten');
		expect(Object.keys(multi.options[0].label).sort()).toEqual([...LOCALES].sort());
	});

	it('says which of the scan’s bands each question is for, with the parents’ wording', async () => {
		const { questions } = await getScan('DEMO01');
		const byId = Object.fromEntries(questions.map((q) => [q.id, q]));
		expect(byId.uitbuiting_online_druk.age_bands).toEqual(['12-15', '16-18', 'parent']);
		expect(byId.mentaal_wat_helpt.age_bands).toEqual(['8-11', '12-15', '16-18']);
		expect(byId.mentaal_wat_helpt.parent_text).toBeNull();
		expect(byId.meedoen_thuis_gehoord.parent_text?.nl).toMatch(/mijn kind/);
		// a scan that asks no parents leaves out their wording
		const vbs = await getScan('VBS001');
		expect(vbs.questions.every((q) => q.parent_text === null)).toBe(true);
		expect(vbs.questions.every((q) => !q.age_bands.includes('parent'))).toBe(true);
	});

	it.each(['DEMO01', 'demo01', 'demo o1', ' Dem0-01 ', 'DEM0-0I', 'd.e.m.o.0.l'])(
		'finds DEMO01 by %j',
		async (code) => {
			expect((await getScan(code)).id).toBe(scans.demo01);
		}
	);

	it('works for signed-in staff of any municipality too', async () => {
		expect((await getScan('DEMO01', otherAdmin)).id).toBe(scans.demo01);
	});

	it.each(['NOPE99', '', '---', null])('answers scan_not_found (404) for %j', async (code) => {
		await expectDbError(getScan(code), { code: 'PT404', hint: 'scan_not_found' });
	});

	it('answers scan_not_open (409) for a draft and a published scan', async () => {
		await expectDbError(getScan('DEMO03'), { code: 'PT409', hint: 'scan_not_open' });
		await expectDbError(getScan('demo02'), { code: 'PT409', hint: 'scan_not_open' });
	});

	it('answers scan_not_open for an open scan outside its dates', async () => {
		const scan = await createScan(editor);
		await db.rpc(editor, 'open_scan', { p_scan_id: scan.id });
		expect((await getScan(scan.join_code)).id).toBe(scan.id);
		await db.sql.query(
			`update public.scans set opens_at = now() + interval '1 day' where id = $1`,
			[scan.id]
		);
		await expectDbError(getScan(scan.join_code), { code: 'PT409', hint: 'scan_not_open' });
		await db.sql.query(
			`update public.scans set opens_at = now() - interval '9 days', closes_at = now() - interval '1 hour'
			 where id = $1`,
			[scan.id]
		);
		await expectDbError(getScan(scan.join_code), { code: 'PT409', hint: 'scan_not_open' });
	});
});

describe('create_scan', () => {
	it('lets an editor create a draft with a fresh join code', async () => {
		const scan = await createScan(editor);
		expect(scan).toMatchObject({
			municipality_id: municipalities.demodorp,
			title: { nl: 'Zomerscan', en: 'Summer scan' },
			status: 'draft',
			created_by: users.demodorpEditor,
			// bands in their usual order, questions in the order chosen
			age_bands: ['12-15', 'parent'],
			question_ids: ['onderwijs_veilig', 'jeugdstrafrecht_leeftijd', 'jeugdstrategie_open_vraag'],
			opens_at: null,
			closed_at: null
		});
		expect(scan.join_code).toMatch(/^[ACDEFGHJKMNPQRTUVWXY346789]{6}$/);
		expect(scan.join_key).toBe(scan.join_code);
		const rows = await db.sql.query<{ question_id: string; position: number }>(
			'select question_id, position from public.scan_questions where scan_id = $1 order by position',
			[scan.id]
		);
		expect(rows).toEqual([
			{ question_id: 'onderwijs_veilig', position: 1 },
			{ question_id: 'jeugdstrafrecht_leeftijd', position: 2 },
			{ question_id: 'jeugdstrategie_open_vraag', position: 3 }
		]);
	});

	it('gives every scan its own code from the look-alike-free alphabet', async () => {
		const codes: string[] = [];
		for (let i = 0; i < 15; i++) codes.push((await createScan(admin)).join_code);
		expect(new Set(codes).size).toBe(15);
		for (const code of codes) expect(code).toMatch(/^[ACDEFGHJKMNPQRTUVWXY346789]{6}$/);
	});

	it('refuses viewers and staff of another municipality with forbidden (403)', async () => {
		await expectDbError(createScan(viewer), { code: 'PT403', hint: 'forbidden' });
		await expectDbError(createScan(otherAdmin), { code: 'PT403', hint: 'forbidden' });
		await expectDbError(createScan(coalition), { code: 'PT403', hint: 'forbidden' });
	});

	it('is not callable without signing in', async () => {
		await expectDbError(createScan(ANON), { code: '42501' });
	});

	it.each([
		['no title', { p_title: null }, 'title.nl is required'],
		['no Dutch title', { p_title: { en: 'Scan' } }, 'title.nl is required'],
		['a blank Dutch title', { p_title: { nl: '  ' } }, 'title.nl is required'],
		['a title in an unknown locale', { p_title: { nl: 'Scan', de: 'Umfrage' } }, /title\.de/],
		['a title that is too long', { p_title: { nl: 'x'.repeat(121) } }, /title\.nl/],
		['no questions', { p_question_ids: '{}' }, 'at least one question is required'],
		[
			'an unknown question',
			{ p_question_ids: pgArray(['onderwijs_veilig', 'x_y']) },
			'unknown question x_y'
		],
		[
			'a question twice',
			{ p_question_ids: pgArray(['onderwijs_veilig', 'onderwijs_veilig']) },
			'question onderwijs_veilig is listed twice'
		],
		[
			'a question none of the bands gets',
			{ p_question_ids: pgArray(['onderwijs_veilig', 'asiel_kind_gehoord']) },
			'question asiel_kind_gehoord is not asked to any of the age bands 12-15, parent'
		],
		[
			'a band that gets no question',
			{ p_question_ids: pgArray(['asiel_niet_steeds_verhuizen']) },
			'age band parent gets no questions'
		],
		['no age bands', { p_age_bands: '{}' }, /^age_bands must be/],
		['an unknown age band', { p_age_bands: pgArray(['12-15', 'adult']) }, /^age_bands must be/],
		[
			'a closing date before the opening date',
			{
				p_opens_at: new Date(Date.now() + 5 * 86_400_000).toISOString(),
				p_closes_at: new Date(Date.now() + 86_400_000).toISOString()
			},
			'closes_at must be after opens_at'
		],
		[
			'a closing date in the past',
			{ p_closes_at: new Date(Date.now() - 86_400_000).toISOString() },
			'closes_at must be in the future'
		]
	])('answers invalid_scan (400) for %s', async (_label, overrides, detail) => {
		await expectDbError(createScan(editor, overrides), {
			code: 'PT400',
			hint: 'invalid_scan',
			detail
		});
	});

	it('makes a draft that young people cannot open yet', async () => {
		const scan = await createScan(editor);
		await expectDbError(getScan(scan.join_code), { code: 'PT409', hint: 'scan_not_open' });
	});
});

describe('update_scan', () => {
	it('lets an editor change everything of a draft', async () => {
		const scan = await createScan(editor);
		const updated = await db.rpc<StaffScan>(editor, 'update_scan', {
			p_scan_id: scan.id,
			p_title: { nl: 'Najaarsscan' },
			p_question_ids: pgArray(['mentaal_goed_voelen', 'onderwijs_veilig']),
			p_age_bands: pgArray(['8-11']),
			p_opens_at: null,
			p_closes_at: null
		});
		expect(updated).toMatchObject({
			id: scan.id,
			join_code: scan.join_code,
			title: { nl: 'Najaarsscan' },
			age_bands: ['8-11'],
			question_ids: ['mentaal_goed_voelen', 'onderwijs_veilig'],
			closes_at: null,
			status: 'draft'
		});
	});

	it('checks its input like create_scan', async () => {
		const scan = await createScan(editor);
		const { p_municipality_id: _m, ...input } = scanInput({ p_question_ids: '{}' });
		await expectDbError(db.rpc(editor, 'update_scan', { ...input, p_scan_id: scan.id }), {
			code: 'PT400',
			hint: 'invalid_scan',
			detail: 'at least one question is required'
		});
	});

	it('refuses a scan that is no longer a draft', async () => {
		const scan = await createScan(editor);
		await db.rpc(editor, 'open_scan', { p_scan_id: scan.id });
		const { p_municipality_id: _m, ...input } = scanInput();
		await expectDbError(db.rpc(editor, 'update_scan', { ...input, p_scan_id: scan.id }), {
			code: 'PT409',
			hint: 'scan_not_draft'
		});
	});

	it('refuses viewers (403) and does not show other municipalities the scan exists (404)', async () => {
		const { p_municipality_id: _m, ...input } = scanInput();
		await expectDbError(db.rpc(viewer, 'update_scan', { ...input, p_scan_id: scans.demo03 }), {
			code: 'PT403',
			hint: 'forbidden'
		});
		await expectDbError(db.rpc(otherAdmin, 'update_scan', { ...input, p_scan_id: scans.demo03 }), {
			code: 'PT404',
			hint: 'scan_not_found'
		});
		const [row] = await db.sql.query<{ title: { nl: string } }>(
			'select title from public.scans where id = $1',
			[scans.demo03]
		);
		expect(row.title.nl).toBe('Jongerenscan 12–18 (in voorbereiding)');
	});
});

describe('open_scan and close_scan', () => {
	it('take a scan from draft to open to closed, and no other way', async () => {
		const scan = await createScan(editor);
		const opened = await db.rpc<StaffScan>(editor, 'open_scan', { p_scan_id: scan.id });
		expect(opened.status).toBe('open');
		expect(new Date(opened.opens_at!).getTime()).toBeLessThanOrEqual(Date.now() + 1000);
		expect((await getScan(scan.join_code.toLowerCase())).status).toBe('open');

		await expectDbError(db.rpc(editor, 'open_scan', { p_scan_id: scan.id }), {
			code: 'PT409',
			hint: 'invalid_transition'
		});

		const closed = await db.rpc<StaffScan>(admin, 'close_scan', { p_scan_id: scan.id });
		expect(closed.status).toBe('closed');
		expect(closed.closed_at).not.toBeNull();
		await expectDbError(getScan(scan.join_code), { code: 'PT409', hint: 'scan_not_open' });

		await expectDbError(db.rpc(editor, 'close_scan', { p_scan_id: scan.id }), {
			code: 'PT409',
			hint: 'invalid_transition'
		});
		await expectDbError(db.rpc(editor, 'open_scan', { p_scan_id: scan.id }), {
			code: 'PT409',
			hint: 'invalid_transition'
		});
	});

	it('refuse a draft to close and a published scan to open', async () => {
		await expectDbError(db.rpc(editor, 'close_scan', { p_scan_id: scans.demo03 }), {
			code: 'PT409',
			hint: 'invalid_transition'
		});
		await expectDbError(db.rpc(editor, 'open_scan', { p_scan_id: scans.demo02 }), {
			code: 'PT409',
			hint: 'invalid_transition'
		});
	});

	it('open a scheduled draft now, but not one whose closing date has passed', async () => {
		const later = await createScan(editor, {
			p_opens_at: new Date(Date.now() + 7 * 86_400_000).toISOString()
		});
		const opened = await db.rpc<StaffScan>(editor, 'open_scan', { p_scan_id: later.id });
		expect(new Date(opened.opens_at!).getTime()).toBeLessThanOrEqual(Date.now() + 1000);

		const stale = await createScan(editor);
		await db.sql.query(
			`update public.scans set closes_at = now() - interval '1 day' where id = $1`,
			[stale.id]
		);
		await expectDbError(db.rpc(editor, 'open_scan', { p_scan_id: stale.id }), {
			code: 'PT409',
			hint: 'invalid_transition',
			detail: 'closes_at has passed'
		});
	});

	it('refuse viewers (403), other municipalities and unknown ids (404)', async () => {
		for (const fn of ['open_scan', 'close_scan']) {
			await expectDbError(db.rpc(viewer, fn, { p_scan_id: scans.demo03 }), {
				code: 'PT403',
				hint: 'forbidden'
			});
			await expectDbError(db.rpc(otherAdmin, fn, { p_scan_id: scans.demo01 }), {
				code: 'PT404',
				hint: 'scan_not_found'
			});
			await expectDbError(
				db.rpc(admin, fn, { p_scan_id: '00000000-0000-4000-8000-00000000abcd' }),
				{ code: 'PT404', hint: 'scan_not_found' }
			);
			await expectDbError(db.rpc(ANON, fn, { p_scan_id: scans.demo01 }), { code: '42501' });
		}
		const [row] = await db.sql.query<{ status: string }>(
			'select status from public.scans where id = $1',
			[scans.demo01]
		);
		expect(row.status).toBe('open');
	});
});

describe('scan_progress', () => {
	interface Progress {
		status: string;
		respondents: number;
		by_age_band: { age_band: string; respondents: number }[];
		last_received_at: string | null;
	}

	it('shows counts rounded to 5 and the last arrival to the hour', async () => {
		const progress = await db.rpc<Progress>(viewer, 'scan_progress', { p_scan_id: scans.demo02 });
		expect(progress).toEqual({
			status: 'published',
			// 322 respondents: 138, 163, 9 and 12
			respondents: 320,
			by_age_band: [
				{ age_band: '8-11', respondents: 140 },
				{ age_band: '12-15', respondents: 165 },
				{ age_band: '16-18', respondents: 10 },
				{ age_band: 'parent', respondents: 10 }
			],
			last_received_at: expect.any(String)
		});
		const last = new Date(progress.last_received_at!);
		expect(last.getUTCMinutes() + last.getUTCSeconds() + last.getUTCMilliseconds()).toBe(0);
		expect(last.getTime()).toBeLessThan(Date.now() - 10 * 86_400_000 + 3 * 3_600_000);
	});

	it('never shows an exact small number', async () => {
		const scan = await createScan(editor, {
			p_question_ids: pgArray(['onderwijs_veilig']),
			p_age_bands: pgArray(['12-15'])
		});
		await db.rpc(editor, 'open_scan', { p_scan_id: scan.id });
		const empty = await db.rpc<Progress>(viewer, 'scan_progress', { p_scan_id: scan.id });
		expect(empty).toEqual({
			status: 'open',
			respondents: 0,
			by_age_band: [{ age_band: '12-15', respondents: 0 }],
			last_received_at: null
		});
		const three = Array.from({ length: 3 }, () =>
			item({ scan_id: scan.id, answers: [{ question_id: 'onderwijs_veilig', value: '4' }] })
		);
		await db.rpcRows(ANON, 'submit_responses', { p_batch: three });
		const progress = await db.rpc<Progress>(editor, 'scan_progress', { p_scan_id: scan.id });
		expect(progress.respondents).toBe(5);
		expect(progress.by_age_band).toEqual([{ age_band: '12-15', respondents: 5 }]);
		expect(progress.last_received_at).not.toBeNull();
	});

	it('is for members of the scan’s municipality only', async () => {
		await expectDbError(db.rpc(otherAdmin, 'scan_progress', { p_scan_id: scans.demo02 }), {
			code: 'PT404',
			hint: 'scan_not_found'
		});
		await expectDbError(db.rpc(coalition, 'scan_progress', { p_scan_id: scans.demo02 }), {
			code: 'PT404',
			hint: 'scan_not_found'
		});
		await expectDbError(db.rpc(ANON, 'scan_progress', { p_scan_id: scans.demo02 }), {
			code: '42501'
		});
		expect(
			(await db.rpc<Progress>(otherAdmin, 'scan_progress', { p_scan_id: scans.vbs001 })).status
		).toBe('open');
	});
});

describe('direct access to the scan tables', () => {
	const tables = [
		'scans',
		'scan_questions',
		'responses',
		'answers',
		'free_texts',
		'answer_counts',
		'question_counts',
		'response_counts'
	];

	it.each(tables)('anon cannot select from %s', async (table) => {
		await expectDbError(db.queryAs(ANON, `select * from public.${table} limit 1`), {
			code: '42501'
		});
	});

	it.each(['responses', 'answers', 'answer_counts', 'question_counts', 'response_counts'])(
		'signed-in staff cannot select from %s either',
		async (table) => {
			await expectDbError(db.queryAs(admin, `select * from public.${table} limit 1`), {
				code: '42501'
			});
		}
	);

	it('shows staff the scans and scan questions of their own municipality only', async () => {
		const codes = async (claims: Claims) =>
			(
				await db.queryAs<{ join_code: string }>(
					claims,
					`select join_code from public.scans where join_code in ('DEMO01', 'DEMO02', 'DEMO03', 'VBS001')
					 order by join_code`
				)
			).map((r) => r.join_code);
		expect(await codes(viewer)).toEqual(['DEMO01', 'DEMO02', 'DEMO03']);
		expect(await codes(otherAdmin)).toEqual(['VBS001']);
		expect(await codes(coalition)).toEqual([]);

		const questionScans = async (claims: Claims) =>
			(
				await db.queryAs<{ scan_id: string }>(
					claims,
					'select distinct scan_id from public.scan_questions where scan_id = any ($1) order by scan_id',
					[Object.values(scans)]
				)
			).map((r) => r.scan_id);
		expect(await questionScans(viewer)).toEqual([scans.demo01, scans.demo02, scans.demo03].sort());
		expect(await questionScans(otherAdmin)).toEqual([scans.vbs001]);
	});

	it('shows free texts to admins of the municipality only', async () => {
		const count = async (claims: Claims) =>
			(
				await db.queryAs<{ n: number }>(claims, 'select count(*)::int as n from public.free_texts')
			)[0].n;
		const [all] = await db.sql.query<{ n: number }>(
			`select count(*)::int as n from public.free_texts f join public.responses r on r.id = f.response_id
			 where r.scan_id = $1`,
			[scans.demo02]
		);
		expect(all.n).toBeGreaterThan(10);
		expect(await count(admin)).toBeGreaterThanOrEqual(all.n);
		expect(await count(editor)).toBe(0);
		expect(await count(viewer)).toBe(0);
		expect(await count(otherAdmin)).toBe(0);
		expect(await count(coalition)).toBe(0);
	});

	it('lets no one write to them directly', async () => {
		await expectDbError(
			db.queryAs(
				admin,
				`insert into public.scans (municipality_id, title, join_code, age_bands)
				 values ($1, '{"nl": "x"}', 'ABCDEF', '{12-15}')`,
				[municipalities.demodorp]
			),
			{ code: '42501' }
		);
		await expectDbError(
			db.queryAs(admin, `update public.scans set status = 'open' where id = $1`, [scans.demo03]),
			{ code: '42501' }
		);
		await expectDbError(db.queryAs(admin, 'delete from public.scan_questions'), { code: '42501' });
		await expectDbError(db.queryAs(admin, 'delete from public.free_texts'), { code: '42501' });
		await expectDbError(
			db.queryAs(
				ANON,
				`insert into public.responses (id, scan_id, age_band, locale, answered_at,
				content_hash) values (gen_random_uuid(), $1, '12-15', 'nl', now(), 'x')`,
				[scans.demo01]
			),
			{ code: '42501' }
		);
		const [row] = await db.sql.query<{ status: string }>(
			'select status from public.scans where id = $1',
			[scans.demo03]
		);
		expect(row.status).toBe('draft');
	});

	it('has row level security on every scan table and definer functions pinned to an empty path', async () => {
		const unprotected = await db.sql.query<{ relname: string }>(
			`select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
			 where n.nspname = 'public' and c.relname = any ($1) and not c.relrowsecurity`,
			[tables]
		);
		expect(unprotected).toEqual([]);
		const unpinned = await db.sql.query<{ proname: string }>(
			`select p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace
			 where n.nspname in ('public', 'private') and p.prosecdef
				and not coalesce(p.proconfig, '{}') @> array['search_path=""']`
		);
		expect(unpinned).toEqual([]);
	});

	it('lets anon execute no scan function but get_scan and submit_responses', async () => {
		const names = [
			'join_key',
			'question_options',
			'response_municipality_id',
			'get_scan',
			'parse_timestamptz',
			'submit_responses',
			'scan_for_staff',
			'invalid_scan',
			'check_scan_input',
			'scan_json',
			'create_scan',
			'update_scan',
			'open_scan',
			'close_scan',
			'scan_progress'
		];
		const executable = await db.sql.query<{ schema: string; name: string }>(
			`select n.nspname as schema, p.proname as name
			 from pg_proc p join pg_namespace n on n.oid = p.pronamespace
			 where n.nspname in ('public', 'private') and p.proname = any ($1)
				and has_function_privilege('anon', p.oid, 'execute')
			 order by 1, 2`,
			[names]
		);
		expect(executable).toEqual([
			{ schema: 'private', name: 'get_scan' },
			{ schema: 'private', name: 'submit_responses' },
			{ schema: 'public', name: 'get_scan' },
			{ schema: 'public', name: 'submit_responses' }
		]);
	});
});
