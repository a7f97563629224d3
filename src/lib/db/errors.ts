// Storage errors the app tells the child about: the device is full, or it keeps nothing at all.

/** IndexedDB said the device (or this site's share of it) is full. Dexie passes the DOM name on. */
export function isQuotaError(error: unknown): boolean {
	for (let e = error as { name?: string; inner?: unknown } | undefined; e;) {
		if (e.name === 'QuotaExceededError') return true;
		e = e.inner as typeof e;
	}
	return false;
}
