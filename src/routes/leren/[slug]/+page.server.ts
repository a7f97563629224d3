import { error } from '@sveltejs/kit';
import { themePage } from '$lib/content/pages.server';
import { themeSlugs, type ThemeSlug } from '$lib/content/types';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => themeSlugs.map((slug) => ({ slug }));

export const load: PageServerLoad = async ({ params }) => {
	if (!(themeSlugs as readonly string[]).includes(params.slug)) error(404, 'Unknown theme');
	return themePage(params.slug as ThemeSlug);
};
