// Drafts: the answers of a scan in progress, written the moment each answer is given (design §5.1).
import { db, type Draft, type RechtOpDb } from './db';

/** The unfinished draft of a scan on this device, if any. */
export function draftFor(scanId: string, database: RechtOpDb = db()): Promise<Draft | undefined> {
	return database.drafts.where('scanId').equals(scanId).first();
}

/** Starts a draft; its id is the response id the server will get. */
export async function createDraft(
	scanId: string,
	locale: string,
	database: RechtOpDb = db(),
	now = Date.now()
): Promise<Draft> {
	const draft: Draft = {
		id: crypto.randomUUID(),
		scanId,
		locale,
		answers: {},
		position: 0,
		startedAt: now,
		updatedAt: now
	};
	await database.drafts.add(draft);
	return draft;
}

/**
 * Writes one change to a draft: only the fields given, so two tabs on the same draft do not undo
 * each other's answers. `undefined` as an answer removes it. False when the draft is gone.
 */
export async function updateDraft(
	id: string,
	change: {
		answer?: { questionId: string; value: unknown };
		ageBand?: string;
		position?: number;
		locale?: string;
	},
	database: RechtOpDb = db()
): Promise<boolean> {
	const fields: Record<string, unknown> = { updatedAt: Date.now() };
	if (change.answer) fields[`answers.${change.answer.questionId}`] = change.answer.value;
	if (change.ageBand !== undefined) fields.ageBand = change.ageBand;
	if (change.position !== undefined) fields.position = change.position;
	if (change.locale !== undefined) fields.locale = change.locale;
	return (await database.drafts.update(id, fields)) > 0;
}

export async function discardDraft(id: string, database: RechtOpDb = db()): Promise<void> {
	await database.drafts.delete(id);
}
