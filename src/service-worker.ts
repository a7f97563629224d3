/// <reference lib="webworker" />
// Service worker: precache the app shell and prerendered pages, answer navigations offline,
// serve videos the child saved from the cache (with range requests), and wait for the app to
// say when a new version may take over.
import {
	cleanupOutdatedCaches,
	createHandlerBoundToURL,
	precacheAndRoute
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { createPartialResponse } from 'workbox-range-requests';
import { BACKGROUND_SYNC_TAG } from '$lib/sync/app';
import { syncInBackground } from '$lib/sync/background';

declare const self: ServiceWorkerGlobalScope;

/** Cache that holds the clips a child chose to save (written by the app, see lib/content/video-cache). */
const VIDEO_CACHE = 'rechtop-videos';

precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();

// Pages not prerendered (a scan link, a ballot) get the SPA shell; API paths never do.
registerRoute(
	new NavigationRoute(createHandlerBoundToURL('/200.html'), {
		denylist: [/^\/rest\//, /^\/auth\//, /^\/videos\//]
	})
);

registerRoute(
	({ url }) => url.origin === self.location.origin && /^\/videos\/.+\.webm$/.test(url.pathname),
	async ({ request, url }) => {
		const saved = await (await caches.open(VIDEO_CACHE)).match(url.pathname);
		if (!saved) return fetch(request);
		return request.headers.has('range') ? createPartialResponse(request, saved) : saved;
	}
);

// Captions and posters: from the network when possible, else the last copy, else the copy saved
// with the clip.
registerRoute(
	({ url }) =>
		url.origin === self.location.origin && /^\/videos\/.+\.(vtt|jpg)$/.test(url.pathname),
	new NetworkFirst({
		cacheName: 'rechtop-video-extras',
		networkTimeoutSeconds: 4,
		plugins: [
			{
				handlerDidError: async ({ request }) =>
					(await (await caches.open(VIDEO_CACHE)).match(new URL(request.url).pathname)) ?? undefined
			}
		]
	})
);

self.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// Background Sync (design §5.3): the browser wakes the worker when the connection is back, also with
// every tab closed. The worker runs the sync engine itself: posting to a page would do nothing then.
self.addEventListener('sync', (event) => {
	const sync = event as ExtendableEvent & { tag?: string };
	if (sync.tag === BACKGROUND_SYNC_TAG) sync.waitUntil(syncInBackground());
});
