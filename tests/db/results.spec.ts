// Results that are safe to publish (issue 5) and the national overview (issue 7 part 5):
// scan_results and its rules checked against the counters, who sees what, publishing, feedback,
// free texts, the CSV export, find_published_scans and national_results.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANON, openTestDb, signedIn, users, type Claims, type TestDb } from './db.ts';
import { expectDbError, scans } from './scan-fixtures.ts';
import { scenario, type Scenario } from './staff-fixtures.ts';

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

const VBS002 = '00000000-0000-4000-8000-00000000b002';
const PRF001 = '00000000-0000-4000-8000-00000000c001';

interface Cell {
	value: string;
	count: number | null;
	percent: number | null;
	fewer_than_5: boolean;
	label?: Record<string, string>;
}
interface Figures {
	age_band: string;
	n: number | null;
	suppressed: boolean;
	options: Cell[];
}
interface Question {
	id: string;
	theme: string;
	kind: string;
	text: Record<string, string>;
	parent_text: Record<string, string> | null;
	crc_articles: number[];
	n: number | null;
	suppressed: boolean;
	options: Cell[];
	by_age_band: Figures[];
	comparison: {
		scans: number;
		n: number;
		options: { value: string; percent: number | null }[];
	} | null;
}
interface Results {
	scan: {
		id: string;
		join_code: string;
		title: Record<string, string>;
		municipality: { name: string; cbs_code: string };
		status: string;
		closes_at: string;
		published_at: string | null;
		age_bands: string[];
	};
	respondents: number | null;
	respondents_by_age_band: { age_band: string; n: number | null; hidden: boolean }[];
	questions: Question[];
	feedback: { theme: string; stage: string; body: Record<string, string>; published_at: string }[];
}

const results = (code: string, claims: Claims = ANON) =>
	db.rpc<Results>(claims, 'scan_results', { p_join_code: code });
const round5 = (n: number) => 5 * Math.round(n / 5);

/** The exact counters of a scan, as the owner reads them. */
async function counters(
	q: (text: string, params?: unknown[]) => Promise<Record<string, unknown>[]>,
	scanId: string
) {
	const cells = await q(
		`select question_id, age_band, value, n from public.answer_counts where scan_id = $1`,
		[scanId]
	);
	const sizes = await q(
		`select question_id, age_band, n from public.question_counts where scan_id = $1`,
		[scanId]
	);
	const cell = (question: string, band: string | null, value: string) =>
		cells
			.filter(
				(c) =>
					c.question_id === question && (band === null || c.age_band === band) && c.value === value
			)
			.reduce((a, c) => a + (c.n as number), 0);
	const size = (question: string, band: string | null) =>
		sizes
			.filter((c) => c.question_id === question && (band === null || c.age_band === band))
			.reduce((a, c) => a + (c.n as number), 0);
	return { cell, size };
}

/** Checks every published number of one row against the exact counts (rules 3–5). */
function expectRow(cells: Cell[], n: number | null, exact: (value: string) => number) {
	expect(n! % 5).toBe(0);
	for (const c of cells) {
		const x = exact(c.value);
		if (x >= 1 && x <= 4) {
			expect(c, `${c.value} (${x}) is fewer than 5`).toMatchObject({
				count: null,
				percent: null,
				fewer_than_5: true
			});
		} else if (c.count === null) {
			// hidden to protect another number: never a 0, never flagged as fewer than 5
			expect(c.fewer_than_5).toBe(false);
			expect(c.percent).toBeNull();
			expect(x).toBeGreaterThanOrEqual(5);
		} else {
			expect(c.count).toBe(round5(x));
			expect(c.percent).toBe(Math.round((100 * c.count) / n!));
			expect(c.fewer_than_5).toBe(false);
		}
	}
}

async function submit(s: Scenario, items: Record<string, unknown>[]) {
	const rows = await s.query<{ status: string; reason: string | null }>(
		ANON,
		'select status, reason from public.submit_responses($1::jsonb)',
		[JSON.stringify(items)]
	);
	expect(rows.filter((r) => r.status !== 'stored')).toEqual([]);
}

function response(
	scanId: string,
	band: string,
	answers: { question_id: string; value?: unknown; text?: string }[]
) {
	return {
		id: randomUUID(),
		scan_id: scanId,
		age_band: band,
		locale: 'nl',
		answered_at: new Date(Date.now() - 60_000).toISOString(),
		answers
	};
}

