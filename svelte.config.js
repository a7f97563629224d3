import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

// The one inline script of app.html (sets lang/dir before the first paint) is allowed by its hash.
const appHtml = readFileSync('src/app.html', 'utf8');
const bootScript = /<script>([\s\S]*?)<\/script>/.exec(appHtml)?.[1] ?? '';
/** @type {`sha256-${string}`} */
const bootHash = `sha256-${createHash('sha256').update(bootScript).digest('base64')}`;

// A real Supabase project is another origin; the local stack serves /rest/v1 and /auth/v1 itself.
/** @type {Array<'self' | `${string}://${string}.${string}`>} */
const connectSrc = process.env.PUBLIC_SUPABASE_URL
	? [
			'self',
			/** @type {`${string}://${string}.${string}`} */ (
				new URL(process.env.PUBLIC_SUPABASE_URL).origin
			)
		]
	: ['self'];

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	kit: {
		// RECHTOP_KIT_DIR and RECHTOP_BUILD_DIR let the E2E run build apart while other builds run.
		outDir: process.env.RECHTOP_KIT_DIR ?? '.svelte-kit',
		adapter: adapter({
			pages: process.env.RECHTOP_BUILD_DIR ?? 'build',
			fallback: '200.html',
			precompress: false,
			strict: true
		}),
		serviceWorker: { register: false },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', bootHash],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'media-src': ['self', 'blob:'],
				'font-src': ['self'],
				'connect-src': connectSrc,
				'frame-src': ['https://www.youtube-nocookie.com'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};
