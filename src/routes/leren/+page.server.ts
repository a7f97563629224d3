import { themeCards } from '$lib/content/pages.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ themes: await themeCards() });