// ---------------------------------------------------------------- scan_results: DEMO02
describe('scan_results of the published DEMO02', () => {
	it('has the contract shape', async () => {
		const r = await results('DEMO02');
		expect(Object.keys(r).sort()).toEqual(
			['feedback', 'questions', 'respondents', 'respondents_by_age_band', 'scan'].sort()
		);
		expect(r.scan).toMatchObject({
			id: scans.demo02,
			join_code: 'DEMO02',
			municipality: { name: 'Demodorp', cbs_code: 'GM9999' },
			status: 'published',
			age_bands: ['8-11', '12-15', '16-18', 'parent']
		});
		expect(r.scan.published_at).not.toBeNull();
		expect(r.scan.title.nl).toMatch(/Demodorp/);
		const q = r.questions[0];
		expect(Object.keys(q).sort()).toEqual(
			[
				'id',
				'theme',
				'kind',
				'text',
				'parent_text',
				'crc_articles',
				'n',
				'suppressed',
				'options',
				'by_age_band',
				'comparison'
			].sort()
		);
		expect(Object.keys(q.options[0]).sort()).toEqual([
			'count',
			'fewer_than_5',
			'label',
			'percent',
			'value'
		]);
		expect(q.options[0].label).toMatchObject({
			nl: 'Helemaal niet mee eens',
			en: 'Strongly disagree'
		});
		expect(q.parent_text).not.toBeNull();
	});

	it('rounds the respondents and hides the small age groups: 9 aged 16-18, and the parents with them', async () => {
		const r = await results('DEMO02');
		expect(r.respondents).toBe(320);
		expect(r.respondents_by_age_band).toEqual([
			{ age_band: '8-11', n: 140, hidden: false },
			{ age_band: '12-15', n: 165, hidden: false },
			{ age_band: '16-18', n: null, hidden: true },
			{ age_band: 'parent', n: null, hidden: true }
		]);
	});

	it('follows every rule, number by number, against the counters', async () => {
		const r = await results('DEMO02');
		const { cell, size } = await counters(db.sql.query, scans.demo02);
		let fewer = 0;
		let protecting = 0;
		let hiddenBands = 0;
		for (const q of r.questions) {
			if (q.kind === 'text') continue;
			const total = size(q.id, null);
			// too few answers (rule 1), or the figures would give a hidden number away (rule 6)
			if (total < 10 || q.suppressed) {
				expect(q, q.id).toMatchObject({ n: null, suppressed: true, options: [], by_age_band: [] });
				continue;
			}
			expect(q.suppressed).toBe(false);
			expect(q.n).toBe(round5(total));
			expectRow(q.options, q.n, (value) => cell(q.id, null, value));
			const shownBands = q.by_age_band.filter((b) => !b.suppressed);
			for (const b of q.by_age_band) {
				if (b.suppressed) {
					hiddenBands++;
					expect(b).toEqual({ age_band: b.age_band, n: null, suppressed: true, options: [] });
					continue;
				}
				expect(size(q.id, b.age_band), `${q.id} ${b.age_band}`).toBeGreaterThanOrEqual(10);
				expect(b.n).toBe(round5(size(q.id, b.age_band)));
				expectRow(b.options, b.n, (value) => cell(q.id, b.age_band, value));
				fewer += b.options.filter((c) => c.fewer_than_5).length;
				protecting += b.options.filter((c) => c.count === null && !c.fewer_than_5).length;
			}
			// never exactly one hidden age group
			expect(q.by_age_band.length - shownBands.length).not.toBe(1);
		}
		expect(fewer).toBeGreaterThan(0);
		expect(protecting).toBeGreaterThan(0);
		expect(hiddenBands).toBeGreaterThan(0);
	});

	it('shows the seeded suppression: 16-18 and parents hidden, a question only 16-18 got suppressed', async () => {
		const r = await results('DEMO02');
		const byId = new Map(r.questions.map((q) => [q.id, q]));
		for (const q of r.questions.filter((x) => !x.suppressed)) {
			expect(q.by_age_band.find((b) => b.age_band === '16-18')?.suppressed ?? true).toBe(true);
		}
		expect(byId.get('jeugdstrafrecht_advocaat')).toMatchObject({
			suppressed: true,
			n: null,
			options: []
		});
		// 8-11: nobody "very unhappy" at home (0 is shown), 12-15: fewer than 5 and its neighbour hidden
		const home = byId.get('meedoen_thuis_gehoord')!;
		expect(home.by_age_band[0].options[0]).toMatchObject({ count: 0, percent: 0 });
		expect(home.by_age_band[1].options.slice(0, 2)).toMatchObject([
			{ count: null, fewer_than_5: true },
			{ count: null, fewer_than_5: false }
		]);
	});

	it('lists text questions without any figure', async () => {
		const r = await results('DEMO02');
		const open = r.questions.find((q) => q.kind === 'text')!;
		expect(open).toMatchObject({
			n: null,
			suppressed: true,
			options: [],
			by_age_band: [],
			comparison: null
		});
		expect(JSON.stringify(r)).not.toMatch(/sporten en te chillen|fietspaden/);
	});

	it('compares with the other published scans that asked the same question', async () => {
		const r = await results('DEMO02');
		const byId = new Map(r.questions.map((q) => [q.id, q]));
		const shared = byId.get('meedoen_gemeente_gevraagd')!;
		expect(shared.comparison).toMatchObject({ scans: 3 });
		expect(shared.comparison!.n % 5).toBe(0);
		expect(shared.comparison!.options.map((o) => o.value)).toEqual(['yes', 'no', 'unsure']);
		for (const o of shared.comparison!.options) expect(Number.isInteger(o.percent)).toBe(true);
		// an answer that DEMO02 hides is hidden in the comparison too
		const home = byId.get('meedoen_thuis_gehoord')!;
		expect(home.options[0].count).toBeNull();
		expect(home.comparison!.options[0].percent).toBeNull();
		// only DEMO02 asked this one
		expect(byId.get('discriminatie_eerlijk_school')!.comparison).toBeNull();
	});

	it('drops the comparison when fewer than 2 other published scans asked the question', async () => {
		await scenario(db, async (s) => {
			await s.owner(
				`update public.scans set status = 'closed', published_at = null where id = $1`,
				[PRF001]
			);
			const r = await s.rpc<Results>(ANON, 'scan_results', { p_join_code: 'DEMO02' });
			expect(r.questions.every((q) => q.comparison === null)).toBe(true);
		});
	});

	it('includes the published feedback, newest first', async () => {
		const r = await results('DEMO02');
		expect(r.feedback.map((f) => [f.theme, f.stage])).toEqual([
			['armoede', 'done'],
			['mentale-gezondheid', 'plan'],
			['meedoen', 'plan']
		]);
		expect(Object.keys(r.feedback[0]).sort()).toEqual(['body', 'published_at', 'stage', 'theme']);
		expect(r.feedback[0].body.nl).toMatch(/Jeugdfonds/);
	});

	it('finds the scan whatever way the code is typed', async () => {
		const r = await results(' demo o2 ');
		expect(r.scan.join_code).toBe('DEMO02');
	});
});

