// Receipts: proof, kept on the device, that the server has an item.
import { db, type RechtOpDb, type Receipt } from './db';

export function receiptFor(id: string, database: RechtOpDb = db()): Promise<Receipt | undefined> {
	return database.receipts.get(id);
}

/** Receipts of one scan or round, newest first. */
export async function receiptsFor(
	subjectId: string,
	database: RechtOpDb = db()
): Promise<Receipt[]> {
	const receipts = await database.receipts.where('subjectId').equals(subjectId).toArray();
	return receipts.sort((a, b) => b.receivedAt - a.receivedAt);
}
