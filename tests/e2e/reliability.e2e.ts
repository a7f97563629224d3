// Reliability of the outbox in a real browser (design §5): the page closed while a batch is in
// flight, a new app version deployed while a child is mid-scan, and the device database upgraded
// with items still queued. Each ends with nothing lost and nothing counted twice, checked against
// the database. A browser that keeps nothing (private mode) is covered in scan.e2e.ts.
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { E2E_PORT } from '../../playwright.config';
import { dbQuery, expect, test, waitForServiceWorker } from './fixtures';
import { DEVICE_SCHEMA_V1 as VERSION_1 } from '../fixtures/device-schema-v1';
import { ScanPage } from './pages/scan';

/** DEMO01 (supabase/seeds/10_scans.sql). */
const DEMO01_ID = '00000000-0000-4000-8000-0000000de001';

/** One item of a `submit_responses` reply. */
interface ItemReply {
	id: string;
	status: string;
	reason: string | null;
}

/** A response as the device sends it (`toSubmission`). */
interface Submission {
	id: string;
	age_band: string;
	answers: (
		{ question_id: string; value: string | string[] } | { question_id: string; text: string }
	)[];
}

/** What the server should hold of a response: the response, a row per value chosen, its texts. */
function rowsOf(payload: Submission) {
	return {
		responses: 1,
		answers: payload.answers.flatMap((a) => ('value' in a ? [a.value].flat() : [])).length,
		texts: payload.answers.filter((a) => 'text' in a).length
	};
}

/** The payload of an item in the device's outbox. */
function queued(page: Page, id: string): Promise<Submission> {
	return page.evaluate(
		(key) =>
			new Promise((resolve, reject) => {
				const opening = indexedDB.open('rechtop');
				opening.onerror = () => reject(opening.error);
				opening.onsuccess = () => {
					const db = opening.result;
					const get = db.transaction('outbox').objectStore('outbox').get(key);
					get.onsuccess = () => {
						resolve(get.result.payload);
						db.close();
					};
				};
			}),
		id
	);
}

/** What the server holds of one response. */
async function stored(id: string) {
	const [row] = await dbQuery<{ responses: number; answers: number; texts: number }>(
		`select (select count(*)::int from public.responses where id = $1) as responses,
			(select count(*)::int from public.answers where response_id = $1) as answers,
			(select count(*)::int from public.free_texts where response_id = $1) as texts`,
		[id]
	);
	return row;
}

/**
 * DEMO01's counters against its stored responses, per age band, in one statement (so one
 * snapshot, whatever other tests send meanwhile): a response counted twice shows here.
 */
async function expectCountedOnce() {
	const bands = await dbQuery<{ age_band: string; counted: number; stored: number }>(
		`select c.age_band, c.n as counted,
			(select count(*)::int from public.responses r
				where r.scan_id = c.scan_id and r.age_band = c.age_band) as stored
		from public.response_counts c where c.scan_id = $1 order by c.age_band`,
		[DEMO01_ID]
	);
	expect(bands.length).toBeGreaterThan(0);
	for (const band of bands)
		expect(band, `counter of ${band.age_band}`).toMatchObject({ counted: band.stored });
}

test('the page closed while a batch is in flight: sent again, stored once', async ({
	page,
	context
}) => {
	test.slow();
	let reached!: (reply: ItemReply[]) => void;
	const firstReply = new Promise<ItemReply[]>((resolve) => (reached = resolve));
	const laterReplies: ItemReply[] = [];
	let attempts = 0;
	// On the context: the resend may come from a page the service worker controls.
	await context.route('**/rest/v1/rpc/submit_responses', async (route) => {
		const attempt = ++attempts;
		const response = await route.fetch();
		const reply = (await response.json()) as ItemReply[];
		// The server stored the first batch; its reply never reaches the page, closed before.
		if (attempt === 1) return reached(reply);
		laterReplies.push(...reply);
		await route.fulfill({ response });
	});

	const scan = new ScanPage(page);
	await scan.open();
	await scan.start();
	await scan.chooseAge('16 tot en met 18 jaar');
	await scan.answerTheRest();
	await scan.send();
	const sent = await firstReply;
	expect(sent).toHaveLength(1);
	const [{ id }] = sent;
	expect(sent[0].status).toBe('stored');
	// The device cannot know: the item waits in the outbox, without a receipt.
	expect(await scan.device()).toEqual({ outbox: [id], receipts: [], drafts: [] });
	const rows = rowsOf(await queued(page, id));
	expect(await stored(id)).toEqual(rows);
	await page.close();

	// The child opens the app again: the engine sends the item again, the server knows it.
	const again = new ScanPage(await context.newPage());
	await again.page.goto('/');
	await expect
		.poll(() => again.device(), { timeout: 15_000 })
		.toEqual({ outbox: [], receipts: [id], drafts: [] });
	// Answered as known, however often it went (another tab or the worker may send it too).
	expect(laterReplies.length).toBeGreaterThan(0);
	for (const reply of laterReplies) expect(reply).toMatchObject({ id, status: 'duplicate' });
	expect(await stored(id)).toEqual(rows);
	await expectCountedOnce();
});

