// The kinds of item the outbox carries. The engine only knows their names; each kind brings how
// it is sent and which scan or round its receipt belongs to, so a new kind plugs in here.
import type { ItemKind, Transport } from './types';

export interface KindRegistry {
	register(name: string, kind: ItemKind): void;
	subjectId(name: string, payload: unknown): string;
	/** A transport that sends each batch with its kind's sender. */
	transport(): Transport;
}

export function createKindRegistry(): KindRegistry {
	const kinds = new Map<string, ItemKind>();
	return {
		register(name, kind) {
			kinds.set(name, kind);
		},
		subjectId(name, payload) {
			try {
				return kinds.get(name)?.subjectId(payload) ?? '';
			} catch {
				return '';
			}
		},
		transport() {
			return {
				send(name, payloads, signal) {
					const kind = kinds.get(name);
					// Unknown here (an older worker, say): keep it and try again later.
					if (!kind) return Promise.reject(new Error(`No sender for outbox items of kind ${name}`));
					return kind.send(payloads, signal);
				}
			};
		}
	};
}
