// Repository of the `progress` store: what the child has seen while learning. Stays on the device.
import { db } from './db';

export async function markSeen(key: string): Promise<void> {
	await db().progress.put({ key, seenAt: Date.now() });
}

export async function seenKeys(): Promise<Set<string>> {
	return new Set(await db().progress.toCollection().primaryKeys());
}
