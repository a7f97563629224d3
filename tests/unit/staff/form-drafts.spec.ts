import { describe, expect, it } from 'vitest';
import { clearAllDrafts, clearDraft, loadDraft, saveDraft } from '$lib/staff/form-drafts';

/** A Storage in memory, like sessionStorage. */
function memoryStorage(): Storage {
	const items = new Map<string, string>();
	return {
		get length() {
			return items.size;
		},
		key: (i) => [...items.keys()][i] ?? null,
		getItem: (k) => items.get(k) ?? null,
		setItem: (k, v) => void items.set(k, String(v)),
		removeItem: (k) => void items.delete(k),
		clear: () => items.clear()
	};
}

describe('form drafts', () => {
	it('keeps a half-written form and gives it back', () => {
		const store = memoryStorage();
		saveDraft('invite', { email: 'nieuw@demodorp.test', role: 'viewer' }, store);
		expect(loadDraft('invite', store)).toEqual({ email: 'nieuw@demodorp.test', role: 'viewer' });
		clearDraft('invite', store);
		expect(loadDraft('invite', store)).toBeUndefined();
	});

	it('ignores what is not a draft object', () => {
		const store = memoryStorage();
		store.setItem('rechtop.draft.a', '{broken');
		store.setItem('rechtop.draft.b', '[1, 2]');
		expect(loadDraft('a', store)).toBeUndefined();
		expect(loadDraft('b', store)).toBeUndefined();
	});

	it('forgets every draft on signing out, and nothing else', () => {
		const store = memoryStorage();
		saveDraft('one', { a: 1 }, store);
		saveDraft('two', { b: 2 }, store);
		store.setItem('rechtop.locale', 'ar');
		clearAllDrafts(store);
		expect(store.length).toBe(1);
		expect(store.getItem('rechtop.locale')).toBe('ar');
	});

	it('keeps working when storage refuses', () => {
		const full = {
			...memoryStorage(),
			setItem: () => {
				throw new Error('QuotaExceededError');
			}
		} as Storage;
		expect(() => saveDraft('x', { a: 1 }, full)).not.toThrow();
		expect(loadDraft('x', undefined)).toBeUndefined();
	});
});
