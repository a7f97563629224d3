// Joined scans: the whole scan (every question, every language) as `get_scan` gave it, so that it
// can be answered with no network from then on.
import { isScanData, type ScanData } from '$lib/scan/model';
import { joinKey } from '$lib/scan/join-code';
import { db, type RechtOpDb } from './db';

export interface JoinedScanSummary {
	scan: ScanData;
	joinedAt: number;
	/** An unfinished draft of this scan is on the device. */
	inProgress: boolean;
	/** Answers to this scan were sent from this device and the server has them. */
	received: boolean;
}

export async function saveJoinedScan(
	scan: ScanData,
	database: RechtOpDb = db(),
	now = Date.now()
): Promise<void> {
	await database.transaction('rw', database.scans, async () => {
		const existing = await database.scans.get(scan.id);
		await database.scans.put({
			id: scan.id,
			joinKey: joinKey(scan.join_code),
			scan,
			joinedAt: existing?.joinedAt ?? now
		});
	});
}

/** The joined scan a code (in any spelling) belongs to. */
export async function joinedScanByCode(
	code: string,
	database: RechtOpDb = db()
): Promise<ScanData | undefined> {
	const row = await database.scans.where('joinKey').equals(joinKey(code)).first();
	return row && isScanData(row.scan) ? row.scan : undefined;
}

/** Every joined scan, most recently joined first, with what this device did with it. */
export async function joinedScans(database: RechtOpDb = db()): Promise<JoinedScanSummary[]> {
	return database.transaction('r', database.scans, database.drafts, database.receipts, async () => {
		const rows = (await database.scans.toArray()).sort((a, b) => b.joinedAt - a.joinedAt);
		return Promise.all(
			rows
				.filter((row) => isScanData(row.scan))
				.map(async (row) => ({
					scan: row.scan as ScanData,
					joinedAt: row.joinedAt,
					inProgress: (await database.drafts.where('scanId').equals(row.id).count()) > 0,
					received: (await database.receipts.where('subjectId').equals(row.id).count()) > 0
				}))
		);
	});
}
