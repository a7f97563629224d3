// The local stack's web server passes the API through and compresses its JSON for a browser that
// accepts gzip, as Supabase's gateway does; other callers get it as PostgREST sent it.
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createWebServer } from '../../../supabase/local/web';

const body = JSON.stringify({
	rows: Array.from({ length: 200 }, (_, i) => ({ i, text: 'antwoord' }))
});
let api: Server;
let web: Server;
let origin: string;

const listen = (server: Server) =>
	new Promise<number>((ok) =>
		server.listen(0, '127.0.0.1', () => ok((server.address() as AddressInfo).port))
	);

beforeAll(async () => {
	api = createServer((req, res) => {
		if (req.url?.includes('nothing')) {
			res.writeHead(204, { 'content-type': 'application/json; charset=utf-8' });
			return res.end();
		}
		res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
		res.end(body);
	});
	const rest = await listen(api);
	web = createWebServer('/nonexistent', { rest, auth: rest });
	origin = `http://127.0.0.1:${await listen(web)}`;
});
afterAll(() => {
	api.close();
	web.close();
});

test('JSON from the API is gzipped for a client that accepts it', async () => {
	const response = await fetch(`${origin}/rest/v1/rpc/scan_results`, {
		method: 'POST',
		headers: { 'accept-encoding': 'gzip' },
		body: '{}'
	});
	expect(response.headers.get('content-encoding')).toBe('gzip');
	expect(await response.text()).toBe(body);
});

test('a client that does not accept gzip gets the JSON as it is', async () => {
	const raw = await new Promise<{ encoding?: string; text: string }>((ok, fail) => {
		const req = request(`${origin}/rest/v1/rpc/scan_results`, { method: 'POST' }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () =>
				ok({ encoding: res.headers['content-encoding'], text: Buffer.concat(chunks).toString() })
			);
		});
		req.on('error', fail);
		req.end('{}');
	});
	expect(raw.encoding).toBeUndefined();
	expect(raw.text).toBe(body);
});

test('an answer without a body stays without one', async () => {
	const response = await fetch(`${origin}/rest/v1/rpc/nothing`, {
		method: 'POST',
		headers: { 'accept-encoding': 'gzip' },
		body: '{}'
	});
	expect(response.status).toBe(204);
	expect(response.headers.get('content-encoding')).toBeNull();
	expect(await response.text()).toBe('');
});
