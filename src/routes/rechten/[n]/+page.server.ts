import { error } from '@sveltejs/kit';
import { articleNumbers, isArticleNumber } from '$lib/content/articles';
import { articlePage } from '$lib/content/pages.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => articleNumbers.map((n) => ({ n: String(n) }));

export const load: PageServerLoad = async ({ params }) => {
	const n = Number(params.n);
	if (!/^\d+$/.test(params.n) || !isArticleNumber(n)) error(404, 'Unknown article');
	return articlePage(n);
};
