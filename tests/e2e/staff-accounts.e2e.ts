// Staff accounts, roles and isolation (issue 7): inviting a colleague, signing in by link and by
// code, links that expire or were used, password reset, a session that ends while a form is
// half written, the coalition's national overview, and what the API refuses.
import { SignJWT, decodeJwt } from 'jose';
import { readFile } from 'node:fs/promises';
import { ANON_KEY, JWT_SECRET } from '../../supabase/local/keys';
import { parseCsv } from '../../src/lib/results/csv';
import { dbQuery, expect, expectNoAxeViolations, test, useLocale } from './fixtures';
import {
	DEMODORP,
	SESSION_KEY,
	SignInPage,
	apiSignIn,
	createStaff,
	mailTo,
	rpc,
	uniqueEmail
} from './staff-pages';

test.describe('inviting a colleague', () => {
	test('an admin invites an editor, who signs in by the emailed link and makes a scan; a viewer cannot change it and another municipality cannot see it', async ({
		page,
		browser,
		request
	}) => {
		const invitee = uniqueEmail('redacteur');
		const since = Date.now();
		const admin = new SignInPage(page);
		await admin.withPassword('staff@demodorp.test');
		await page.getByRole('link', { name: "Collega's", exact: true }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText("Collega's van Demodorp");
		await expect(page.getByText('viewer@demodorp.test', { exact: true })).toBeVisible();
		await page.getByLabel('E-mailadres van je collega').fill(invitee);
		await page.getByRole('radio', { name: /^redacteur/ }).check();
		await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
		await expect(page.getByRole('status')).toHaveText(`Uitnodiging verstuurd naar ${invitee}.`);
		const open = page.getByRole('region', { name: 'Openstaande uitnodigingen' });
		await expect(open.getByText(`${invitee} – redacteur`)).toBeVisible();
		await expectNoAxeViolations(page, '/beheer/collegas');

		// The invitee opens the link of Supabase Auth's default email (GET /auth/v1/verify).
		const mail = await mailTo(invitee, since);
		expect(mail.type).toBe('signup');
		const editorContext = await browser.newContext();
		const editor = await editorContext.newPage();
		await editor.goto(mail.confirmation_url);
		await expect(editor).toHaveURL(/\/beheer$/);
		await expect(editor.getByRole('heading', { level: 1 })).toHaveText('Beheer Demodorp');
		await expect(editor.getByText('Je rol: redacteur.')).toBeVisible();

		// The editor makes a scan through the scan pages (create_scan).
		const title = `Scan van ${invitee}`;
		await editor.getByRole('link', { name: 'Nieuwe scan' }).click();
		await editor.getByLabel('Titel in het Nederlands').fill(title);
		await editor.locator('#scan-band-12-15').check();
		await editor.locator('#bank-onderwijs_veilig').check();
		await editor.getByRole('button', { name: 'Scan opslaan als concept' }).click();
		await expect(editor).toHaveURL(/\/beheer\/scans\/[0-9a-f-]{36}$/);
		const scanId = editor.url().split('/').pop()!;
		await editor.goto('/beheer');
		await expect(editor.getByRole('link', { name: title, exact: true })).toBeVisible();
		await expect(editor.getByRole('link', { name: `Open de scan '${title}'` })).toBeVisible();
		await editorContext.close();

		// A viewer sees the scan but may not change it.
		const viewerContext = await browser.newContext();
		const viewer = await viewerContext.newPage();
		await new SignInPage(viewer).withPassword('viewer@demodorp.test');
		await expect(viewer.getByRole('link', { name: title, exact: true })).toBeVisible();
		await expect(viewer.getByRole('link', { name: 'Nieuwe scan' })).toHaveCount(0);
		await expect(viewer.getByText('Met jouw rol kun je meekijken.')).toBeVisible();
		const viewerToken = await viewer.evaluate(
			(key) => JSON.parse(localStorage.getItem(key)!).access_token as string,
			SESSION_KEY
		);
		const opened = await rpc(request, 'open_scan', { p_scan_id: scanId }, viewerToken);
		expect(opened).toMatchObject({ status: 403, body: { hint: 'forbidden' } });
		await viewerContext.close();

		// Staff of another municipality get nothing of it.
		const otherContext = await browser.newContext();
		const other = await otherContext.newPage();
		await new SignInPage(other).withPassword('staff@voorbeeldstad.test');
		await expect(other.getByRole('heading', { level: 1 })).toHaveText('Beheer Voorbeeldstad');
		await expect(other.getByText(title)).toHaveCount(0);
		const { access_token } = await apiSignIn(request, 'staff@voorbeeldstad.test');
		expect(await rpc(request, 'scan_progress', { p_scan_id: scanId }, access_token)).toMatchObject({
			status: 404,
			body: { hint: 'scan_not_found' }
		});
		await otherContext.close();
		const [scan] = await dbQuery<{ status: string }>(
			'select status from public.scans where id = $1',
			[scanId]
		);
		expect(scan.status).toBe('draft');
	});
});

test.describe('signing in without a password', () => {
	test('by the code from the email', async ({ page }) => {
		const email = uniqueEmail('code');
		await createStaff(email, { municipality: DEMODORP, role: 'viewer' });
		const since = Date.now();
		const signIn = new SignInPage(page);
		await signIn.requestLink(email);
		await expectNoAxeViolations(page, 'sign-in code form');
		const mail = await mailTo(email, since);
		await page.getByLabel('Code uit de e-mail').fill('000000' === mail.code ? '111111' : '000000');
		await page.getByRole('button', { name: 'Code controleren' }).click();
		await expect(page.getByRole('alert')).toHaveText(/Deze code klopt niet of is verlopen/);
		await page.getByLabel('Code uit de e-mail').fill(mail.code);
		await page.getByRole('button', { name: 'Code controleren' }).click();
		await expect(page).toHaveURL(/\/beheer$/);
		await expect(page.getByText(`Ingelogd als ${email}`)).toBeVisible();
	});

	test('by the emailed link once; the same link again says it was used', async ({
		page,
		browser
	}) => {
		const email = uniqueEmail('link');
		await createStaff(email, { municipality: DEMODORP, role: 'viewer' });
		const since = Date.now();
		await new SignInPage(page).requestLink(email);
		const mail = await mailTo(email, since);
		expect(mail.link).toContain('/beheer/inloggen?token_hash=');
		await page.goto(mail.link);
		await expect(page).toHaveURL(/\/beheer$/);
		await expect(page.getByText(`Ingelogd als ${email}`)).toBeVisible();

		const again = await (await browser.newContext()).newPage();
		await again.goto(mail.link);
		await expect(again.getByRole('alert')).toContainText('Deze link is verlopen of al gebruikt.');
		await expect(again).toHaveURL(/\/beheer\/inloggen$/);
		await expect(again.getByLabel('E-mailadres')).toBeVisible();
		await expectNoAxeViolations(again, 'used link');
		await again.context().close();
	});

	test('an expired link says so, also through Supabase Auth’s own link', async ({ page }) => {
		const email = uniqueEmail('laat');
		await createStaff(email, { municipality: DEMODORP, role: 'viewer' });
		const since = Date.now();
		await new SignInPage(page).requestLink(email);
		const mail = await mailTo(email, since);
		await dbQuery(
			`update auth.users set recovery_sent_at = now() - interval '2 hours' where email = $1`,
			[email]
		);
		await page.goto(mail.confirmation_url);
		await expect(page).toHaveURL(/\/beheer\/inloggen$/);
		await expect(page.getByRole('alert')).toContainText('Deze link is verlopen of al gebruikt.');
		expect(await page.evaluate((key) => localStorage.getItem(key), SESSION_KEY)).toBeNull();
	});

	test('an address without account or invitation is told to ask for an invitation', async ({
		page
	}) => {
		await new SignInPage(page).open();
		await page.getByLabel('E-mailadres').fill(uniqueEmail('onbekend', 'elders.test'));
		await page.getByRole('button', { name: 'Stuur me een inloglink' }).click();
		await expect(page.getByRole('alert')).toHaveText(
			/Vraag een beheerder van je gemeente om je uit te nodigen/
		);
	});
});

test('password reset by email', async ({ page }) => {
	const email = uniqueEmail('vergeten');
	await createStaff(email, { municipality: DEMODORP, role: 'viewer' });
	const signIn = new SignInPage(page);
	await signIn.open();
	await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wachtwoord vergeten');
	await expectNoAxeViolations(page, '/beheer/wachtwoord-vergeten');
	const since = Date.now();
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByRole('button', { name: 'Stuur me een link' }).click();
	await expect(page.getByRole('status')).toContainText(`Als ${email} bij een account hoort`);

	const mail = await mailTo(email, since);
	expect(mail.type).toBe('recovery');
	await page.goto(mail.link);
	await expect(page).toHaveURL(/\/beheer\/wachtwoord\?herstel=1$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kies een nieuw wachtwoord');
	await expectNoAxeViolations(page, '/beheer/wachtwoord');
	await page.getByLabel('Nieuw wachtwoord').fill('kort');
	await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('kort');
	await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
	await expect(page.getByRole('alert')).toHaveText(/te kort/);
	await page.getByLabel('Nieuw wachtwoord').fill('een nieuw wachtwoord');
	await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('een nieuw wachtwoord');
	await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
	await expect(page.getByRole('status')).toContainText('Je nieuwe wachtwoord is opgeslagen.');

	await signIn.signOut();
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Wachtwoord', { exact: true }).fill('rechtop-demo');
	await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
	await expect(page.getByRole('alert')).toHaveText(/horen niet bij elkaar/);
	await page.getByLabel('Wachtwoord', { exact: true }).fill('een nieuw wachtwoord');
	await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
	await expect(page.getByText(`Ingelogd als ${email}`)).toBeVisible();
});

test('a session that ends while typing loses nothing: refreshed quietly, or signed in again in place', async ({
	page,
	request
}) => {
	const email = uniqueEmail('beheerder');
	await createStaff(email, { municipality: DEMODORP, role: 'admin' });
	await new SignInPage(page).withPassword(email);
	await page.goto('/beheer/collegas');
	const field = page.getByLabel('E-mailadres van je collega');
	const first = uniqueEmail('eerste');
	await field.fill(first);
	// A reload keeps the half-written form (sessionStorage).
	await page.reload();
	await expect(field).toHaveValue(first);

	/** An access token that expired two minutes ago, signed like a real one. */
	async function expiredToken() {
		const session = await page.evaluate(
			(key) => JSON.parse(localStorage.getItem(key)!),
			SESSION_KEY
		);
		const claims = decodeJwt(session.access_token);
		// PostgREST allows 30 seconds of clock skew.
		const past = Math.floor(Date.now() / 1000) - 120;
		const token = await new SignJWT({ ...claims, iat: past - 3600, exp: past })
			.setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
			.sign(new TextEncoder().encode(JWT_SECRET));
		await page.evaluate(
			([key, value]) => {
				const stored = JSON.parse(localStorage.getItem(key)!);
				localStorage.setItem(key, JSON.stringify({ ...stored, access_token: value }));
			},
			[SESSION_KEY, token] as const
		);
		return session.access_token as string;
	}

	// 1. The access token has expired, the refresh token still works: nobody notices.
	await expiredToken();
	await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
	await expect(page.getByRole('status')).toHaveText(`Uitnodiging verstuurd naar ${first}.`);
	await expect(page.getByRole('dialog')).toHaveCount(0);

	// 2. The session has ended everywhere (signed out on another device): sign in again in place.
	const second = uniqueEmail('tweede');
	await field.fill(second);
	const valid = (await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), SESSION_KEY))
		.access_token as string;
	const out = await request.post('/auth/v1/logout?scope=global', {
		headers: { apikey: ANON_KEY, authorization: `Bearer ${valid}` }
	});
	expect(out.status()).toBe(204);
	await expiredToken();
	await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
	const dialog = page.getByRole('dialog', { name: 'Log opnieuw in' });
	await expect(dialog).toBeVisible();
	await expect(field).toHaveValue(second);
	await expectNoAxeViolations(page, 'sign in again');
	await dialog.getByLabel('Wachtwoord').fill('niet-goed');
	await dialog.getByRole('button', { name: 'Opnieuw inloggen' }).click();
	await expect(dialog.getByRole('alert')).toHaveText(/horen niet bij elkaar/);
	await dialog.getByLabel('Wachtwoord').fill('rechtop-demo');
	await dialog.getByRole('button', { name: 'Opnieuw inloggen' }).click();
	await expect(dialog).toHaveCount(0);
	await expect(page.getByRole('status')).toHaveText(`Uitnodiging verstuurd naar ${second}.`);
	const invited = await dbQuery<{ email: string }>(
		`select email from public.invitations where email in ($1, $2) order by email`,
		[first, second]
	);
	expect(invited.map((r) => r.email).sort()).toEqual([first, second].sort());
});