// ---------------------------------------------------------------- scan_results: who sees what
describe('scan_results: who sees what', () => {
	it('answers anon 404 scan_not_found for an unknown code and results_not_published otherwise', async () => {
		await expectDbError(results('NOPE42'), { code: 'PT404', hint: 'scan_not_found' });
		await expectDbError(results(''), { code: 'PT404', hint: 'scan_not_found' });
		await expectDbError(results('DEMO01'), { code: 'PT404', hint: 'results_not_published' });
		await expectDbError(results('DEMO03'), { code: 'PT404', hint: 'results_not_published' });
	});

	it('shows members an open scan under the same rules, and nobody else', async () => {
		await scenario(db, async (s) => {
			const home = (value: string) => [{ question_id: 'meedoen_thuis_gehoord', value }];
			await submit(s, [
				...Array.from({ length: 9 }, () => response(scans.demo01, '12-15', home('4'))),
				...Array.from({ length: 4 }, () => response(scans.demo01, '12-15', home('2'))),
				...Array.from({ length: 2 }, () => response(scans.demo01, '8-11', home('5')))
			]);
			const r = await s.rpc<Results>(viewer, 'scan_results', { p_join_code: 'DEMO01' });
			expect(r.scan.status).toBe('open');
			expect(r.respondents).toBe(15);
			expect(r.respondents_by_age_band.map((b) => b.n)).toEqual([null, 15, null, null]);
			const q = r.questions.find((x) => x.id === 'meedoen_thuis_gehoord')!;
			// 15 answered: 9 "agree" shown as 10; 4 "disagree" fewer than 5; 2 "strongly agree" fewer
			// than 5 (both hide each other); 8-11 (2) hidden, the other groups had nobody
			expect(q.n).toBe(15);
			expect(q.options.map((o) => o.count ?? (o.fewer_than_5 ? '<5' : 'h'))).toEqual([
				0,
				'<5',
				0,
				10,
				'<5'
			]);
			expect(q.options[3].percent).toBe(67);
			expect(q.by_age_band.map((b) => b.n)).toEqual([null, 15, null, null]);
			expect(q.by_age_band[1].options.map((o) => o.count ?? (o.fewer_than_5 ? '<5' : 'h'))).toEqual(
				[0, '<5', 0, 'h', 0]
			);
			// the same for editors and admins; not for anyone else
			expect(await s.rpc<Results>(admin, 'scan_results', { p_join_code: 'DEMO01' })).toEqual(r);
			for (const claims of [ANON, otherAdmin, coalition, signedIn(randomUUID())]) {
				await expectDbError(s.rpc(claims, 'scan_results', { p_join_code: 'DEMO01' }), {
					code: 'PT404',
					hint: 'results_not_published'
				});
			}
		});
	});

	it('shows another municipality’s staff nothing of Demodorp’s unpublished scans, and Demodorp nothing of theirs', async () => {
		await expectDbError(results('DEMO01', otherAdmin), {
			code: 'PT404',
			hint: 'results_not_published'
		});
		await expectDbError(results('VBS001', viewer), {
			code: 'PT404',
			hint: 'results_not_published'
		});
		expect((await results('VBS001', otherAdmin)).scan.status).toBe('open');
	});

	it('reads the counters, never the raw answers', async () => {
		await scenario(db, async (s) => {
			await s.owner(
				`insert into public.question_counts (scan_id, question_id, age_band, n) values ($1, 'onderwijs_veilig', '12-15', 40)`,
				[scans.demo01]
			);
			await s.owner(
				`insert into public.answer_counts (scan_id, question_id, age_band, value, n) values
				 ($1, 'onderwijs_veilig', '12-15', '4', 22), ($1, 'onderwijs_veilig', '12-15', '5', 18)`,
				[scans.demo01]
			);
			const r = await s.rpc<Results>(editor, 'scan_results', { p_join_code: 'DEMO01' });
			const q = r.questions.find((x) => x.id === 'onderwijs_veilig')!;
			expect(q.n).toBe(40);
			expect(q.options.map((o) => o.count)).toEqual([0, 0, 0, 20, 20]);
			const [raw] = await s.owner<{ n: number }>(
				`select count(*)::int as n from public.answers a join public.responses r on r.id = a.response_id where r.scan_id = $1`,
				[scans.demo01]
			);
			expect(raw.n).toBe(0);
		});
	});
});