// ---------------------------------------------------------------- a new version deployed
// Chromium checks for a new service worker from the browser process, where Playwright's routes do
// not reach (checked with 1.65 and Chromium 156: the first fetch of the script is routed, the
// update check is not). So this test gets a host of its own: a proxy in front of the E2E stack
// that, once "deployed", serves the service worker with a few bytes more, as a real deploy does.
// The app, its backend and its database are the stack's.

/** Appended by the deploy: a new script for the browser, and a way to ask which one runs. */
const NEXT_VERSION = `
// the next version (tests/e2e/reliability.e2e.ts)
self.addEventListener('message', (event) => {
	if (event.data?.type === 'E2E_VERSION') event.ports[0]?.postMessage('next');
});
`;

interface Host {
	url: string;
	/** From now on the new version of the service worker is served. */
	deploy(): void;
	close(): Promise<void>;
}

async function startHost(): Promise<Host> {
	let deployed = false;
	const server = createServer((req, res) => {
		const worker = req.url === '/service-worker.js';
		const headers = { ...req.headers };
		// The new version is the old one with text appended: ask for it uncompressed.
		if (worker) delete headers['accept-encoding'];
		const upstream = request(
			{ host: '127.0.0.1', port: E2E_PORT, method: req.method, path: req.url, headers },
			(up) => {
				if (!worker || !deployed) {
					res.writeHead(up.statusCode ?? 502, up.headers);
					up.pipe(res);
					return;
				}
				const chunks: Buffer[] = [];
				up.on('data', (chunk: Buffer) => chunks.push(chunk));
				up.on('end', () => {
					const body = Buffer.concat([...chunks, Buffer.from(NEXT_VERSION)]);
					res.writeHead(up.statusCode ?? 502, { ...up.headers, 'content-length': body.length });
					res.end(body);
				});
			}
		);
		upstream.on('error', () => res.destroy());
		req.pipe(upstream);
	});
	await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		deploy: () => (deployed = true),
		close: () =>
			new Promise((closed) => {
				server.closeAllConnections();
				server.close(() => closed());
			})
	};
}

const onOwnHost = test.extend<{ host: Host }>({
	// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern
	host: async ({}, use) => {
		const host = await startHost();
		await use(host);
		await host.close();
	},
	baseURL: async ({ host }, use) => use(host.url)
});

/** Asks a service worker of the page which version it is; the one deployed first says nothing. */
function versionOf(page: Page, worker: 'controller' | 'waiting'): Promise<string | null> {
	return page.evaluate(async (which) => {
		const registration = await navigator.serviceWorker.getRegistration();
		const sw = which === 'controller' ? navigator.serviceWorker.controller : registration?.waiting;
		if (!sw) return null;
		const channel = new MessageChannel();
		const answer = new Promise<string | null>((resolve) => {
			channel.port1.onmessage = (event) => resolve(String(event.data));
			setTimeout(() => resolve(null), 1000);
		});
		sw.postMessage({ type: 'E2E_VERSION' }, [channel.port2]);
		return answer;
	}, worker);
}

onOwnHost(
	'a new version deployed mid-scan waits for the scan, then takes over when the child says so',
	async ({ page, context, host }) => {
		test.slow();
		let loads = 0;
		page.on('load', () => loads++);
		const scan = new ScanPage(page);
		const prompt = page.getByText('Er is een nieuwe versie van RechtOp.');

		// A child who used the app before: the installed version controls the page.
		await scan.open();
		await waitForServiceWorker(page);
		await scan.open();
		expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
		await scan.start();
		await scan.chooseAge('8 tot en met 11 jaar');
		await scan.choose('Mee eens');
		await scan.next();

		host.deploy();
		await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
		await expect.poll(() => versionOf(page, 'waiting'), { timeout: 15_000 }).toBe('next');
		expect(await versionOf(page, 'controller')).toBeNull();

		// Mid-scan: no prompt, no reload. Offline, so the answers are still queued at the update.
		await context.setOffline(true);
		await scan.answerTheRest();
		await expect(prompt).toBeHidden();
		await scan.send();
		await expect(scan.status).toContainText('1 antwoord wacht op internet.');
		const [id] = (await scan.device()).outbox;
		const rows = rowsOf(await queued(page, id));

		// Finished: now the prompt, and still nothing happened by itself.
		await expect(prompt).toBeVisible();
		await page.waitForTimeout(1000);
		expect(loads).toBe(2);
		expect(await versionOf(page, 'controller')).toBeNull();

		await page.getByRole('button', { name: 'Nu bijwerken' }).click();
		await expect.poll(() => loads).toBe(3);
		await expect(scan.heading).toBeVisible();
		expect(await versionOf(page, 'controller')).toBe('next');
		await expect(prompt).toBeHidden();
		expect(await scan.device()).toEqual({ outbox: [id], receipts: [], drafts: [] });

		await context.setOffline(false);
		await expect
			.poll(() => scan.device(), { timeout: 15_000 })
			.toEqual({ outbox: [], receipts: [id], drafts: [] });
		expect(await stored(id)).toEqual(rows);
		await expectCountedOnce();
	}
);