test.describe('roles', () => {
	test('the last admin cannot step down; colleagues can be promoted and removed', async ({
		page
	}) => {
		const email = uniqueEmail('enige', 'voorbeeldstad.test');
		const municipality = (
			await dbQuery<{ id: string }>(
				`insert into public.municipalities (cbs_code, name)
				 values ('GM' || lpad((floor(random() * 8000) + 1000)::text, 4, '0'), $1) returning id`,
				[`Testgemeente ${email.slice(6, 14)}`]
			)
		)[0].id;
		await createStaff(email, { municipality, role: 'admin' });
		const colleague = uniqueEmail('collega', 'voorbeeldstad.test');
		await createStaff(colleague, { municipality, role: 'viewer' });
		await new SignInPage(page).withPassword(email);
		await page.goto('/beheer/collegas');
		await page.getByLabel(`Rol van ${email}`).selectOption('viewer');
		await page
			.getByRole('listitem')
			.filter({ hasText: email })
			.getByRole('button', { name: 'Rol opslaan' })
			.click();
		await expect(page.getByRole('alert')).toHaveText(/altijd minstens één beheerder/);
		await expect(page.getByLabel(`Rol van ${email}`)).toHaveValue('admin');

		const row = page.getByRole('listitem').filter({ hasText: colleague });
		await page.getByLabel(`Rol van ${colleague}`).selectOption('editor');
		await row.getByRole('button', { name: 'Rol opslaan' }).click();
		await expect(page.getByRole('status')).toHaveText(`${colleague} is nu redacteur.`);
		await row.getByRole('button', { name: 'Verwijderen' }).click();
		await row.getByRole('button', { name: 'Ja, verwijderen' }).click();
		await expect(page.getByRole('status')).toHaveText(`${colleague} is verwijderd.`);
		await expect(page.getByText(colleague)).toHaveCount(1);
		const members = await dbQuery(
			'select user_id from public.memberships where municipality_id = $1',
			[municipality]
		);
		expect(members).toHaveLength(1);
	});
});

