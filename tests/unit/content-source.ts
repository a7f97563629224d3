// Reads learning content from disk for the content checks: the real files, or a copy made to break.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { themes } from '../../src/lib/content/themes';
import type { Locale, ThemeMeta, VideoMeta } from '../../src/lib/content/types';
import { TEXT_DIR, VIDEO_DIR, type ContentSource } from '../../src/lib/content/validate';
import { videos } from '../../src/lib/content/videos';

export function contentSource(
	root = process.cwd(),
	meta: { themes: readonly ThemeMeta[]; videos: readonly VideoMeta[] } = { themes, videos }
): ContentSource {
	return {
		...meta,
		text(locale: Locale, name: string) {
			const file = join(root, TEXT_DIR, locale, `${name}.json`);
			return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
		},
		hasVideoFile: (file) => existsSync(join(root, VIDEO_DIR, file))
	};
}

/** A throw-away copy of the content files and clips, to break on purpose. */
export function copyOfContent(): string {
	const root = mkdtempSync(join(tmpdir(), 'rechtop-content-'));
	cpSync(TEXT_DIR, join(root, TEXT_DIR), { recursive: true });
	cpSync(VIDEO_DIR, join(root, VIDEO_DIR), {
		recursive: true,
		filter: (path) => !path.endsWith('.webm')
	});
	// The clips themselves are big; an empty stand-in is enough to check that they exist.
	for (const file of readdirSync(VIDEO_DIR).filter((f) => f.endsWith('.webm'))) {
		writeFileSync(join(root, VIDEO_DIR, file), '');
	}
	return root;
}
