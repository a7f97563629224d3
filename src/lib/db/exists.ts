// Whether the device database was ever created, answered without loading Dexie: the home page
// asks this before it loads anything else.
export async function deviceDatabaseExists(name = 'rechtop'): Promise<boolean> {
	if (typeof indexedDB === 'undefined') return false;
	// Browsers without `databases()` (older Firefox): assume yes; the caller then asks Dexie.
	if (typeof indexedDB.databases !== 'function') return true;
	try {
		return (await indexedDB.databases()).some((info) => info.name === name);
	} catch {
		return false;
	}
}