// ---------------------------------------------------------------- publishing
describe('publish_scan and unpublish_scan', () => {
	it('lets an editor publish a closed scan, with the figures the members saw', async () => {
		await scenario(db, async (s) => {
			await s.owner(
				`update public.scans set status = 'closed', closed_at = now(), published_at = null where id = $1`,
				[scans.demo02]
			);
			await expectDbError(s.rpc(ANON, 'scan_results', { p_join_code: 'DEMO02' }), {
				hint: 'results_not_published'
			});
			const before = await s.rpc<Results>(viewer, 'scan_results', { p_join_code: 'DEMO02' });
			await expectDbError(s.rpc(viewer, 'publish_scan', { p_scan_id: scans.demo02 }), {
				code: 'PT403',
				hint: 'forbidden'
			});
			await expectDbError(s.rpc(otherAdmin, 'publish_scan', { p_scan_id: scans.demo02 }), {
				code: 'PT404',
				hint: 'scan_not_found'
			});
			const published = await s.rpc<{ status: string; published_at: string }>(
				editor,
				'publish_scan',
				{
					p_scan_id: scans.demo02
				}
			);
			expect(published.status).toBe('published');
			expect(Date.now() - new Date(published.published_at).getTime()).toBeLessThan(60_000);
			const after = await s.rpc<Results>(ANON, 'scan_results', { p_join_code: 'DEMO02' });
			expect(after.questions.map(({ comparison: _c, ...q }) => q)).toEqual(
				before.questions.map(({ comparison: _c, ...q }) => q)
			);
			expect(after.respondents_by_age_band).toEqual(before.respondents_by_age_band);
			await expectDbError(s.rpc(editor, 'publish_scan', { p_scan_id: scans.demo02 }), {
				code: 'PT409',
				hint: 'invalid_transition'
			});
		});
	});

	it('refuses to publish a draft or an open scan', async () => {
		for (const id of [scans.demo01, scans.demo03]) {
			await expectDbError(db.rpc(editor, 'publish_scan', { p_scan_id: id }), {
				code: 'PT409',
				hint: 'invalid_transition'
			});
		}
		await expectDbError(db.rpc(ANON, 'publish_scan', { p_scan_id: scans.demo02 }), {
			code: '42501'
		});
	});

	it('lets only an admin take results back', async () => {
		await scenario(db, async (s) => {
			for (const claims of [viewer, editor]) {
				await expectDbError(s.rpc(claims, 'unpublish_scan', { p_scan_id: scans.demo02 }), {
					code: 'PT403',
					hint: 'forbidden'
				});
			}
			await expectDbError(s.rpc(otherAdmin, 'unpublish_scan', { p_scan_id: scans.demo02 }), {
				code: 'PT404',
				hint: 'scan_not_found'
			});
			const back = await s.rpc<{ status: string; published_at: string | null }>(
				admin,
				'unpublish_scan',
				{
					p_scan_id: scans.demo02
				}
			);
			expect(back).toMatchObject({ status: 'closed', published_at: null });
			await expectDbError(s.rpc(ANON, 'scan_results', { p_join_code: 'DEMO02' }), {
				code: 'PT404',
				hint: 'results_not_published'
			});
			expect(await s.rpc(ANON, 'find_published_scans', { p_query: 'Demodorp' })).toEqual([]);
			await expectDbError(s.rpc(admin, 'unpublish_scan', { p_scan_id: scans.demo02 }), {
				code: 'PT409',
				hint: 'invalid_transition'
			});
			// the other scans no longer compare with it
			const vbs = await s.rpc<Results>(ANON, 'scan_results', { p_join_code: 'VBS002' });
			expect(vbs.questions.every((q) => q.comparison === null)).toBe(true);
		});
	});

	it('keeps published figures current while late answers arrive in the grace period', async () => {
		await scenario(db, async (s) => {
			await s.owner(
				`update public.scans set closed_at = now() - interval '1 hour', closes_at = now() - interval '1 hour' where id = $1`,
				[VBS002]
			);
			const before = await s.rpc<Results>(ANON, 'scan_results', { p_join_code: 'VBS002' });
			const late = Array.from({ length: 12 }, () => ({
				...response(VBS002, '16-18', [{ question_id: 'onderwijs_veilig', value: '1' }]),
				answered_at: new Date(Date.now() - 2 * 3_600_000).toISOString()
			}));
			await submit(s, late);
			// the published figures follow the counters when the transaction commits
			await s.owner('set constraints all immediate');
			const after = await s.rpc<Results>(ANON, 'scan_results', { p_join_code: 'VBS002' });
			const q = (r: Results) => r.questions.find((x) => x.id === 'onderwijs_veilig')!;
			expect(q(after).n).not.toBe(q(before).n);
			const { size } = await counters((t, p) => s.owner(t, p), VBS002);
			expect(q(after).n).toBe(round5(size('onderwijs_veilig', null)));
			expect(after.respondents).not.toBe(before.respondents);
		});
	});
});

