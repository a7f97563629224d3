import { readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { themes } from '../../src/lib/content/themes';
import {
	averageSentenceLength,
	formatProblem,
	validateContent
} from '../../src/lib/content/validate';
import { videos } from '../../src/lib/content/videos';
import { contentSource, copyOfContent } from './content-source';

describe('learning content', () => {
	it('is complete, consistent and readable', () => {
		expect(validateContent(contentSource()).map(formatProblem)).toEqual([]);
	});

	it('has ten themes, each with at least one video', () => {
		expect(themes.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		expect(themes.every((t) => t.videos.length > 0)).toBe(true);
		expect(videos.filter((v) => v.kind === 'self').length).toBeGreaterThanOrEqual(3);
	});
});

describe('a broken copy of the content', () => {
	let root = '';
	afterEach(() => rmSync(root, { recursive: true, force: true }));

	type Editable = Record<string, Record<string, unknown>>;
	const edit = (file: string, change: (data: Editable) => void) => {
		const path = join(root, file);
		const data = JSON.parse(readFileSync(path, 'utf8'));
		change(data);
		writeFileSync(path, JSON.stringify(data));
	};

	it('is reported with the file and key of each problem', () => {
		root = copyOfContent();
		edit('src/lib/content/text/en/explainers.json', (d) => delete d.zorg.teens);
		edit('src/lib/content/text/pl/themes.json', (d) => delete d.armoede.summary);
		edit('src/lib/content/text/nl/articles.json', (d) => delete d['40']);
		edit('src/lib/content/text/en/articles.json', (d) => (d['7'].title = ' '));
		unlinkSync(join(root, 'static/videos/clip-meedoen.en.vtt'));
		const broken = themes.map((t) =>
			t.slug === 'asiel' ? { ...t, articles: [...t.articles, 43], videos: ['clip-weg'] } : t
		);

		const problems = validateContent(contentSource(root, { themes: broken, videos }));

		expect(problems.map(formatProblem).sort()).toEqual(
			[
				'src/lib/content/text/en/explainers.json → zorg.teens.intro: missing translation',
				'src/lib/content/text/en/explainers.json → zorg.teens.paragraphs: missing translation',
				'src/lib/content/text/pl/themes.json → armoede.summary: missing translation',
				'src/lib/content/text/nl/articles.json → 40.title: missing',
				'src/lib/content/text/nl/articles.json → 40.text: missing',
				'src/lib/content/text/en/articles.json → 40: not in the Dutch file',
				'src/lib/content/text/en/articles.json → 7.title: empty text',
				'static/videos/clip-meedoen.en.vtt → clip-meedoen: file is missing',
				'src/lib/content/themes.ts → asiel.articles[5]: article 43 does not exist (1–42)',
				'src/lib/content/themes.ts → asiel.videos[0]: unknown video "clip-weg"'
			].sort()
		);
	});

	it('reports long sentences for 8–12-year-olds and unreadable files', () => {
		root = copyOfContent();
		const long =
			'Dit is een heel erg lange zin met veel te veel woorden erin voor een kind van acht jaar oud die net leert lezen op school.';
		edit('src/lib/content/text/nl/explainers.json', (d) => {
			d.onderwijs.kids = { intro: long, paragraphs: [long] };
		});
		writeFileSync(join(root, 'src/lib/content/text/tr/help.json'), '{ "title": ');

		const problems = validateContent(contentSource(root)).map(formatProblem);

		expect(problems).toHaveLength(2);
		expect(problems[0]).toMatch(
			/^src\/lib\/content\/text\/tr\/help\.json → \(file\): cannot be read/
		);
		expect(problems[1]).toBe(
			'src/lib/content/text/nl/explainers.json → onderwijs.kids: sentences average 26.0 words; at most 12 for 8–12'
		);
	});
});

describe('averageSentenceLength', () => {
	it('counts words per sentence', () => {
		expect(averageSentenceLength(['Ik ben Sam. Wie ben jij?', 'Hoi!'])).toBe(7 / 3);
		expect(averageSentenceLength([])).toBe(0);
	});
});
