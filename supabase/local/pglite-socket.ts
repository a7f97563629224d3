// PGlite behind a PostgreSQL socket, for PostgREST, the auth stand-in and tests.
//
// PGlite is one session. pglite-socket 0.2.17 queues the protocol messages of all connections into
// it one by one and keeps a connection's turn only inside a transaction. An extended-query batch
// (Parse, Bind, Describe, Execute … Sync) is not a transaction, so the batches of two connections
// interleave and one binds its parameters to the other's unnamed statement: "invalid input syntax
// for type json", or worse, rows of the wrong query (electric-sql/pglite#1046). Here a connection
// keeps its turn from its first extended-query message up to its Sync, and a message that fails
// inside PGlite no longer stops the queue for everyone.
import type { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

interface QueuedMessage {
	handlerId: number;
	message: Uint8Array;
	resolve(bytes: number): void;
	reject(error: unknown): void;
	onData(data: Uint8Array): void;
}

/** The parts of pglite-socket's internal queue this module replaces or reads. */
interface QueryQueue {
	queue: QueuedMessage[];
	processing: boolean;
	lastHandlerId: number | null;
	processQueue(): Promise<void>;
	clearQueueForHandler(handlerId: number): void;
}

const code = (c: string) => c.charCodeAt(0);
/** Frontend messages of the extended query protocol that Sync ends. */
const EXTENDED = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map(code));
const SYNC = code('S');

function keepBatchesTogether(db: PGlite, q: QueryQueue) {
	/** The connection between its first extended-query message and its Sync. */
	let owner: number | null = null;

	q.processQueue = async () => {
		if (q.processing) return;
		q.processing = true;
		try {
			while (q.queue.length > 0) {
				const holder = owner ?? (db.isInTransaction() ? q.lastHandlerId : null);
				const index = holder === null ? 0 : q.queue.findIndex((m) => m.handlerId === holder);
				// The holder's next message has not arrived yet: the others wait for it.
				if (index < 0) break;
				const [item] = q.queue.splice(index, 1);
				const type = item.message[0];
				if (EXTENDED.has(type)) owner = item.handlerId;
				else if (type === SYNC) owner = null;
				try {
					let bytes = 0;
					await db.runExclusive(() =>
						db.execProtocolRawStream(item.message, {
							onRawData: (data) => {
								bytes += data.length;
								item.onData(data);
							}
						})
					);
					q.lastHandlerId = item.handlerId;
					item.resolve(bytes);
				} catch (error) {
					item.reject(error);
				}
			}
		} finally {
			q.processing = false;
		}
	};

	// A connection that goes away in the middle of a batch must not keep its turn.
	const clear = q.clearQueueForHandler.bind(q);
	q.clearQueueForHandler = (handlerId) => {
		clear(handlerId);
		if (owner === handlerId) {
			owner = null;
			void q.processQueue();
		}
	};
}

/** Starts a socket server on `db`; reject with EADDRINUSE when the port is taken. */
export async function startPgliteSocket(options: {
	db: PGlite;
	port: number;
	host?: string;
	maxConnections: number;
}): Promise<PGLiteSocketServer> {
	const server = new PGLiteSocketServer({ host: '127.0.0.1', ...options });
	const queue = (server as unknown as { queryQueue?: QueryQueue }).queryQueue;
	if (
		!queue ||
		!Array.isArray(queue.queue) ||
		typeof queue.processQueue !== 'function' ||
		typeof queue.clearQueueForHandler !== 'function'
	) {
		throw new Error(
			'pglite-socket changed its query queue: review supabase/local/pglite-socket.ts'
		);
	}
	keepBatchesTogether(options.db, queue);
	await server.start();
	return server;
}
