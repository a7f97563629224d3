import { describe, expect, it } from 'vitest';
import {
	Reader,
	loadVoices,
	pickVoice,
	speechChunks,
	type ReadProblem,
	type ReadState,
	type SpeechEnv,
	type VoiceLike
} from '../../src/lib/content/speech';

const voice = (lang: string, extra: Partial<VoiceLike> = {}): VoiceLike => ({
	lang,
	name: `${lang} voice`,
	default: false,
	localService: false,
	...extra
});

interface FakeUtterance {
	text: string;
	lang: string;
	voice: unknown;
	onend: ((event: unknown) => void) | null;
	onerror: ((event: unknown) => void) | null;
}

/** A synthesizer that records what it is asked to do; `finish()` ends the queued utterances. */
function fakeSpeech(voices: VoiceLike[], later: VoiceLike[] = []) {
	const listeners = new Set<() => void>();
	let available = voices;
	const queue: FakeUtterance[] = [];
	const calls: string[] = [];
	const env: SpeechEnv = {
		synth: {
			getVoices: () => available,
			speak: (u) => {
				queue.push(u as FakeUtterance);
				calls.push('speak');
			},
			cancel: () => {
				calls.push('cancel');
				for (const u of queue.splice(0)) u.onerror?.({ error: 'interrupted' });
			},
			pause: () => calls.push('pause'),
			resume: () => calls.push('resume'),
			addEventListener: (_type, listener) => listeners.add(listener),
			removeEventListener: (_type, listener) => listeners.delete(listener)
		},
		utterance: (text) => ({ text, lang: '', voice: null, onend: null, onerror: null })
	};
	return {
		env,
		queue,
		calls,
		listeners,
		loadLater() {
			available = later;
			for (const listener of [...listeners]) listener();
		},
		finish() {
			for (const u of queue.splice(0)) u.onend?.({});
		}
	};
}

function recorder() {
	const states: [ReadState, ReadProblem?][] = [];
	return {
		states,
		onChange: (s: ReadState, p?: ReadProblem) => void states.push(p ? [s, p] : [s])
	};
}

describe('pickVoice', () => {
	const voices = [
		voice('en-US', { default: true }),
		voice('nl-BE'),
		voice('nl_NL', { localService: true }),
		voice('ar-EG')
	];

	it('takes a voice of the language, preferring its home region', () => {
		expect(pickVoice(voices, 'nl')?.lang).toBe('nl_NL');
		expect(pickVoice(voices, 'nl-BE')?.lang).toBe('nl-BE');
		expect(pickVoice(voices, 'ar')?.lang).toBe('ar-EG');
	});

	it('never takes a voice of another language', () => {
		expect(pickVoice(voices, 'uk')).toBeUndefined();
		expect(pickVoice([], 'nl')).toBeUndefined();
	});
});

describe('speechChunks', () => {
	it('keeps sentences whole and pieces short', () => {
		const text = 'Eén. Twee? Drie! ' + 'Lang woord '.repeat(30).trim() + '. Einde.';
		const chunks = speechChunks(text, 40);
		expect(chunks[0]).toBe('Eén. Twee? Drie!');
		expect(chunks.at(-1)).toBe('Einde.');
		expect(chunks.join(' ')).toBe(text);
	});

	it('splits Arabic sentences too', () => {
		expect(speechChunks('مرحبا؟ أنا هنا.', 6)).toEqual(['مرحبا؟', 'أنا هنا.']);
	});
});

describe('loadVoices', () => {
	it('waits for voices that load after the page', async () => {
		const speech = fakeSpeech([], [voice('nl-NL')]);
		const loading = loadVoices(speech.env, 1000);
		speech.loadLater();
		expect((await loading).map((v) => v.lang)).toEqual(['nl-NL']);
		expect(speech.listeners.size).toBe(0);
	});

	it('gives up after a while when the device has none', async () => {
		expect(await loadVoices(fakeSpeech([]).env, 10)).toEqual([]);
	});
});

describe('Reader', () => {
	it('says so when the browser cannot speak', async () => {
		const { onChange, states } = recorder();
		const reader = new Reader(onChange, undefined);
		expect(reader.supported).toBe(false);
		expect(await reader.start('Hallo.', 'nl')).toBe('no_speech');
		expect(states).toEqual([]);
	});

	it('says so when there is no voice for the language, and does not speak', async () => {
		const speech = fakeSpeech([voice('en-GB')]);
		const reader = new Reader(() => {}, speech.env);
		expect(await reader.start('Hallo.', 'nl')).toBe('no_voice');
		expect(speech.calls).not.toContain('speak');
	});

	it('reads in the voice of the language, pauses, resumes and ends', async () => {
		const speech = fakeSpeech([voice('en-GB'), voice('nl-NL')]);
		const { onChange, states } = recorder();
		const reader = new Reader(onChange, speech.env);
		expect(await reader.start('Eén. Twee.', 'nl')).toBeUndefined();
		expect(speech.queue.map((u) => [u.lang, (u.voice as VoiceLike).lang])).toEqual([
			['nl-NL', 'nl-NL']
		]);
		reader.pause();
		reader.resume();
		speech.finish();
		expect(states).toEqual([['speaking'], ['paused'], ['speaking'], ['idle']]);
	});

	it('stops, and a second reader takes over from the first', async () => {
		const speech = fakeSpeech([voice('nl-NL')]);
		const first = recorder();
		const second = recorder();
		const a = new Reader(first.onChange, speech.env);
		const b = new Reader(second.onChange, speech.env);
		await a.start('Een.', 'nl');
		await b.start('Twee.', 'nl');
		expect(first.states).toEqual([['speaking'], ['idle']]);
		a.stop(); // no longer the one speaking: does nothing
		expect(speech.queue).toHaveLength(1);
		b.stop();
		expect(second.states).toEqual([['speaking'], ['idle']]);
		expect(speech.queue).toHaveLength(0);
	});

	it('reports a failure of the synthesizer', async () => {
		const speech = fakeSpeech([voice('nl-NL')]);
		const { onChange, states } = recorder();
		await new Reader(onChange, speech.env).start('Een.', 'nl');
		speech.queue[0].onerror?.({ error: 'synthesis-failed' });
		expect(states).toEqual([['speaking'], ['idle', 'failed']]);
	});
});