test.describe('the coalition’s national overview', () => {
	test('shows each theme side by side and nationally, and downloads exactly that as CSV', async ({
		page
	}) => {
		await new SignInPage(page).withPassword('monitor@kinderrechten.test');
		await expect(
			page.getByRole('heading', { name: 'Landelijk overzicht', level: 2 })
		).toBeVisible();
		await page.getByRole('link', { name: 'Naar het landelijk overzicht' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Landelijk overzicht');
		const table = page.getByRole('table').first();
		await expect(table).toBeVisible();
		await expect(table.getByRole('rowheader', { name: 'Demodorp' })).toBeVisible();
		await expectNoAxeViolations(page, '/beheer/landelijk');

		const firstRow = table
			.getByRole('row')
			.filter({ has: page.getByRole('rowheader', { name: 'Demodorp' }) });
		const shown = (await firstRow.getByRole('cell').allInnerTexts()).map((s) => s.trim());
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download als CSV' }).click();
		const file = await (await download).path();
		const text = await readFile(file, 'utf8');
		expect(text.startsWith('\uFEFF')).toBe(true);
		const rows = parseCsv(text);
		expect(rows[0]).toEqual([
			'Thema',
			'Vraagcode',
			'Vraag',
			'Gemeente',
			'CBS-code',
			'Jongeren die antwoordden',
			'Antwoord',
			'Procent',
			'Aantal (afgerond op 5)',
			'Opmerking'
		]);
		const question = await page.getByRole('heading', { level: 3 }).first().innerText();
		const demodorp = rows.filter((r) => r[2] === question && r[3] === 'Demodorp');
		expect(demodorp.length).toBeGreaterThan(0);
		// The same figures as the page's row: respondents, then one cell per answer.
		expect(demodorp[0][5]).toBe(shown[0].replace(/\D/g, ''));
		const fromCsv = demodorp.map((r) => (r[7] ? `${r[7]}% (${r[8]})` : r[9]));
		expect(fromCsv).toEqual(shown.slice(1));
	});

	test('is not for municipality staff', async ({ page, request }) => {
		await new SignInPage(page).withPassword('staff@demodorp.test');
		await page.goto('/beheer/landelijk');
		await expect(
			page.getByText('alleen voor medewerkers van het Kinderrechtencollectief')
		).toBeVisible();
		const { access_token } = await apiSignIn(request, 'staff@demodorp.test');
		expect(
			await rpc(request, 'national_results', { p_theme: 'meedoen' }, access_token)
		).toMatchObject({
			status: 403,
			body: { hint: 'forbidden' }
		});
	});
});

test.describe('what the API refuses', () => {
	test('tampered, expired and missing tokens get 401; another municipality’s ids 403 or 404, never data', async ({
		request
	}) => {
		const { access_token } = await apiSignIn(request, 'viewer@demodorp.test');
		const [header, payload, signature] = access_token.split('.');
		const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
		const asAdmin = Buffer.from(
			JSON.stringify({ ...claims, sub: '00000000-0000-4000-8000-000000000001' })
		).toString('base64url');
		const tampered = `${header}.${asAdmin}.${signature}`;
		const forged = await new SignJWT({ ...claims })
			.setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
			.sign(new TextEncoder().encode('not-the-secret-not-the-secret-not-the-secret'));
		const expired = await new SignJWT({ ...claims, exp: Math.floor(Date.now() / 1000) - 120 })
			.setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
			.sign(new TextEncoder().encode(JWT_SECRET));
		for (const token of [tampered, forged, expired]) {
			const answer = await rpc(request, 'list_members', { p_municipality_id: DEMODORP }, token);
			expect(answer.status).toBe(401);
			expect(JSON.stringify(answer.body)).not.toContain('@demodorp.test');
		}
		expect((await rpc(request, 'list_members', { p_municipality_id: DEMODORP })).status).toBe(401);

		const other = (await apiSignIn(request, 'staff@voorbeeldstad.test')).access_token;
		expect(
			await rpc(request, 'list_members', { p_municipality_id: DEMODORP }, other)
		).toMatchObject({
			status: 403,
			body: { hint: 'forbidden' }
		});
		expect(await rpc(request, 'dashboard', { p_municipality_id: DEMODORP }, other)).toMatchObject({
			status: 403,
			body: { hint: 'forbidden' }
		});
		expect(
			await rpc(
				request,
				'scan_progress',
				{ p_scan_id: '00000000-0000-4000-8000-0000000de001' },
				other
			)
		).toMatchObject({ status: 404, body: { hint: 'scan_not_found' } });
		const scans = await request.get(
			`/rest/v1/scans?municipality_id=eq.${DEMODORP}&select=id,title`,
			{
				headers: { apikey: ANON_KEY, authorization: `Bearer ${other}` }
			}
		);
		expect(scans.status()).toBe(200);
		expect(await scans.json()).toEqual([]);
	});
});

test.describe('staff pages in Arabic', () => {
	test('sign-in and dashboard are right to left and axe-clean', async ({ page }) => {
		await useLocale(page, 'ar');
		await page.goto('/beheer/inloggen');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('تسجيل دخول الموظفين');
		await expectNoAxeViolations(page, '/beheer/inloggen in ar');
		await page.getByLabel('البريد الإلكتروني').fill('editor@demodorp.test');
		await page.getByLabel('كلمة المرور', { exact: true }).fill('rechtop-demo');
		await page.getByRole('button', { name: 'تسجيل الدخول', exact: true }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('إدارة Demodorp');
		await expectNoAxeViolations(page, '/beheer in ar');
	});
});
