import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	define: {
		__SUPABASE_URL__: JSON.stringify(process.env.PUBLIC_SUPABASE_URL ?? ''),
		__SUPABASE_ANON_KEY__: JSON.stringify(process.env.PUBLIC_SUPABASE_ANON_KEY ?? '')
	},
	plugins: [
		sveltekit(),
		SvelteKitPWA({
			// Where the service worker is built and its precache list injected: the kit's own output.
			outDir: `${process.env.RECHTOP_KIT_DIR ?? '.svelte-kit'}/output`,
			strategies: 'injectManifest',
			// Absolute, so a first visit to a deep link (/leren/asiel) registers /service-worker.js too.
			base: '/',
			scope: '/',
			srcDir: 'src',
			filename: 'service-worker.ts',
			registerType: 'prompt',
			injectRegister: false,
			manifest: {
				id: '/',
				name: 'RechtOp – jouw rechten, jouw stem',
				short_name: 'RechtOp',
				description:
					'Leer over je rechten, vul de kinderrechtenscan van je gemeente in en stem mee.',
				lang: 'nl',
				start_url: '/',
				scope: '/',
				display: 'standalone',
				background_color: '#fffaf2',
				theme_color: '#0b5c4e',
				icons: [
					{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
					{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
					{
						src: '/icons/maskable-192.png',
						sizes: '192x192',
						type: 'image/png',
						purpose: 'maskable'
					},
					{
						src: '/icons/maskable-512.png',
						sizes: '512x512',
						type: 'image/png',
						purpose: 'maskable'
					}
				]
			},
			injectManifest: {
				globPatterns: [
					'client/**/*.{js,css,svg,png,webmanifest,woff2}',
					'prerendered/**/*.{html,json}'
				]
			},
			kit: {
				adapterFallback: '200.html',
				spa: true,
				outDir: process.env.RECHTOP_KIT_DIR ?? '.svelte-kit'
			},
			devOptions: { enabled: false }
		})
	],
	server: {
		proxy: {
			// The local stack (`npm run dev`) listens here; see supabase/local/stack.ts.
			'/rest/v1': 'http://127.0.0.1:54330',
			'/auth/v1': 'http://127.0.0.1:54331'
		}
	},
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.spec.ts'], environment: 'node' }
			},
			{
				extends: true,
				test: {
					name: 'db',
					include: ['tests/db/**/*.spec.ts'],
					environment: 'node',
					globalSetup: ['tests/db/global-setup.ts'],
					testTimeout: 30_000,
					hookTimeout: 120_000,
					execArgv: ['--experimental-websocket']
				}
			}
		]
	}
});
