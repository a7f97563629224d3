import { describe, expect, it } from 'vitest';
import {
	VIDEO_CACHE,
	VideoSaveError,
	isVideoSaved,
	removeVideo,
	saveVideo,
	videoFiles
} from '../../src/lib/content/video-cache';

const clip = { id: 'clip-meedoen', captions: ['nl', 'en'] as ('nl' | 'en')[] };

/** Cache Storage in memory, with an optional limit on the number of stored files. */
function fakeCaches(limit = Infinity) {
	const stores = new Map<string, Map<string, Response>>();
	return {
		stores,
		async open(name: string) {
			const store = stores.get(name) ?? new Map<string, Response>();
			stores.set(name, store);
			return {
				async match(url: string) {
					return store.get(url);
				},
				async put(url: string, response: Response) {
					if (store.size >= limit) throw new DOMException('full', 'QuotaExceededError');
					store.set(url, response);
				},
				async delete(url: string) {
					return store.delete(url);
				}
			} as unknown as Cache;
		}
	};
}

const served =
	(status = 200) =>
	async () =>
		new Response('bytes', { status });

describe('video cache', () => {
	it('lists the clip, its poster and a caption file per locale', () => {
		expect(videoFiles(clip)).toEqual([
			'/videos/clip-meedoen.webm',
			'/videos/clip-meedoen.jpg',
			'/videos/clip-meedoen.nl.vtt',
			'/videos/clip-meedoen.en.vtt'
		]);
	});

	it('saves every file in the cache the service worker reads, then removes them', async () => {
		const storage = fakeCaches();
		expect(await isVideoSaved(clip, storage)).toBe(false);
		await saveVideo(clip, storage, served());
		expect([...storage.stores.get(VIDEO_CACHE)!.keys()]).toEqual(videoFiles(clip));
		expect(await isVideoSaved(clip, storage)).toBe(true);
		await removeVideo(clip, storage);
		expect(storage.stores.get(VIDEO_CACHE)!.size).toBe(0);
		expect(await isVideoSaved(clip, storage)).toBe(false);
	});

	it('says "network" and keeps nothing when a file cannot be downloaded', async () => {
		const storage = fakeCaches();
		const error = await saveVideo(clip, storage, served(206)).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(VideoSaveError);
		expect((error as VideoSaveError).problem).toBe('network');
		const offline = async () => Promise.reject(new TypeError('Failed to fetch'));
		await expect(saveVideo(clip, storage, offline)).rejects.toMatchObject({ problem: 'network' });
		expect(await isVideoSaved(clip, storage)).toBe(false);
	});

	it('says "space" and cleans up when the device is full', async () => {
		const storage = fakeCaches(2);
		await expect(saveVideo(clip, storage, served())).rejects.toMatchObject({ problem: 'space' });
		expect(storage.stores.get(VIDEO_CACHE)!.size).toBe(0);
	});

	it('says "unsupported" without Cache Storage', async () => {
		await expect(saveVideo(clip, undefined, served())).rejects.toMatchObject({
			problem: 'unsupported'
		});
		expect(await isVideoSaved(clip, undefined)).toBe(false);
	});
});
