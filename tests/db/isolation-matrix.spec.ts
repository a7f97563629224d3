// Isolation between municipalities, proven from the catalog (issue 7). Every table in `public` and
// every function in `public` that anon or authenticated may execute is tried as each actor below,
// as PostgREST would run it (role and JWT claims, in a transaction that is rolled back), and each
// outcome is compared with the table of expectations here. A table or RPC that appears in the
// catalog without expectations fails; so does an expectation for something that is not there.
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { municipalities, openTestDb, users, type Claims } from './db.ts';
import { scans } from './scan-fixtures.ts';

const D = municipalities.demodorp;
const OUTSIDER = '00000000-0000-4000-8000-0000000000aa';

// ---------------------------------------------------------------- actors
const actors = {
	anon: { role: 'anon' },
	outsider: signed(OUTSIDER),
	viewer: signed(users.demodorpViewer),
	editor: signed(users.demodorpEditor),
	admin: signed(users.demodorpAdmin),
	otherAdmin: signed(users.voorbeeldstadAdmin),
	coalition: signed(users.coalition)
} satisfies Record<string, Claims>;
type Actor = keyof typeof actors;
const actorNames = Object.keys(actors) as Actor[];

function signed(sub: string): Claims {
	return { role: 'authenticated', sub, aud: 'authenticated' };
}

/** One outcome per actor, in the order anon, outsider, viewer, editor, admin, otherAdmin, coalition. */
type Row<T extends string> = [T, T, T, T, T, T, T];

// ---------------------------------------------------------------- expectations: tables
// `rows`: Demodorp's rows of the table (as the owner sees them); every operation targets them.
// select: `all` / `none` of those rows visible, `denied` (no privilege: PostgREST 401/403).
// insert: `allowed` (past privileges and row level security) or `denied`.
// update, delete: `all` / `none` of the rows changed, or `denied`.
type Seen = 'all' | 'none' | 'some' | 'denied';
type Inserted = 'allowed' | 'denied';
interface TableExpectation {
	/** The table, when the key names one set of its rows (`feedback_posts (drafts)`). */
	table?: string;
	rows: string;
	select: Row<Seen>;
	insert?: Row<Inserted>;
	update?: Row<Seen>;
	delete?: Row<Seen>;
}

const demodorpScans = `scan_id in (select id from public.scans where municipality_id = '${D}')`;
const demodorpResponses = `response_id in (select r.id from public.responses r join public.scans s on s.id = r.scan_id where s.municipality_id = '${D}')`;
const demodorpRounds = `round_id in (select id from public.vote_rounds where municipality_id = '${D}')`;

const nobody: Row<Seen> = ['denied', 'denied', 'denied', 'denied', 'denied', 'denied', 'denied'];
const members: Row<Seen> = ['denied', 'none', 'all', 'all', 'all', 'none', 'none'];
const everyone: Row<Seen> = ['all', 'all', 'all', 'all', 'all', 'all', 'all'];

const tables: Record<string, TableExpectation> = {
	municipalities: { rows: `id = '${D}'`, select: everyone },
	questions: { rows: 'true', select: everyone },
	memberships: { rows: `municipality_id = '${D}'`, select: members },
	coalition_members: {
		rows: 'true',
		select: ['denied', 'none', 'none', 'none', 'none', 'none', 'all']
	},
	invitations: { rows: `municipality_id = '${D}'`, select: nobody },
	scans: { rows: `municipality_id = '${D}'`, select: members },
	scan_questions: { rows: demodorpScans, select: members },
	responses: { rows: demodorpScans, select: nobody },
	answers: { rows: demodorpResponses, select: nobody },
	free_texts: {
		rows: demodorpResponses,
		select: ['denied', 'none', 'none', 'none', 'all', 'none', 'none']
	},
	answer_counts: { rows: demodorpScans, select: nobody },
	question_counts: { rows: demodorpScans, select: nobody },
	response_counts: { rows: demodorpScans, select: nobody },
	// "What we do with it": public once published, drafts for the municipality's members.
	feedback_posts: { rows: `${demodorpScans} and published_at is not null`, select: everyone },
	'feedback_posts (drafts)': {
		table: 'feedback_posts',
		rows: `${demodorpScans} and published_at is null`,
		select: ['none', 'none', 'all', 'all', 'all', 'none', 'none']
	},
	panels: { rows: `municipality_id = '${D}'`, select: members },
	vote_rounds: { rows: `municipality_id = '${D}'`, select: members },
	ballots: { rows: demodorpRounds, select: nobody },
	votes: { rows: demodorpRounds, select: nobody }
};