// ---------------------------------------------------------------- feedback
describe('feedback ("what we do with it")', () => {
	const post = (overrides: Record<string, unknown> = {}) => ({
		p_scan_id: scans.demo02,
		p_theme: 'onderwijs',
		p_stage: 'plan',
		p_body: { nl: 'We maken de schoolroutes veiliger.', en: 'We will make school routes safer.' },
		p_publish: false,
		...overrides
	});

	it('lets anyone read the published posts of published scans, and nothing else', async () => {
		const anonRows = await db.queryAs<{ scan_id: string }>(
			ANON,
			'select scan_id from public.feedback_posts'
		);
		expect(anonRows).toHaveLength(3);
		await scenario(db, async (s) => {
			const draft = await s.rpc<{ id: string; published_at: string | null }>(
				editor,
				'save_feedback',
				post()
			);
			expect(draft.published_at).toBeNull();
			const seen = (claims: Claims) =>
				s.query<{ id: string }>(claims, 'select id from public.feedback_posts where id = $1', [
					draft.id
				]);
			expect(await seen(ANON)).toEqual([]);
			expect(await seen(otherAdmin)).toEqual([]);
			expect(await seen(coalition)).toEqual([]);
			expect(await seen(viewer)).toEqual([{ id: draft.id }]);
			const r = await s.rpc<Results>(ANON, 'scan_results', { p_join_code: 'DEMO02' });
			expect(r.feedback).toHaveLength(3);
			// a published post of a scan that is not published stays hidden
			await s.owner(`update public.scans set status = 'closed' where id = $1`, [scans.demo02]);
			expect(await s.query(ANON, 'select id from public.feedback_posts')).toEqual([]);
			expect(await s.query(viewer, 'select id from public.feedback_posts')).toHaveLength(4);
		});
	});

	it('lets editors write, publish, change and delete posts', async () => {
		await scenario(db, async (s) => {
			const first = await s.rpc<{ id: string; published_at: string | null }>(
				editor,
				'save_feedback',
				post({ p_publish: true })
			);
			expect(first.published_at).not.toBeNull();
			await s.owner(
				`update public.feedback_posts set published_at = now() - interval '1 day' where id = $1`,
				[first.id]
			);
			// saved again unchanged: still published when it was
			const same = await s.rpc<{ id: string; published_at: string }>(
				editor,
				'save_feedback',
				post({ p_publish: true })
			);
			expect(same.id).toBe(first.id);
			expect(Date.now() - new Date(same.published_at).getTime()).toBeGreaterThan(3_600_000);
			// changed: counts as new
			const changed = await s.rpc<{ published_at: string }>(
				editor,
				'save_feedback',
				post({ p_body: { nl: 'De schoolroutes zijn veiliger gemaakt.' }, p_publish: true })
			);
			expect(Date.now() - new Date(changed.published_at).getTime()).toBeLessThan(60_000);
			const r = await s.rpc<Results>(ANON, 'scan_results', { p_join_code: 'DEMO02' });
			expect(r.feedback[0]).toMatchObject({
				theme: 'onderwijs',
				stage: 'plan',
				body: { nl: 'De schoolroutes zijn veiliger gemaakt.' }
			});
			// taken back
			const back = await s.rpc<{ published_at: string | null }>(
				editor,
				'save_feedback',
				post({ p_publish: false })
			);
			expect(back.published_at).toBeNull();
			expect(
				(await s.rpc<Results>(ANON, 'scan_results', { p_join_code: 'DEMO02' })).feedback
			).toHaveLength(3);
			await expectDbError(s.rpc(viewer, 'delete_feedback', { p_id: first.id }), {
				code: 'PT403',
				hint: 'forbidden'
			});
			await expectDbError(s.rpc(otherAdmin, 'delete_feedback', { p_id: first.id }), {
				code: 'PT404',
				hint: 'feedback_not_found'
			});
			expect(await s.rpc(editor, 'delete_feedback', { p_id: first.id })).toEqual({ id: first.id });
			await expectDbError(s.rpc(editor, 'delete_feedback', { p_id: first.id }), {
				code: 'PT404',
				hint: 'feedback_not_found'
			});
		});
	});

	it('refuses viewers, other municipalities and bad posts', async () => {
		await expectDbError(db.rpc(viewer, 'save_feedback', post()), {
			code: 'PT403',
			hint: 'forbidden'
		});
		await expectDbError(db.rpc(otherAdmin, 'save_feedback', post()), {
			code: 'PT404',
			hint: 'scan_not_found'
		});
		await expectDbError(db.rpc(ANON, 'save_feedback', post()), { code: '42501' });
		for (const bad of [
			{ p_theme: 'sport' },
			{ p_stage: 'later' },
			{ p_body: { en: 'English only' } },
			{ p_body: { nl: '' } },
			{ p_body: { nl: 'x'.repeat(2001) } },
			{ p_body: { nl: 'Goed', fr: 'Bien' } },
			{ p_body: ['nl'] }
		]) {
			await expectDbError(db.rpc(editor, 'save_feedback', post(bad)), {
				code: 'PT400',
				hint: 'invalid_feedback'
			});
		}
		await scenario(db, async (s) => {
			const longest = await s.rpc<{ body: { nl: string } }>(
				editor,
				'save_feedback',
				post({ p_body: { nl: 'x'.repeat(2000) } })
			);
			expect(longest.body.nl).toHaveLength(2000);
		});
		await expectDbError(
			db.queryAs(
				editor,
				`insert into public.feedback_posts (scan_id, theme, stage, body) values ($1, 'zorg', 'plan', '{"nl": "x"}')`,
				[scans.demo02]
			),
			{ code: '42501' }
		);
	});
});

