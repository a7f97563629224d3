import AxeBuilder from '@axe-core/playwright';
import { test } from './fixtures';
test('debug', async ({ page }) => {
	await page.goto('/stemmen');
	await page.getByRole('button', { name: 'Open mijn stem' }).click();
	await page.getByLabel('Je stemcode').fill('DEM0-CCCC');
	await page.getByRole('button', { name: 'Open mijn stem' }).click();
	await page.getByLabel('Je stemcode').fill('DEMA-CCC');
	await page.getByRole('button', { name: 'Open mijn stem' }).click();
	const r = await new AxeBuilder({ page }).withTags(['wcag22aa']).analyze();
	console.log(JSON.stringify(r.violations.map((v) => v.nodes.map((n) => [n.html, n.failureSummary])), null, 1));
	console.log(await page.evaluate(() => [scrollY, innerHeight, JSON.stringify(document.querySelector('a.button.secondary')?.getBoundingClientRect()), JSON.stringify(document.querySelector('nav')?.getBoundingClientRect())]));
});
