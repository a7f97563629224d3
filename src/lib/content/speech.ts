// Reading a text aloud with the Web Speech API, only in a voice of the text's own language.
// Plain TypeScript: ReadAloud.svelte shows the state, tests drive it with a fake synthesizer.

export interface VoiceLike {
	lang: string;
	name: string;
	default: boolean;
	localService: boolean;
}

interface UtteranceLike {
	lang: string;
	voice: unknown;
	onend: ((event: unknown) => void) | null;
	onerror: ((event: unknown) => void) | null;
}

export interface SpeechEnv {
	synth: {
		getVoices(): VoiceLike[];
		speak(utterance: UtteranceLike): void;
		cancel(): void;
		pause(): void;
		resume(): void;
		addEventListener(type: 'voiceschanged', listener: () => void): void;
		removeEventListener(type: 'voiceschanged', listener: () => void): void;
	};
	utterance(text: string): UtteranceLike;
}

export type ReadState = 'idle' | 'speaking' | 'paused';
/** `no_speech`: the browser cannot speak at all; `no_voice`: it has no voice for the language. */
export type ReadProblem = 'no_speech' | 'no_voice' | 'failed';

/** The browser's speech synthesis, if it has one. */
export function browserSpeech(): SpeechEnv | undefined {
	if (typeof speechSynthesis === 'undefined' || typeof SpeechSynthesisUtterance === 'undefined') {
		return undefined;
	}
	return {
		synth: speechSynthesis as unknown as SpeechEnv['synth'],
		utterance: (text) => new SpeechSynthesisUtterance(text) as unknown as UtteranceLike
	};
}

const tag = (lang: string) => lang.toLowerCase().replace(/_/g, '-');

/**
 * A voice that speaks `lang` (a BCP 47 tag such as `nl` or `nl-NL`), or undefined. Prefers the
 * exact tag, then the language's home region (nl-NL over nl-BE), then voices that work offline.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: string): V | undefined {
	const wanted = tag(lang);
	const primary = wanted.split('-')[0];
	const score = (voice: V) => {
		const own = tag(voice.lang);
		return (
			(own === wanted ? 8 : 0) +
			(own === `${primary}-${primary}` ? 4 : 0) +
			(voice.localService ? 2 : 0) +
			(voice.default ? 1 : 0)
		);
	};
	return voices
		.filter((voice) => tag(voice.lang).split('-')[0] === primary)
		.sort((a, b) => score(b) - score(a))[0];
}

/** Splits a text into sentence-sized pieces: long utterances stop halfway in some browsers. */
export function speechChunks(text: string, max = 200): string[] {
	const sentences = text.match(/[^.!?؟…\n]+[.!?؟…]*["'”’)]*\s*|\n+/g) ?? [];
	const chunks: string[] = [];
	let current = '';
	for (const sentence of sentences) {
		if (current && (current + sentence).trim().length > max) {
			chunks.push(current.trim());
			current = '';
		}
		current += sentence;
	}
	if (current.trim()) chunks.push(current.trim());
	return chunks;
}

/** The voices, waiting a moment for browsers that load them after the page. */
export function loadVoices(env: SpeechEnv, timeoutMs = 1500): Promise<VoiceLike[]> {
	const now = env.synth.getVoices();
	if (now.length > 0) return Promise.resolve(now);
	return new Promise((resolve) => {
		const done = () => {
			clearTimeout(timer);
			env.synth.removeEventListener('voiceschanged', done);
			resolve(env.synth.getVoices());
		};
		const timer = setTimeout(done, timeoutMs);
		env.synth.addEventListener('voiceschanged', done);
	});
}

/** The reader that is speaking now: one at a time on a page. */
const speaking: { reader?: Reader } = {};

export class Reader {
	#session = 0;
	#onChange: (state: ReadState, problem?: ReadProblem) => void;
	#env: SpeechEnv | undefined;

	constructor(
		onChange: (state: ReadState, problem?: ReadProblem) => void,
		env: SpeechEnv | undefined = browserSpeech()
	) {
		this.#onChange = onChange;
		this.#env = env;
	}

	get supported(): boolean {
		return this.#env !== undefined;
	}

	/** Starts reading; resolves with the reason when it cannot. */
	async start(text: string, lang: string): Promise<ReadProblem | undefined> {
		const env = this.#env;
		if (!env) return 'no_speech';
		const voice = pickVoice(await loadVoices(env), lang);
		if (!voice) return 'no_voice';
		speaking.reader?.reset();
		speaking.reader = this;
		env.synth.cancel();
		env.synth.resume(); // Chromium stays paused after cancelling a paused utterance
		const session = ++this.#session;
		const chunks = speechChunks(text);
		chunks.forEach((chunk, i) => {
			const utterance = env.utterance(chunk);
			utterance.voice = voice;
			utterance.lang = voice.lang;
			utterance.onend = () => {
				if (session === this.#session && i === chunks.length - 1) this.#finish();
			};
			utterance.onerror = (event) => {
				if (session !== this.#session) return;
				const reason = (event as { error?: string }).error;
				this.#finish(reason === 'interrupted' || reason === 'canceled' ? undefined : 'failed');
			};
			env.synth.speak(utterance);
		});
		this.#onChange('speaking');
		return undefined;
	}

	pause() {
		if (speaking.reader !== this) return;
		this.#env?.synth.pause();
		this.#onChange('paused');
	}

	resume() {
		if (speaking.reader !== this) return;
		this.#env?.synth.resume();
		this.#onChange('speaking');
	}

	stop() {
		if (speaking.reader !== this) return;
		this.#session++;
		speaking.reader = undefined;
		this.#env?.synth.cancel();
		this.#onChange('idle');
	}

	/** Another reader took over: stop listening to the utterances of this one. */
	reset() {
		this.#session++;
		this.#onChange('idle');
	}

	#finish(problem?: ReadProblem) {
		this.#session++;
		if (speaking.reader === this) speaking.reader = undefined;
		this.#onChange('idle', problem);
	}
}