// ---------------------------------------------------------------- expectations: RPCs
// Outcomes: `ok`, `denied` (no execute privilege: PostgREST 401 for anon, 403 signed in), or
// `<HTTP status> <reason>` for the errors the function raises (SQLSTATE PTxyz → status xyz).
interface RpcExpectation {
	args: Record<string, unknown>;
	expect: Row<string>;
}

const DEMO_BALLOT = 'DEMA-AAAA';
const POINTS_ROUND = '00000000-0000-4000-8000-000000006001';
const CLOSED_ROUND = '00000000-0000-4000-8000-000000006002';
const FEEDBACK_POST = '00000000-0000-4000-8000-0000000fb001';
const DRAFT_FEEDBACK = '00000000-0000-4000-8000-0000000fbaaa';
const inAMonth = () => new Date(Date.now() + 30 * 86_400_000).toISOString();
const scanArgs = () => ({
	p_title: { nl: 'Matrixscan' },
	p_question_ids: '{onderwijs_veilig}',
	p_age_bands: '{12-15}',
	p_opens_at: null,
	p_closes_at: inAMonth()
});
const ANYONE = (outcome: string): Row<string> => [
	outcome,
	outcome,
	outcome,
	outcome,
	outcome,
	outcome,
	outcome
];
const STAFF_ONLY = (outcome: string): Row<string> => [
	'denied',
	outcome,
	outcome,
	outcome,
	outcome,
	outcome,
	outcome
];

