import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { markSeen, seenKeys } from '../../src/lib/db/progress';

describe('learning progress on the device', () => {
	it('remembers what was seen, once per key', async () => {
		expect(await seenKeys()).toEqual(new Set());
		await markSeen('theme:meedoen');
		await markSeen('video:clip-meedoen');
		await markSeen('theme:meedoen');
		expect(await seenKeys()).toEqual(new Set(['theme:meedoen', 'video:clip-meedoen']));
	});
});