// ---------------------------------------------------------------- the device database upgraded
/** A finished DEMO01 scan as the scan page queues it (`toSubmission`), answers in scan order. */
function submission(ageBand: string, answers: Submission['answers']) {
	return {
		id: crypto.randomUUID(),
		scan_id: DEMO01_ID,
		age_band: ageBand,
		locale: 'nl',
		answered_at: new Date(Date.now() - 3_600_000).toISOString(),
		answers
	};
}

test('a device database of version 1 with queued items: upgraded, nothing lost, sent once', async ({
	page
}) => {
	test.slow();
	const now = Date.now();
	const payloads = [
		submission('12-15', [
			{ question_id: 'meedoen_thuis_gehoord', value: '4' },
			{ question_id: 'mentaal_wat_helpt', value: ['praten', 'dier'] },
			{ question_id: 'jeugdstrategie_open_vraag', text: 'Een skatebaan bij school' }
		]),
		submission('8-11', [{ question_id: 'jeugdstrategie_eerst_aanpakken', value: 'veilig' }]),
		submission('16-18', [
			{ question_id: 'meedoen_thuis_gehoord', value: '2' },
			{ question_id: 'onderwijs_veilig', value: '5' }
		])
	];
	const outbox = payloads.map((payload, i) => ({
		id: payload.id,
		kind: 'response',
		payload,
		queuedAt: now - 3_600_000,
		// the last one failed before and waits out its backoff
		attempts: i === 2 ? 3 : 0,
		nextAttemptAt: i === 2 ? now + 3_600_000 : now - 3_600_000,
		state: 'pending',
		...(i === 2 ? { lastError: 'network' } : {})
	}));
	const draft = {
		id: crypto.randomUUID(),
		scanId: DEMO01_ID,
		ageBand: '12-15',
		locale: 'nl',
		answers: { meedoen_thuis_gehoord: '4' },
		position: 1,
		startedAt: now - 600_000,
		updatedAt: now - 500_000
	};

	// A page of the origin that does not start the app, so the old database is made first.
	await page.goto('/icons/icon-192.png');
	await page.evaluate(
		async ({ schema, items, draft }) => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const opening = indexedDB.open('rechtop', 10);
				opening.onupgradeneeded = () => {
					for (const [name, spec] of Object.entries(schema)) {
						const [primary, ...indexes] = spec.split(',').map((part) => part.trim());
						const store = opening.result.createObjectStore(name, { keyPath: primary });
						for (const index of indexes) {
							const keyPath = index.replace(/^&/, '');
							store.createIndex(keyPath, keyPath, { unique: index.startsWith('&') });
						}
					}
				};
				opening.onsuccess = () => resolve(opening.result);
				opening.onerror = () => reject(opening.error);
			});
			const tx = db.transaction(['outbox', 'drafts'], 'readwrite');
			for (const item of items) tx.objectStore('outbox').add(item);
			tx.objectStore('drafts').add(draft);
			await new Promise((done, fail) => {
				tx.oncomplete = done;
				tx.onerror = () => fail(tx.error);
			});
			db.close();
		},
		{ schema: VERSION_1, items: outbox, draft }
	);

	const scan = new ScanPage(page);
	await scan.open();
	// The draft: the child goes on where they were.
	await expect(scan.progress).toHaveText(/^Vraag 2 van \d+$/);
	await scan.back();
	await expect(page.getByRole('radio', { name: 'Mee eens', exact: true })).toBeChecked();

	const ids = outbox.map((item) => item.id).sort();
	await expect
		.poll(() => scan.device(), { timeout: 15_000 })
		.toEqual({ outbox: [], receipts: ids, drafts: [draft.id] });
	const schema = await page.evaluate(
		() =>
			new Promise<{ version: number; outboxIndexes: string[] }>((resolve, reject) => {
				const opening = indexedDB.open('rechtop');
				opening.onerror = () => reject(opening.error);
				opening.onsuccess = () => {
					const db = opening.result;
					const indexes = db.transaction('outbox').objectStore('outbox').indexNames;
					resolve({ version: db.version, outboxIndexes: [...indexes].sort() });
					db.close();
				};
			})
	);
	expect(schema).toEqual({
		version: 20,
		outboxIndexes: ['[state+nextAttemptAt]', 'kind', 'nextAttemptAt', 'state']
	});

	for (const payload of payloads) {
		expect(await stored(payload.id), payload.age_band).toEqual(rowsOf(payload));
	}
	expect(await stored(draft.id)).toEqual({ responses: 0, answers: 0, texts: 0 });
	await expectCountedOnce();
});
