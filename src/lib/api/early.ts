// A page can ask the server while it is still loading (its code and module waves), and the screen
// that needs the answer takes it then instead of asking after it has shown. An answer is taken
// once and only while it is recent; a page that loads again soon after (a language switch) asks
// nothing new.
const RECENT_MS = 30_000;

export function askedEarly<T>(ask: (key: string) => Promise<T>) {
	const asked = new Map<string, { at: number; answer: Promise<T>; used: boolean }>();
	return {
		/** Starts asking, online only, unless this key was asked recently. */
		start(key: string, now = Date.now()): void {
			const last = asked.get(key);
			if (navigator.onLine && !(last && now - last.at < RECENT_MS)) {
				asked.set(key, { at: now, answer: ask(key), used: false });
			}
		},
		/** The answer asked for early, when there is a recent unused one; else asks now. */
		take(key: string, now = Date.now()): Promise<T> {
			const last = asked.get(key);
			if (!last || last.used || now - last.at >= RECENT_MS) return ask(key);
			last.used = true;
			return last.answer;
		}
	};
}