// ---------------------------------------------------------------- free texts
describe('scan_free_texts', () => {
	it('gives admins the free texts, ordered by question and text, never by time', async () => {
		const rows = await db.rpcRows<{ question_id: string; body: string; age_band: string }>(
			admin,
			'scan_free_texts',
			{
				p_scan_id: scans.demo02
			}
		);
		expect(rows.length).toBeGreaterThan(5);
		expect(Object.keys(rows[0]).sort()).toEqual(['age_band', 'body', 'question_id']);
		// the same texts as stored, sorted the way the database sorts text
		const stored = await db.sql.query<{ body: string }>(
			`select f.body from public.free_texts f join public.responses r on r.id = f.response_id
			 where r.scan_id = $1 order by f.body`,
			[scans.demo02]
		);
		expect(rows.map((r) => r.body)).toEqual(stored.map((r) => r.body));
		expect(new Set(rows.map((r) => r.question_id))).toEqual(new Set(['jeugdstrategie_open_vraag']));
	});

	it('refuses everyone else', async () => {
		for (const claims of [viewer, editor, otherAdmin, coalition]) {
			await expectDbError(db.rpcRows(claims, 'scan_free_texts', { p_scan_id: scans.demo02 }), {
				code: 'PT403',
				hint: 'forbidden'
			});
		}
		await expectDbError(db.rpcRows(ANON, 'scan_free_texts', { p_scan_id: scans.demo02 }), {
			code: '42501'
		});
	});
});

