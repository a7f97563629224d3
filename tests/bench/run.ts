// `npm run bench`: every figure of design §8 and the issues in one table. Builds the app into its own
// folder, starts the local stack on it for the page figures (JavaScript, Lighthouse), then runs the
// database benches against the PostgreSQL on 127.0.0.1:5432.
//
//   npm run bench [-- --quick]   (--quick: smaller data for the database benches)
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { budgets as lighthouseBudgets, runLighthouse } from './lighthouse.ts';

const { values: opts } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const PORT = 4373;
const origin = `http://127.0.0.1:${PORT}`;
const build = { RECHTOP_KIT_DIR: '.local/bench-kit', RECHTOP_BUILD_DIR: '.local/bench-build' };
const pages = ['/', '/leren/meedoen', '/s/DEMO01', '/uitslagen/DEMO02', '/stem#DEMA-EEEE'];

type Row = { area: string; figure: string; value: string; target: string; met: string };
const rows: Row[] = [];
const add = (area: string, figure: string, value: string, target = '', met?: boolean) =>
	rows.push({ area, figure, value, target, met: met === undefined ? '' : met ? 'yes' : 'NO' });

/** Runs a bench script with BENCH_JSON=1 and returns the JSON on its last line of output. */
function runJson<T>(args: string[], env: Record<string, string> = {}): T {
	let out: string;
	try {
		out = execFileSync('npx', ['tsx', ...args], {
			env: { ...process.env, BENCH_JSON: '1', ...env },
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'inherit'],
			maxBuffer: 64 * 1024 * 1024
		});
	} catch (error) {
		// A script that misses a target exits 1 after printing its figures: the table says so.
		out = String((error as { stdout?: string }).stdout ?? '');
	}
	process.stderr.write(out);
	const last = out
		.trim()
		.split('\n')
		.reverse()
		.find((line) => /^[[{]/.test(line));
	if (!last) throw new Error(`No figures from ${args.join(' ')}`);
	return JSON.parse(last) as T;
}

async function withStack<T>(fn: () => Promise<T>): Promise<T> {
	const stack: ChildProcess = spawn(
		'npx',
		[
			'tsx',
			'supabase/local/stack.ts',
			'--fresh',
			'--quiet',
			`--port=${PORT}`,
			'--data=.local/bench-pgdata',
			`--build=${build.RECHTOP_BUILD_DIR}`
		],
		{ stdio: 'inherit', detached: true }
	);
	try {
		for (let i = 0; ; i++) {
			if (
				await fetch(origin).then(
					(r) => r.ok,
					() => false
				)
			)
				break;
			if (i > 600) throw new Error('The local stack did not start.');
			await new Promise((r) => setTimeout(r, 200));
		}
		return await fn();
	} finally {
		process.kill(-stack.pid!, 'SIGINT');
		await new Promise((r) => stack.once('exit', r));
	}
}

console.error(`Building into ${build.RECHTOP_BUILD_DIR} …`);
execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
	env: { ...process.env, ...build },
	stdio: 'inherit'
});

await withStack(async () => {
	const js = runJson<
		{ path: string; gzip: number; budget?: number; target?: number; ok: boolean }[]
	>([
		'tests/bench/js-size.ts',
		...pages,
		`--build=${build.RECHTOP_BUILD_DIR}`,
		`--origin=${origin}`,
		'--json'
	]);
	for (const page of js) {
		add(
			'JavaScript (gzip)',
			page.path,
			`${page.gzip} B`,
			page.target ? `≤ ${page.target} B (CI ceiling ${page.budget} B)` : '',
			page.target ? page.gzip <= page.target : undefined
		);
	}
	for (const page of await runLighthouse(origin, pages)) {
		for (const category of ['performance', 'accessibility', 'best-practices'] as const) {
			const target = lighthouseBudgets[category];
			add(
				`Lighthouse ${category}`,
				page.path,
				page[category].toFixed(2),
				`≥ ${target}`,
				page[category] >= target
			);
		}
	}
});

const ingest = runJson<{
	batched_per_s: number;
	naive_per_s: number;
	ratio: number;
	answers_per_response: number;
	replay_exact: boolean;
}>(['tests/bench/ingest.ts'], opts.quick ? { BENCH_BATCHED: '5000', BENCH_NAIVE: '1000' } : {});
add(
	'Ingest',
	`batched, ${ingest.answers_per_response} answers each`,
	`${Math.round(ingest.batched_per_s)} responses/s`,
	'≥ 2500',
	ingest.batched_per_s >= 2500
);
add(
	'Ingest',
	'naive (insert per response + answers)',
	`${Math.round(ingest.naive_per_s)} responses/s`
);
add('Ingest', 'batched / naive', `${ingest.ratio.toFixed(1)}×`, '≥ 10×', ingest.ratio >= 10);
add(
	'Ingest',
	'1,000 responses replayed 3× with faults',
	ingest.replay_exact ? 'exactly 1,000 stored' : 'NOT exact',
	'exactly once',
	ingest.replay_exact
);

const results = runJson<{
	published_median_ms: number;
	published_p95_ms: number;
	raw_median_ms: number;
}>(['tests/bench/scan-results.ts'], opts.quick ? { BENCH_RESPONSES: '20000' } : {});
add(
	'scan_results',
	`${opts.quick ? '20,000' : '100,000'} responses × 40 questions, median`,
	`${results.published_median_ms.toFixed(1)} ms`,
	'< 50 ms',
	results.published_median_ms < 50
);
add('scan_results', 'p95', `${results.published_p95_ms.toFixed(1)} ms`);
add(
	'scan_results',
	'same figures by grouping raw answers',
	`${results.raw_median_ms.toFixed(0)} ms`
);

const load = runJson<{
	responses_per_second: number;
	seconds: number;
	responses_in_database: number;
	response_counter: number;
	responses_acknowledged: number;
	responses_cut_off_and_sent_again: number;
}>(['tests/bench/load.ts', '--json', ...(opts.quick ? ['--seconds=15'] : [])]);
add(
	'Load',
	`${load.seconds} s of scans through PostgREST`,
	`${load.responses_per_second} responses/s`,
	'≥ 1000',
	load.responses_per_second >= 1000
);
add(
	'Load',
	`stored = counted = acknowledged (${load.responses_cut_off_and_sent_again} cut off, sent again)`,
	`${load.responses_in_database} = ${load.response_counter} = ${load.responses_acknowledged}`,
	'exact',
	load.responses_in_database === load.responses_acknowledged &&
		load.response_counter === load.responses_acknowledged
);

const width = (key: keyof Row) => Math.max(key.length, ...rows.map((r) => r[key].length));
const keys: (keyof Row)[] = ['area', 'figure', 'value', 'target', 'met'];
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(width(keys[i]))).join('  ');
console.log(
	`\nRechtOp figures · load average ${loadavg()
		.map((n) => n.toFixed(1))
		.join(' ')} · ${new Date().toISOString()}`
);
console.log(line(keys));
console.log(keys.map((k) => '-'.repeat(width(k))).join('  '));
for (const row of rows) console.log(line(keys.map((k) => row[k])));
