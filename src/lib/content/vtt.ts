// WebVTT captions → cues → a transcript to read below a video.
// Follows the parts of https://www.w3.org/TR/webvtt1/ that captions use: header, optional cue
// identifiers, cue settings, NOTE/STYLE/REGION blocks, inline tags and character references.

export interface Cue {
	/** Seconds. */
	start: number;
	end: number;
	/** Plain text; the line breaks of the caption are spaces. */
	text: string;
}

const timestamp = /^(?:(\d+):)?([0-5]\d):([0-5]\d)\.(\d{3})$/;

/** `hh:mm:ss.ttt` or `mm:ss.ttt` in seconds, or undefined when it is not a timestamp. */
export function parseTimestamp(value: string): number | undefined {
	const match = timestamp.exec(value.trim());
	if (!match) return undefined;
	const [, hours = '0', minutes, seconds, millis] = match;
	return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds) + Number(millis) / 1000;
}

const entities: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	nbsp: '\u00a0',
	lrm: '\u200e',
	rlm: '\u200f',
	quot: '"',
	apos: "'"
};

function plainText(payload: string): string {
	return payload
		.replace(/<[^>]*>/g, '')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
			if (name[0] === '#') {
				const code =
					name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
				return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
			}
			return entities[name.toLowerCase()] ?? whole;
		})
		.replace(/\s*\n\s*/g, ' ')
		.trim();
}

/** The cues of a WebVTT file. Throws when the text is not WebVTT. */
export function parseVtt(source: string): Cue[] {
	const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	if (!/^WEBVTT(?:[ \t].*)?(?:\n|$)/.test(text)) throw new Error('Not a WebVTT file');
	const blocks = text.split(/\n(?:[ \t]*\n)+/).slice(1);
	const cues: Cue[] = [];
	for (const block of blocks) {
		const lines = block.split('\n');
		const timing = lines.findIndex((line) => line.includes('-->'));
		if (timing < 0 || timing > 1) continue; // NOTE, STYLE, REGION or junk
		const [from, rest = ''] = lines[timing].split('-->');
		const start = parseTimestamp(from);
		const end = parseTimestamp(rest.trim().split(/\s+/)[0] ?? '');
		if (start === undefined || end === undefined || end < start) continue;
		const cueText = plainText(lines.slice(timing + 1).join('\n'));
		if (cueText) cues.push({ start, end, text: cueText });
	}
	return cues;
}

/**
 * The cues as paragraphs to read: a pause of at least `gapSeconds` between two cues (a new
 * slide in our clips) starts a new paragraph.
 */
export function transcript(cues: Cue[], gapSeconds = 0.8): string[] {
	const paragraphs: string[][] = [];
	let previousEnd = -Infinity;
	for (const cue of [...cues].sort((a, b) => a.start - b.start)) {
		if (paragraphs.length === 0 || cue.start - previousEnd >= gapSeconds) paragraphs.push([]);
		paragraphs[paragraphs.length - 1].push(cue.text);
		previousEnd = Math.max(previousEnd, cue.end);
	}
	return paragraphs.map((sentences) => sentences.join(' '));
}

/** The caption language to show first: the page's, else Dutch, else English, else any. */
export function captionLocale<L extends string>(
	available: readonly L[],
	pageLocale: string
): L | undefined {
	for (const wanted of [pageLocale, 'nl', 'en']) {
		const found = available.find((locale) => locale === wanted);
		if (found) return found;
	}
	return available[0];
}

/** Fetches and parses a caption file. Throws on a network error or a bad answer. */
export async function fetchCues(url: string, fetchFn: typeof fetch = fetch): Promise<Cue[]> {
	const response = await fetchFn(url);
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	return parseVtt(await response.text());
}
