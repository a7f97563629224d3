// Asking the browser to keep our data (design §5.6): without it, a phone low on space may clear a
// site's storage, outbox included. Browsers decide for themselves; Firefox asks the user.

/** True when the data is (now) persistent; false when refused or not supported. */
export async function requestPersistence(): Promise<boolean> {
	try {
		const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
		if (!storage?.persist) return false;
		if (await storage.persisted?.()) return true;
		return await storage.persist();
	} catch {
		return false;
	}
}