const rpcs: Record<string, RpcExpectation> = {
	// young people, no account
	get_scan: { args: { p_join_code: 'DEMO01' }, expect: ANYONE('ok') },
	submit_responses: {
		args: {
			p_batch: [
				{
					id: randomUUID(),
					scan_id: scans.demo01,
					age_band: '12-15',
					locale: 'nl',
					answered_at: new Date().toISOString(),
					answers: [{ question_id: 'meedoen_thuis_gehoord', value: '4' }]
				}
			]
		},
		expect: ANYONE('ok')
	},
	scan_results: { args: { p_join_code: 'DEMO02' }, expect: ANYONE('ok') },
	scan_results_csv_rows: { args: { p_join_code: 'DEMO02', p_locale: 'nl' }, expect: ANYONE('ok') },
	find_published_scans: { args: { p_query: 'Demo' }, expect: ANYONE('ok') },
	get_ballot: { args: { p_ballot_code: DEMO_BALLOT }, expect: ANYONE('ok') },
	cast_votes: {
		args: {
			p_batch: [
				{
					id: randomUUID(),
					round_id: POINTS_ROUND,
					ballot_code: DEMO_BALLOT,
					ballot: { points: { meedoen: 10 } }
				}
			]
		},
		expect: ANYONE('ok')
	},
	round_results: { args: { p_round_id: CLOSED_ROUND }, expect: ANYONE('ok') },

	// staff of Demodorp
	create_scan: {
		args: { p_municipality_id: D, ...scanArgs() },
		expect: [
			'denied',
			'403 forbidden',
			'403 forbidden',
			'ok',
			'ok',
			'403 forbidden',
			'403 forbidden'
		]
	},
	update_scan: {
		args: { p_scan_id: scans.demo03, ...scanArgs() },
		expect: [
			'denied',
			'404 scan_not_found',
			'403 forbidden',
			'ok',
			'ok',
			'404 scan_not_found',
			'404 scan_not_found'
		]
	},
	open_scan: {
		args: { p_scan_id: scans.demo03 },
		expect: [
			'denied',
			'404 scan_not_found',
			'403 forbidden',
			'ok',
			'ok',
			'404 scan_not_found',
			'404 scan_not_found'
		]
	},
	close_scan: {
		args: { p_scan_id: scans.demo01 },
		expect: [
			'denied',
			'404 scan_not_found',
			'403 forbidden',
			'ok',
			'ok',
			'404 scan_not_found',
			'404 scan_not_found'
		]
	},
	publish_scan: {
		args: { p_scan_id: scans.demo02 },
		expect: [
			'denied',
			'404 scan_not_found',
			'403 forbidden',
			'409 invalid_transition',
			'409 invalid_transition',
			'404 scan_not_found',
			'404 scan_not_found'
		]
	},
	unpublish_scan: {
		args: { p_scan_id: scans.demo02 },
		expect: [
			'denied',
			'404 scan_not_found',
			'403 forbidden',
			'403 forbidden',
			'ok',
			'404 scan_not_found',
			'404 scan_not_found'
		]
	},
	scan_free_texts: {
		args: { p_scan_id: scans.demo02 },
		expect: [
			'denied',
			'403 forbidden',
			'403 forbidden',
			'403 forbidden',
			'ok',
			'403 forbidden',
			'403 forbidden'
		]
	},
	save_feedback: {
		args: {
			p_scan_id: scans.demo02,
			p_theme: 'onderwijs',
			p_stage: 'plan',
			p_body: { nl: 'We maken de schoolpleinen veiliger.' },
			p_publish: false
		},
		expect: [
			'denied',
			'404 scan_not_found',
			'403 forbidden',
			'ok',
			'ok',
			'404 scan_not_found',
			'404 scan_not_found'
		]
	},
	delete_feedback: {
		args: { p_id: FEEDBACK_POST },
		expect: [
			'denied',
			'404 feedback_not_found',
			'403 forbidden',
			'ok',
			'ok',
			'404 feedback_not_found',
			'404 feedback_not_found'
		]
	},
	scan_progress: {
		args: { p_scan_id: scans.demo01 },
		expect: [
			'denied',
			'404 scan_not_found',
			'ok',
			'ok',
			'ok',
			'404 scan_not_found',
			'404 scan_not_found'
		]
	},
	create_round: {
		args: {
			p_municipality_id: D,
			p_title: { nl: 'Matrixronde' },
			p_method: 'points',
			p_opens_at: new Date().toISOString(),
			p_closes_at: inAMonth()
		},
		expect: [
			'denied',
			'403 forbidden',
			'403 forbidden',
			'ok',
			'ok',
			'403 forbidden',
			'403 forbidden'
		]
	},
	open_round: {
		args: { p_round_id: POINTS_ROUND },
		expect: [
			'denied',
			'403 forbidden',
			'403 forbidden',
			'409 invalid_transition',
			'409 invalid_transition',
			'403 forbidden',
			'403 forbidden'
		]
	},
	close_round: {
		args: { p_round_id: POINTS_ROUND },
		expect: [
			'denied',
			'403 forbidden',
			'403 forbidden',
			'ok',
			'ok',
			'403 forbidden',
			'403 forbidden'
		]
	},
	issue_ballots: {
		args: { p_round_id: POINTS_ROUND, p_count: 1 },
		expect: [
			'denied',
			'403 forbidden',
			'403 forbidden',
			'ok',
			'ok',
			'403 forbidden',
			'403 forbidden'
		]
	},
	round_status: {
		args: { p_round_id: POINTS_ROUND },
		expect: ['denied', '403 forbidden', 'ok', 'ok', 'ok', '403 forbidden', '403 forbidden']
	},

	// accounts and roles
	staff_context: { args: {}, expect: STAFF_ONLY('ok') },
	accept_invitations: { args: {}, expect: STAFF_ONLY('ok') },
	dashboard: {
		args: { p_municipality_id: D },
		expect: ['denied', '403 forbidden', 'ok', 'ok', 'ok', '403 forbidden', '403 forbidden']
	},
	list_members: {
		args: { p_municipality_id: D },
		expect: [
			'denied',
			'403 forbidden',
			'403 forbidden',
			'403 forbidden',
			'ok',
			'403 forbidden',
			'403 forbidden'
		]
	},
	invite_member: {
		args: { p_municipality_id: D, p_email: 'matrix@demodorp.test', p_role: 'viewer' },
		expect: [
			'denied',
			'403 forbidden',
			'403 forbidden',
			'403 forbidden',
			'ok',
			'403 forbidden',
			'403 forbidden'
		]
	},
	revoke_invitation: {
		args: { p_invitation_id: '00000000-0000-4000-8000-0000000001aa' },
		expect: [
			'denied',
			'404 invitation_not_found',
			'403 forbidden',
			'403 forbidden',
			'ok',
			'404 invitation_not_found',
			'404 invitation_not_found'
		]
	},
	change_member_role: {
		args: { p_municipality_id: D, p_user_id: users.demodorpViewer, p_role: 'editor' },
		expect: [
			'denied',
			'403 forbidden',
			'403 forbidden',
			'403 forbidden',
			'ok',
			'403 forbidden',
			'403 forbidden'
		]
	},
	// The target is the editor: removing yourself (leaving) is allowed, removing others only for admins.
	remove_member: {
		args: { p_municipality_id: D, p_user_id: users.demodorpEditor },
		expect: [
			'denied',
			'403 forbidden',
			'403 forbidden',
			'ok',
			'ok',
			'403 forbidden',
			'403 forbidden'
		]
	},

	// the coalition's national overview
	national_results: {
		args: { p_theme: 'meedoen' },
		expect: [
			'denied',
			'403 forbidden',
			'403 forbidden',
			'403 forbidden',
			'403 forbidden',
			'403 forbidden',
			'ok'
		]
	}
};

