// Remembering what the child has seen. The Dexie-backed store is imported only when needed, so
// pages that merely show content never load Dexie to appear.
export const seenKey = {
	theme: (slug: string) => `theme:${slug}`,
	video: (id: string) => `video:${id}`
};

/** Marks something as seen; without storage (private mode) progress is simply not kept. */
export async function markSeen(key: string): Promise<void> {
	try {
		const progress = await import('$lib/db/progress');
		await progress.markSeen(key);
	} catch {
		// Progress is a nicety; never bother the child about it.
	}
}

export async function seenKeys(): Promise<Set<string>> {
	try {
		const progress = await import('$lib/db/progress');
		return await progress.seenKeys();
	} catch {
		return new Set();
	}
}
