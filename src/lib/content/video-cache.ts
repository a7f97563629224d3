// Saving a self-hosted clip on the device: the video, its poster and its captions go into the
// Cache Storage cache that the service worker answers /videos/* from when there is no network.
import type { Locale, VideoMeta } from './types';

/** Also named in src/service-worker.ts. */
export const VIDEO_CACHE = 'rechtop-videos';

export const videoUrl = (id: string) => `/videos/${id}.webm`;
export const posterUrl = (id: string) => `/videos/${id}.jpg`;
export const captionUrl = (id: string, locale: Locale) => `/videos/${id}.${locale}.vtt`;

/** Why saving did not work, each with its own message for the child. */
export type SaveProblem = 'unsupported' | 'network' | 'space';

export class VideoSaveError extends Error {
	constructor(readonly problem: SaveProblem) {
		super(`Saving the video failed: ${problem}`);
	}
}

type Storage = Pick<CacheStorage, 'open'>;

/** Cache Storage of this browser, if it has one (it needs a secure context). */
export function deviceCaches(): Storage | undefined {
	return typeof caches === 'undefined' ? undefined : caches;
}

/** Every file a saved clip needs. */
export function videoFiles(video: Pick<VideoMeta, 'id' | 'captions'>): string[] {
	return [
		videoUrl(video.id),
		posterUrl(video.id),
		...video.captions.map((locale) => captionUrl(video.id, locale))
	];
}

export async function isVideoSaved(
	video: Pick<VideoMeta, 'id' | 'captions'>,
	storage = deviceCaches()
): Promise<boolean> {
	if (!storage) return false;
	const cache = await storage.open(VIDEO_CACHE);
	const found = await Promise.all(videoFiles(video).map((url) => cache.match(url)));
	return found.every(Boolean);
}

function isQuotaError(error: unknown) {
	return error instanceof DOMException
		? error.name === 'QuotaExceededError'
		: /quota/i.test(String(error));
}

/** Downloads every file of the clip, then stores them; on any failure nothing stays behind. */
export async function saveVideo(
	video: Pick<VideoMeta, 'id' | 'captions'>,
	storage = deviceCaches(),
	fetchFn: typeof fetch = fetch
): Promise<void> {
	if (!storage) throw new VideoSaveError('unsupported');
	const urls = videoFiles(video);
	let responses: Response[];
	try {
		responses = await Promise.all(
			urls.map(async (url) => {
				const response = await fetchFn(url, { cache: 'no-cache' });
				// A partial (206) or error answer must never be kept as the whole file.
				if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status}`);
				return response;
			})
		);
	} catch {
		throw new VideoSaveError('network');
	}
	const cache = await storage.open(VIDEO_CACHE);
	try {
		for (const [i, url] of urls.entries()) await cache.put(url, responses[i]);
	} catch (error) {
		await removeVideo(video, storage);
		throw new VideoSaveError(isQuotaError(error) ? 'space' : 'network');
	}
}

export async function removeVideo(
	video: Pick<VideoMeta, 'id' | 'captions'>,
	storage = deviceCaches()
): Promise<void> {
	if (!storage) return;
	const cache = await storage.open(VIDEO_CACHE);
	await Promise.all(videoFiles(video).map((url) => cache.delete(url)));
}
