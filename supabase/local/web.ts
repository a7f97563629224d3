// Serves the built app (build/) like a static host would — prerendered pages, then the SPA
// fallback 200.html — and passes /rest/v1 to PostgREST and /auth/v1 to the auth stand-in,
// so the app talks to its backend on its own origin exactly as it would to Supabase.
import {
	createServer,
	request,
	type IncomingMessage,
	type Server,
	type ServerResponse
} from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { createGzip, gzipSync } from 'node:zlib';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.ico': 'image/x-icon',
	'.webm': 'video/webm',
	'.mp4': 'video/mp4',
	'.vtt': 'text/vtt; charset=utf-8',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8'
};
const compressible = /^(text\/|application\/(json|manifest)|image\/svg)/;

export interface Upstreams {
	rest: number;
	auth: number;
}

function proxy(req: IncomingMessage, res: ServerResponse, port: number, path: string) {
	const upstream = request(
		{ host: '127.0.0.1', port, method: req.method, path, headers: req.headers },
		(up) => {
			// Compressed when the browser accepts it, as Supabase's API gateway does.
			const type = String(up.headers['content-type'] ?? '');
			const hasBody = req.method !== 'HEAD' && up.statusCode !== 204 && up.statusCode !== 304;
			if (
				hasBody &&
				compressible.test(type) &&
				!up.headers['content-encoding'] &&
				/\bgzip\b/.test(String(req.headers['accept-encoding']))
			) {
				const { 'content-length': _length, ...headers } = up.headers;
				res.writeHead(up.statusCode ?? 502, {
					...headers,
					'content-encoding': 'gzip',
					vary: 'accept-encoding'
				});
				up.pipe(createGzip()).pipe(res);
				return;
			}
			res.writeHead(up.statusCode ?? 502, up.headers);
			up.pipe(res);
		}
	);
	upstream.on('error', () => {
		if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
		res.end(JSON.stringify({ message: 'The local backend is not reachable.' }));
	});
	req.pipe(upstream);
}

async function findFile(root: string, pathname: string): Promise<string | undefined> {
	const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	const candidates = clean.endsWith('/')
		? [join(root, clean, 'index.html')]
		: [join(root, clean), join(root, `${clean}.html`), join(root, clean, 'index.html')];
	for (const file of candidates) {
		if (!file.startsWith(root)) continue;
		const info = await stat(file).catch(() => undefined);
		if (info?.isFile()) return file;
	}
	return undefined;
}

async function serveStatic(root: string, req: IncomingMessage, res: ServerResponse) {
	const url = new URL(req.url ?? '/', 'http://localhost');
	const file = (await findFile(root, url.pathname)) ?? join(root, '200.html');
	const type = types[extname(file)] ?? 'application/octet-stream';
	const immutable = url.pathname.startsWith('/_app/immutable/');
	const headers: Record<string, string | number> = {
		'content-type': type,
		'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
		'x-content-type-options': 'nosniff',
		'referrer-policy': 'no-referrer'
	};
	let body = await readFile(file);

	// Videos are fetched in ranges by the browser's player.
	const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
	if (range && type.startsWith('video/')) {
		const start = range[1] ? Number(range[1]) : body.length - Number(range[2]);
		const end =
			range[1] && range[2] ? Math.min(Number(range[2]), body.length - 1) : body.length - 1;
		if (start >= body.length || start > end) {
			res.writeHead(416, { 'content-range': `bytes */${body.length}` });
			res.end();
			return;
		}
		headers['content-range'] = `bytes ${start}-${end}/${body.length}`;
		headers['accept-ranges'] = 'bytes';
		body = body.subarray(start, end + 1);
		res.writeHead(206, { ...headers, 'content-length': body.length });
		res.end(req.method === 'HEAD' ? undefined : body);
		return;
	}
	if (type.startsWith('video/')) headers['accept-ranges'] = 'bytes';
	if (compressible.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
		body = gzipSync(body);
		headers['content-encoding'] = 'gzip';
		headers.vary = 'accept-encoding';
	}
	res.writeHead(200, { ...headers, 'content-length': body.length });
	res.end(req.method === 'HEAD' ? undefined : body);
}

export function createWebServer(root: string, upstreams: Upstreams): Server {
	return createServer((req, res) => {
		const path = req.url ?? '/';
		if (path.startsWith('/rest/v1/') || path === '/rest/v1') {
			proxy(req, res, upstreams.rest, path.slice('/rest/v1'.length) || '/');
		} else if (path.startsWith('/auth/v1/')) {
			proxy(req, res, upstreams.auth, path);
		} else if (req.method === 'GET' || req.method === 'HEAD') {
			serveStatic(root, req, res).catch(() => {
				if (!res.headersSent) res.writeHead(500);
				res.end();
			});
		} else {
			res.writeHead(405, { allow: 'GET, HEAD' });
			res.end();
		}
	});
}
