// A fake server with the submit_responses rules that matter for sync (idempotent on the id,
// `duplicate` for the same content, `conflict` for other content, per-item rejections), a
// transport in front of it that fails in every way on demand, and timers the test controls.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { RechtOpDb } from '../../../src/lib/db/db';
import { createOutboxStore } from '../../../src/lib/db/outbox';
import { SyncEngine, type SyncEngineOptions, type Timers } from '../../../src/lib/sync/engine';
import type { BatchReply, ItemResult, SyncLock, Transport } from '../../../src/lib/sync/types';

export class FakeServer {
	/** id → JSON of what was stored. */
	readonly stored = new Map<string, string>();
	/** Ids in every request that reached the server, in order. */
	readonly received: string[][] = [];

	handle(payloads: unknown[]): ItemResult[] {
		this.received.push(payloads.map((p) => (p as { id: string }).id));
		return payloads.map((payload) => {
			const item = payload as { id: string; reject?: string };
			const content = JSON.stringify(payload);
			const before = this.stored.get(item.id);
			if (before !== undefined) {
				return before === content
					? { id: item.id, status: 'duplicate' }
					: { id: item.id, status: 'rejected', reason: 'conflict' };
			}
			if (item.reject) return { id: item.id, status: 'rejected', reason: item.reject };
			this.stored.set(item.id, content);
			return { id: item.id, status: 'stored' };
		});
	}
}

/** What the transport does on one call. */
export type Behaviour =
	| 'ok'
	| 'network'
	| 'hang'
	/** The server stores the batch, then the reply is lost on the way back. */
	| 'lost'
	| { status: number; hint?: string; retryAfterMs?: number }
	/** The server stores everything but replies for the first `answered` items only. */
	| { partial: number };

export class FakeTransport implements Transport {
	readonly calls: { kind: string; ids: string[] }[] = [];
	readonly script: Behaviour[] = [];
	aborted = 0;
	inFlight = 0;
	maxInFlight = 0;
	/** Milliseconds each request takes. */
	latencyMs = 0;
	/** Items the server cannot read: a batch with one of them is refused whole with a 400. */
	readonly unreadable = new Set<string>();

	constructor(readonly server: FakeServer) {}

	async send(kind: string, payloads: unknown[], signal: AbortSignal): Promise<BatchReply> {
		const behaviour = this.script.shift() ?? 'ok';
		this.calls.push({ kind, ids: payloads.map((p) => (p as { id: string }).id) });
		this.inFlight++;
		this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
		try {
			if (this.latencyMs) await new Promise((r) => setTimeout(r, this.latencyMs));
			if (behaviour === 'hang') {
				await new Promise<void>((resolve) =>
					signal.addEventListener('abort', () => {
						this.aborted++;
						resolve();
					})
				);
				return { ok: false, failure: { type: 'network' } };
			}
			if (behaviour === 'network') return { ok: false, failure: { type: 'network' } };
			if (payloads.some((p) => this.unreadable.has((p as { id: string }).id))) {
				return { ok: false, failure: { type: 'http', status: 400 } };
			}
			if (behaviour === 'lost') {
				this.server.handle(payloads);
				throw new TypeError('Failed to fetch');
			}
			if (typeof behaviour === 'object' && 'status' in behaviour) {
				return { ok: false, failure: { type: 'http', ...behaviour } };
			}
			const results = this.server.handle(payloads);
			if (typeof behaviour === 'object' && 'partial' in behaviour) {
				return { ok: true, results: results.slice(0, behaviour.partial) };
			}
			return { ok: true, results };
		} finally {
			this.inFlight--;
		}
	}
}

/** Timers that fire only when the test says so. */
export class ManualTimers implements Timers {
	readonly pending = new Map<number, { callback: () => void; ms: number }>();
	#next = 1;

	set(callback: () => void, ms: number): unknown {
		const handle = this.#next++;
		this.pending.set(handle, { callback, ms });
		return handle;
	}

	clear(handle: unknown): void {
		this.pending.delete(handle as number);
	}

	/** Delays of the timers now waiting. */
	get delays(): number[] {
		return [...this.pending.values()].map((t) => t.ms);
	}
}

export class Clock {
	constructor(public time = Date.UTC(2026, 11, 1, 9)) {}
	now = () => this.time;
	advance(ms: number) {
		this.time += ms;
	}
}

let counter = 0;
export function freshDbName(): string {
	return `rechtop-test-${process.pid}-${++counter}`;
}

export function openDb(name: string): RechtOpDb {
	return new RechtOpDb(name);
}

export async function deleteDb(name: string): Promise<void> {
	await Dexie.delete(name);
}

/** Ids like the device makes them. */
export function responseId(n: number): string {
	return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

export async function queue(
	database: RechtOpDb,
	count: number,
	now: number,
	extra: (n: number) => Record<string, unknown> = () => ({}),
	start = 1
): Promise<string[]> {
	const ids: string[] = [];
	await database.outbox.bulkAdd(
		Array.from({ length: count }, (_, i) => {
			const id = responseId(start + i);
			ids.push(id);
			return {
				id,
				kind: 'response' as const,
				payload: { id, scan_id: 'scan-1', answers: [], ...extra(start + i) },
				queuedAt: now + i,
				attempts: 0,
				nextAttemptAt: now,
				state: 'pending' as const
			};
		})
	);
	return ids;
}

/** Runs the task at once: one tab. */
export const noLock: SyncLock = async (task) => ({ acquired: true, value: await task() });

export function makeEngine(
	database: RechtOpDb,
	transport: Transport,
	options: Partial<SyncEngineOptions> & { clock?: Clock } = {}
): SyncEngine {
	const clock = options.clock ?? new Clock();
	return new SyncEngine({
		store: createOutboxStore(
			database,
			(_kind, payload) => (payload as { scan_id: string }).scan_id
		),
		transport,
		lock: noLock,
		now: clock.now,
		random: () => 0.5,
		timers: new ManualTimers(),
		timeoutMs: 200,
		...options
	});
}