// ---------------------------------------------------------------- the database and its catalog
const db = await openTestDb();
afterAll(() => db.close());

// A signed-in account without any membership, and rows Demodorp's seed does not have.
await db.sql.query(
	`insert into auth.users (instance_id, id, aud, role, email, email_confirmed_at)
	 values ('00000000-0000-0000-0000-000000000000', $1, 'authenticated', 'authenticated', 'outsider@elders.test', now())`,
	[OUTSIDER]
);
await db.sql.query(
	`insert into public.invitations (id, municipality_id, email, role, invited_by)
	 values ('00000000-0000-4000-8000-0000000001aa', $1, 'kandidaat@demodorp.test', 'editor', $2)`,
	[D, users.demodorpAdmin]
);

// A draft feedback post (the seed's are all published).
await db.sql.query(
	`insert into public.feedback_posts (id, scan_id, theme, stage, body, created_by)
	 values ($1, $2, 'zorg', 'plan', '{"nl": "Nog niet af."}', $3)`,
	[DRAFT_FEEDBACK, scans.demo02, users.demodorpEditor]
);

const catalogTables = (
	await db.sql.query<{ name: string }>(
		`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
		 where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'f') order by 1`
	)
).map((r) => r.name);

const catalogRpcs = await db.sql.query<{ name: string; signature: string; returns_set: boolean }>(
	`select p.proname as name, p.oid::regprocedure::text as signature, p.proretset as returns_set
	 from pg_proc p join pg_namespace n on n.oid = p.pronamespace
	 where n.nspname = 'public' and p.prokind in ('f', 'p')
	   and (has_function_privilege('anon', p.oid, 'execute')
	        or has_function_privilege('authenticated', p.oid, 'execute'))
	 order by 1`
);

// ---------------------------------------------------------------- trying things
interface PgError {
	code?: string;
	hint?: string;
	message: string;
}

function outcomeOf(error: PgError): string {
	if (error.code === '42501') return 'denied';
	const status = /^PT(\d{3})$/.exec(error.code ?? '')?.[1];
	if (status) return `${status} ${error.hint ?? error.message}`;
	return `error ${error.code}: ${error.message}`;
}

