import { expect, expectNoAxeViolations, test, useLocale, waitForServiceWorker } from './fixtures';

test.describe('the app shell', () => {
	test('home page speaks Dutch by default', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
		await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hoi! Wat wil jij doen?');
		await expect(page.getByRole('link', { name: /Hulp nodig/ })).toBeVisible();
		await expectNoAxeViolations(page);
	});

	test('someone who reads Arabic can switch language and it is remembered', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('button', { name: /Nederlands/ }).click();
		await page.getByRole('button', { name: 'العربية' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Hoi! Wat wil jij doen?');
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Hoi! Wat wil jij doen?');
		await expectNoAxeViolations(page, '/ in ar');
	});

	test('opens with the network off after one visit', async ({ page, context }) => {
		await page.goto('/');
		await waitForServiceWorker(page);
		await context.setOffline(true);
		await page.goto('/hulp');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hulp nodig?');
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hoi! Wat wil jij doen?');
		await context.setOffline(false);
	});

	test('the waiting frame of a page drawn in the browser is gone once it is drawn', async ({
		page
	}) => {
		await page.goto('/s/DEMO01');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.locator('.boot')).toBeHidden();
	});

	test('help page names De Kindertelefoon and the helpdesk', async ({ page }) => {
		await useLocale(page, 'en');
		await page.goto('/hulp');
		await expect(page.getByRole('heading', { name: 'De Kindertelefoon' })).toBeVisible();
		await expect(page.getByRole('link', { name: '0800-0432' })).toHaveAttribute(
			'href',
			'tel:08000432'
		);
		await expect(page.getByRole('heading', { name: 'Kinderrechtenhelpdesk' })).toBeVisible();
		await expectNoAxeViolations(page, '/hulp in en');
	});
});

test.describe('before the app runs', () => {
	test.use({ javaScriptEnabled: false });

	test('a button takes no tap it could not handle, and looks unavailable', async ({ page }) => {
		await page.goto('/');
		const toggle = page.getByRole('button', { name: /Nederlands/ });
		await expect(toggle).toHaveCSS('pointer-events', 'none');
		await expect(toggle).toHaveCSS('opacity', '0.55');
		await expect(page.getByRole('link', { name: /Hulp nodig/ })).toHaveCSS(
			'pointer-events',
			'auto'
		);
	});

	test('a page drawn in the browser shows the header bar and a waiting line', async ({ page }) => {
		await page.goto('/s/DEMO01');
		await expect(page.locator('.boot')).toBeVisible();
		await expect(page.locator('.boot')).toHaveAttribute('aria-hidden', 'true');
		await page.goto('/');
		await expect(page.locator('.boot')).toBeHidden();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hoi! Wat wil jij doen?');
	});
});

test.describe('staff sign-in', () => {
	test('demo staff signs in and out; a wrong password gets a translated error', async ({
		page
	}) => {
		await page.goto('/beheer');
		await expect(page).toHaveURL(/\/beheer\/inloggen/);
		await expectNoAxeViolations(page, 'sign-in');
		await page.getByLabel('E-mailadres').fill('staff@demodorp.test');
		await page.getByLabel('Wachtwoord').fill('niet-goed');
		await page.getByRole('button', { name: 'Inloggen' }).click();
		await expect(page.getByRole('alert')).toHaveText(/horen niet bij elkaar/);

		await page.getByLabel('Wachtwoord').fill('rechtop-demo');
		await page.getByRole('button', { name: 'Inloggen' }).click();
		await expect(page).toHaveURL(/\/beheer$/);
		await expect(page.getByText('Ingelogd als staff@demodorp.test')).toBeVisible();

		await page.getByRole('button', { name: 'Uitloggen' }).click();
		await expect(page).toHaveURL(/\/beheer\/inloggen/);
		await expect(page.getByRole('status')).toHaveText('Je bent uitgelogd.');
	});
});
