import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	captionLocale,
	fetchCues,
	parseTimestamp,
	parseVtt,
	transcript
} from '../../src/lib/content/vtt';

describe('parseTimestamp', () => {
	it('reads hours, minutes, seconds and milliseconds', () => {
		expect(parseTimestamp('00:00:02.061')).toBe(2.061);
		expect(parseTimestamp('01:02:03.500')).toBe(3723.5);
		expect(parseTimestamp('02:03.250')).toBe(123.25);
	});

	it('refuses what is not a timestamp', () => {
		expect(parseTimestamp('2.5')).toBeUndefined();
		expect(parseTimestamp('00:61:00.000')).toBeUndefined();
		expect(parseTimestamp('00:00:01,000')).toBeUndefined();
	});
});

describe('parseVtt', () => {
	it('reads cues with and without identifiers, settings, tags and entities', () => {
		const cues = parseVtt(
			'\uFEFFWEBVTT - captions\r\n\r\nNOTE made for a test\r\nwith two lines\r\n\r\n' +
				'STYLE\n::cue { color: yellow }\n\n' +
				'1\n00:00:00.700 --> 00:00:02.061 align:center line:85%\nJouw <b>mening</b>\ntelt!\n\n' +
				'00:00:02.661 --> 00:00:06.015\n<v Sam>Tom &amp; Mia</v> &lt;3&#x21;\n  \n' +
				'bad\n00:00:07.000 --> 00:00:06.000\nends before it starts\n\n' +
				'00:00:08.000 --> 00:00:09.000\n\n'
		);
		expect(cues).toEqual([
			{ start: 0.7, end: 2.061, text: 'Jouw mening telt!' },
			{ start: 2.661, end: 6.015, text: 'Tom & Mia <3!' }
		]);
	});

	it('throws on a file that is not WebVTT', () => {
		expect(() => parseVtt('<!doctype html><p>Not found</p>')).toThrow(/WebVTT/);
		expect(() => parseVtt('WEBVTTX\n\n00:00.000 --> 00:01.000\nx')).toThrow(/WebVTT/);
	});

	it('reads every caption file of the clips', () => {
		for (const name of ['clip-meedoen.nl', 'clip-rechten.en', 'clip-discriminatie.nl']) {
			const cues = parseVtt(readFileSync(`static/videos/${name}.vtt`, 'utf8'));
			expect(cues.length, name).toBeGreaterThan(5);
			for (const cue of cues) {
				expect(cue.end, name).toBeGreaterThan(cue.start);
				expect(cue.text, name).not.toMatch(/-->|<|\n/);
			}
		}
	});
});

describe('transcript', () => {
	it('starts a new paragraph after a pause', () => {
		const cues = [
			{ start: 0, end: 1, text: 'Hoi.' },
			{ start: 1.4, end: 2, text: 'Ik ben Sam.' },
			{ start: 3, end: 4, text: 'Nieuw plaatje.' }
		];
		expect(transcript(cues)).toEqual(['Hoi. Ik ben Sam.', 'Nieuw plaatje.']);
		expect(transcript([])).toEqual([]);
	});
});

describe('fetchCues', () => {
	it('parses what the server sends and fails on an error answer', async () => {
		const ok = async () => new Response('WEBVTT\n\n00:00.000 --> 00:01.000\nHallo');
		expect(await fetchCues('/videos/x.nl.vtt', ok)).toEqual([{ start: 0, end: 1, text: 'Hallo' }]);
		const missing = async () => new Response('nope', { status: 404 });
		await expect(fetchCues('/videos/x.nl.vtt', missing)).rejects.toThrow(/404/);
	});
});

describe('captionLocale', () => {
	it('shows captions in the page language, else Dutch, else English', () => {
		expect(captionLocale(['nl', 'en'], 'en')).toBe('en');
		expect(captionLocale(['nl', 'en'], 'ar')).toBe('nl');
		expect(captionLocale(['en', 'uk'], 'tr')).toBe('en');
		expect(captionLocale(['uk'], 'tr')).toBe('uk');
		expect(captionLocale([], 'nl')).toBeUndefined();
	});
});