/** Runs `text` as `claims` in a transaction that is always rolled back. */
async function attempt<T>(claims: Claims, text: string, params: unknown[] = []) {
	await db.sql.exec('begin');
	try {
		await db.sql.query(
			`select set_config('role', $1, true), set_config('request.jwt.claims', $2, true)`,
			[claims.role, JSON.stringify(claims)]
		);
		return { rows: await db.sql.query<T>(text, params) };
	} catch (error) {
		return { error: error as PgError };
	} finally {
		await db.sql.exec('rollback');
	}
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function tryTable(table: string, expectation: TableExpectation) {
	const target = (
		await db.sql.query<{ tid: string }>(
			`select ctid::text as tid from public.${ident(table)} where ${expectation.rows}`
		)
	).map((r) => r.tid);
	if (target.length === 0) {
		throw new Error(
			`public.${table} has no rows matching "${expectation.rows}" to try: add a fixture`
		);
	}
	const columns = (
		await db.sql.query<{ name: string }>(
			`select a.attname as name from pg_attribute a
			 where a.attrelid = $1::regclass and a.attnum > 0 and not a.attisdropped
			   and a.attgenerated = '' and a.attidentity <> 'a'
			 order by a.attnum`,
			[`public.${ident(table)}`]
		)
	).map((r) => ident(r.name));
	const [sample] = await db.sql.query<{ row: unknown }>(
		`select to_jsonb(t) as row from public.${ident(table)} t where ${expectation.rows} limit 1`
	);
	const where = `ctid = any ($1::tid[])`;
	const seen = (n: number): Seen => (n === 0 ? 'none' : n === target.length ? 'all' : 'some');
	const result: Record<string, Record<Actor, string>> = {
		select: {},
		insert: {},
		update: {},
		delete: {}
	} as never;
	for (const actor of actorNames) {
		const claims = actors[actor];
		const select = await attempt<{ n: number }>(
			claims,
			`select count(*)::int as n from public.${ident(table)} where ${where}`,
			[target]
		);
		result.select[actor] = select.error ? outcomeOf(select.error) : seen(select.rows![0].n);
		const insert = await attempt(
			claims,
			`insert into public.${ident(table)} (${columns.join(', ')})
			 select ${columns.join(', ')} from jsonb_populate_record(null::public.${ident(table)}, $1::jsonb)`,
			[JSON.stringify(sample.row)]
		);
		// A unique or foreign key violation means the row got past privileges and row level security.
		result.insert[actor] =
			!insert.error || insert.error.code !== '42501' ? 'allowed' : outcomeOf(insert.error);
		const update = await attempt<{ n: number }>(
			claims,
			`with changed as (update public.${ident(table)} set ${columns[0]} = ${columns[0]} where ${where} returning 1)
			 select count(*)::int as n from changed`,
			[target]
		);
		result.update[actor] = update.error ? outcomeOf(update.error) : seen(update.rows![0].n);
		const remove = await attempt<{ n: number }>(
			claims,
			`with gone as (delete from public.${ident(table)} where ${where} returning 1)
			 select count(*)::int as n from gone`,
			[target]
		);
		result.delete[actor] = remove.error ? outcomeOf(remove.error) : seen(remove.rows![0].n);
	}
	return result;
}

async function tryRpc(name: string, expectation: RpcExpectation) {
	const names = Object.keys(expectation.args);
	const list = names.map((n, i) => `${n} => $${i + 1}`).join(', ');
	const values = names.map((n) => {
		const v = expectation.args[n];
		return v !== null && typeof v === 'object' ? JSON.stringify(v) : v;
	});
	const result = {} as Record<Actor, string>;
	for (const actor of actorNames) {
		const outcome = await attempt(
			actors[actor],
			`select * from public.${ident(name)}(${list})`,
			values
		);
		result[actor] = outcome.error ? outcomeOf(outcome.error) : 'ok';
	}
	return result;
}

const byActor = <T extends string>(row: Row<T>) =>
	Object.fromEntries(actorNames.map((actor, i) => [actor, row[i]])) as Record<Actor, T>;

// ---------------------------------------------------------------- the matrix
describe('isolation matrix: coverage of the catalog', () => {
	it('has expectations for every table in public', () => {
		const covered = new Set(Object.entries(tables).map(([key, e]) => e.table ?? key));
		const missing = catalogTables.filter((t) => !covered.has(t));
		expect(missing, 'tables in public without expectations in this test').toEqual([]);
	});

	it('has expectations for every RPC that anon or authenticated may execute', () => {
		const missing = catalogRpcs.filter((f) => !(f.name in rpcs)).map((f) => f.signature);
		expect(missing, 'RPCs without expectations in this test').toEqual([]);
		const overloaded = catalogRpcs
			.filter((f, i) => catalogRpcs.findIndex((g) => g.name === f.name) !== i)
			.map((f) => f.signature);
		expect(overloaded, 'overloaded RPCs (PostgREST picks one by argument names)').toEqual([]);
	});

	it('finds everything it has expectations for in the catalog', () => {
		const tablesNotThere = Object.entries(tables)
			.map(([key, e]) => e.table ?? key)
			.filter((t) => !catalogTables.includes(t));
		const rpcsNotThere = Object.keys(rpcs).filter((f) => !catalogRpcs.some((r) => r.name === f));
		expect(
			{ tables: tablesNotThere, rpcs: rpcsNotThere },
			'expected in public but not (yet) in the migrations, or not executable by anon/authenticated'
		).toEqual({ tables: [], rpcs: [] });
	});
});

describe('isolation matrix: tables', () => {
	const present = Object.keys(tables).filter((key) =>
		catalogTables.includes(tables[key].table ?? key)
	);
	it.each(present)('%s', async (key) => {
		const expectation = tables[key];
		const actual = await tryTable(expectation.table ?? key, expectation);
		expect(actual).toEqual({
			select: byActor(expectation.select),
			insert: byActor(expectation.insert ?? (nobody as Row<string> as Row<Inserted>)),
			update: byActor(expectation.update ?? nobody),
			delete: byActor(expectation.delete ?? nobody)
		});
	});
});

describe('isolation matrix: RPCs', () => {
	const present = [...new Set(catalogRpcs.map((f) => f.name))].filter((f) => f in rpcs);
	it.each(present)('%s', async (name) => {
		const expectation = rpcs[name];
		expect(await tryRpc(name, expectation)).toEqual(byActor(expectation.expect));
	});
});
