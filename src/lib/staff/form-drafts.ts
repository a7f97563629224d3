// Half-written staff forms, kept in sessionStorage (this tab only, gone when it closes) so that a
// session that ends, a sign-in again or a reload loses nothing. Passwords are never kept.
// Plain TypeScript, tested in Node.

const prefix = 'rechtop.draft.';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

function sessionStore(): Store | undefined {
	try {
		return globalThis.sessionStorage;
	} catch {
		// Storage can be blocked (private mode, strict settings): drafts then live in memory only.
		return undefined;
	}
}

export function loadDraft<T extends object>(
	key: string,
	store = sessionStore()
): Partial<T> | undefined {
	try {
		const text = store?.getItem(prefix + key);
		if (!text) return undefined;
		const value: unknown = JSON.parse(text);
		return typeof value === 'object' && value !== null && !Array.isArray(value)
			? (value as Partial<T>)
			: undefined;
	} catch {
		return undefined;
	}
}

export function saveDraft(key: string, value: object, store = sessionStore()): void {
	try {
		store?.setItem(prefix + key, JSON.stringify(value));
	} catch {
		// Full or blocked: the form still works, only without a safety copy.
	}
}

export function clearDraft(key: string, store = sessionStore()): void {
	try {
		store?.removeItem(prefix + key);
	} catch {
		// nothing to clear
	}
}

/** On signing out on purpose: nothing of the forms stays behind on a shared computer. */
export function clearAllDrafts(store = sessionStore()): void {
	if (!store) return;
	try {
		const keys: string[] = [];
		for (let i = 0; i < store.length; i++) {
			const key = store.key(i);
			if (key?.startsWith(prefix)) keys.push(key);
		}
		for (const key of keys) store.removeItem(key);
	} catch {
		// nothing to clear
	}
}