// ---------------------------------------------------------------- CSV export
describe('scan_results_csv_rows', () => {
	interface CsvRow {
		question_position: number;
		question_id: string;
		theme: string;
		question: string;
		age_band: string;
		respondents: number | null;
		suppressed: boolean;
		value: string | null;
		label: string | null;
		count: number | null;
		percent: number | null;
		fewer_than_5: boolean | null;
	}

	it('holds exactly the numbers of the results page, and no text answers', async () => {
		const page = await results('DEMO02');
		const rows = await db.rpcRows<CsvRow>(ANON, 'scan_results_csv_rows', {
			p_join_code: 'DEMO02',
			p_locale: 'en'
		});
		const expected: CsvRow[] = [];
		page.questions.forEach((q, i) => {
			if (q.kind === 'text') return;
			const parts = [
				{ age_band: 'all', n: q.n, suppressed: q.suppressed, options: q.options },
				...q.by_age_band
			];
			for (const p of parts) {
				const base = {
					question_position: i + 1,
					question_id: q.id,
					theme: q.theme,
					question: q.text.en,
					age_band: p.age_band,
					respondents: p.n,
					suppressed: p.suppressed
				};
				if (p.options.length === 0) {
					expected.push({
						...base,
						value: null,
						label: null,
						count: null,
						percent: null,
						fewer_than_5: null
					});
				}
				for (const o of p.options) {
					const label = q.options.find((x) => x.value === o.value)?.label?.en ?? null;
					expected.push({
						...base,
						value: o.value,
						label,
						count: o.count,
						percent: o.percent,
						fewer_than_5: o.fewer_than_5
					});
				}
			}
		});
		expect(rows).toEqual(expected);
		expect(rows.some((r) => r.fewer_than_5 && r.count === null)).toBe(true);
		expect(rows.filter((r) => r.count !== null).every((r) => r.count! % 5 === 0)).toBe(true);
	});

	it('is refused where the page is', async () => {
		await expectDbError(db.rpcRows(ANON, 'scan_results_csv_rows', { p_join_code: 'DEMO01' }), {
			code: 'PT404',
			hint: 'results_not_published'
		});
		expect(
			(await db.rpcRows(viewer, 'scan_results_csv_rows', { p_join_code: 'DEMO01' })).length
		).toBeGreaterThan(0);
	});
});

