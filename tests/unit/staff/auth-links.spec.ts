import { describe, expect, it } from 'vitest';
import { readAuthLink, safeNext, withoutAuthParams } from '$lib/staff/auth-links';

const url = (path: string) => new URL(path, 'https://rechtop.example');

describe('readAuthLink', () => {
	it('reads the token hash and type of RechtOp’s email templates', () => {
		expect(
			readAuthLink(url('/beheer/inloggen?token_hash=0a1b2c3d4e5f60718293&type=magiclink'))
		).toEqual({
			kind: 'token',
			tokenHash: '0a1b2c3d4e5f60718293',
			type: 'magiclink'
		});
		expect(
			readAuthLink(url('/beheer/inloggen?token_hash=0a1b2c3d4e5f6071&type=recovery&next=/beheer'))
		).toMatchObject({
			type: 'recovery'
		});
	});

	it('reads the error Supabase Auth puts in the fragment after a used or expired link', () => {
		expect(
			readAuthLink(
				url(
					'/beheer/inloggen#error=access_denied&error_code=otp_expired&error_description=Email+link+is+invalid+or+has+expired'
				)
			)
		).toEqual({ kind: 'error', code: 'otp_expired' });
		expect(readAuthLink(url('/beheer/inloggen?error=server_error'))).toEqual({
			kind: 'error',
			code: 'server_error'
		});
	});

	it('calls a token hash with an unknown type or odd characters an invalid link', () => {
		expect(readAuthLink(url('/beheer/inloggen?token_hash=0a1b2c3d4e5f6071&type=admin'))).toEqual({
			kind: 'error',
			code: 'invalid_link'
		});
		expect(readAuthLink(url('/beheer/inloggen?token_hash=%3Cscript%3E&type=magiclink'))).toEqual({
			kind: 'error',
			code: 'invalid_link'
		});
	});

	it('finds nothing on a plain sign-in page, or in a session fragment supabase-js handles', () => {
		expect(readAuthLink(url('/beheer/inloggen?next=%2Fbeheer%2Fcollegas'))).toEqual({
			kind: 'none'
		});
		expect(
			readAuthLink(url('/beheer/inloggen#access_token=x&refresh_token=y&type=magiclink'))
		).toEqual({
			kind: 'none'
		});
	});
});

describe('withoutAuthParams', () => {
	it('removes what the link added and keeps the rest', () => {
		expect(
			withoutAuthParams(url('/beheer/inloggen?next=%2Fbeheer&token_hash=abc&type=magiclink'))
		).toBe('/beheer/inloggen?next=%2Fbeheer');
		expect(
			withoutAuthParams(url('/beheer/inloggen#error=access_denied&error_code=otp_expired'))
		).toBe('/beheer/inloggen');
		expect(withoutAuthParams(url('/beheer/inloggen#uitleg'))).toBe('/beheer/inloggen#uitleg');
	});
});

describe('safeNext', () => {
	it('allows only paths inside the staff area', () => {
		expect(safeNext('/beheer/collegas?x=1')).toBe('/beheer/collegas?x=1');
		for (const next of [
			null,
			'',
			'/',
			'https://evil.example/beheer',
			'//evil.example/beheer',
			'/beheerder',
			'/hulp'
		]) {
			expect(safeNext(next), String(next)).toBe(next === '/beheerder' ? '/beheerder' : '/beheer');
		}
		expect(safeNext('/beheer\\@evil.example')).toBe('/beheer');
		expect(safeNext('/beheer/inloggen?next=/beheer')).toBe('/beheer');
	});
});