// ---------------------------------------------------------------- find_published_scans
describe('find_published_scans', () => {
	type Found = {
		join_code: string;
		title: Record<string, string>;
		municipality: { name: string; cbs_code: string };
		published_at: string;
	}[];
	const find = (query: unknown) => db.rpc<Found>(ANON, 'find_published_scans', { p_query: query });

	it('finds published scans by part of the municipality’s name, in any case', async () => {
		const found = await find('demo');
		expect(found.map((f) => f.join_code)).toEqual(['DEMO02']);
		expect(Object.keys(found[0]).sort()).toEqual([
			'join_code',
			'municipality',
			'published_at',
			'title'
		]);
		expect(found[0].municipality).toEqual({ name: 'Demodorp', cbs_code: 'GM9999' });
		expect((await find('BEELD')).map((f) => f.join_code)).toEqual(['VBS002']);
		expect((await find('stad')).map((f) => f.join_code)).toEqual(['PRF001', 'VBS002']);
		expect(await find('Rotterdam')).toEqual([]);
		expect(await find('%%')).toEqual([]);
	});

	it('finds a published scan by its join code, typed loosely, and never an unpublished one', async () => {
		expect((await find('dem0-02')).map((f) => f.join_code)).toEqual(['DEMO02']);
		expect((await find('prf 001')).map((f) => f.join_code)).toEqual(['PRF001']);
		expect(await find('DEMO01')).toEqual([]);
		expect(await find('VBS001')).toEqual([]);
	});

	it('answers 400 invalid_query to fewer than 2 characters', async () => {
		for (const query of ['', ' d ', null, 'x'.repeat(101)]) {
			await expectDbError(find(query), { code: 'PT400', hint: 'invalid_query' });
		}
	});

	it('returns at most 20', async () => {
		await scenario(db, async (s) => {
			await s.owner(
				`insert into public.scans (municipality_id, title, join_code, age_bands, status, published_at)
				 select '00000000-0000-4000-8000-000000009997', '{"nl": "Extra"}', 'PRFX' || lpad(i::text, 2, '0'), '{12-15}', 'published', now()
				 from generate_series(1, 25) as i`
			);
			expect(await s.rpc<Found>(ANON, 'find_published_scans', { p_query: 'proef' })).toHaveLength(
				20
			);
		});
	});
});

// ---------------------------------------------------------------- national_results
describe('national_results', () => {
	interface National {
		theme: string | null;
		questions: {
			id: string;
			theme: string;
			scans: {
				join_code: string;
				municipality: { name: string };
				n: number | null;
				suppressed: boolean;
				options: Cell[];
			}[];
			national: { scans: number; n: number; options: Cell[] } | null;
		}[];
	}

	it('shows the coalition every published scan side by side and a national figure under the same rules', async () => {
		const national = await db.rpc<National>(coalition, 'national_results', { p_theme: 'meedoen' });
		expect(national.theme).toBe('meedoen');
		expect(national.questions.every((q) => q.theme === 'meedoen')).toBe(true);
		const home = national.questions.find((q) => q.id === 'meedoen_thuis_gehoord')!;
		expect(home.scans.map((s) => [s.municipality.name, s.join_code])).toEqual([
			['Demodorp', 'DEMO02'],
			['Proefstad', 'PRF001'],
			['Voorbeeldstad', 'VBS002']
		]);
		// each scan as on its own page
		const page = (await results('DEMO02')).questions.find((q) => q.id === 'meedoen_thuis_gehoord')!;
		expect(home.scans[0]).toMatchObject({ n: page.n, suppressed: false });
		expect(home.scans[0].options).toEqual(page.options.map(({ label: _l, ...o }) => o));
		// the national figure: summed counters, rounded, and what any scan hides stays hidden
		let sum = 0;
		for (const id of [scans.demo02, PRF001, VBS002]) {
			const { size } = await counters(db.sql.query, id);
			sum += size('meedoen_thuis_gehoord', null);
		}
		expect(home.national).toMatchObject({ scans: 3, n: round5(sum) });
		home.scans.forEach((scan) =>
			scan.options.forEach((o, i) => {
				if (o.count === null) expect(home.national!.options[i].count).toBeNull();
			})
		);
		for (const o of home.national!.options) if (o.count !== null) expect(o.count % 5).toBe(0);
		const all = await db.rpc<National>(coalition, 'national_results', {});
		expect(new Set(all.questions.map((q) => q.theme)).size).toBeGreaterThan(5);
		// a question one scan asked has no national figure
		expect(all.questions.find((q) => q.id === 'discriminatie_eerlijk_school')!.national).toBeNull();
	});

	it('is for the coalition only', async () => {
		for (const claims of [admin, editor, viewer, otherAdmin, signedIn(randomUUID())]) {
			await expectDbError(db.rpc(claims, 'national_results', { p_theme: null }), {
				code: 'PT403',
				hint: 'forbidden'
			});
		}
		await expectDbError(db.rpc(ANON, 'national_results', { p_theme: null }), { code: '42501' });
		await expectDbError(db.rpc(coalition, 'national_results', { p_theme: 'sport' }), {
			code: 'PT400',
			hint: 'invalid_theme'
		});
	});
});
