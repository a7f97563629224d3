// What the child is in the middle of. An app update waits while a scan or a vote is under way.
import { untrack } from 'svelte';

class Activity {
	#tasks = $state<string[]>([]);

	get busy(): boolean {
		return this.#tasks.length > 0;
	}

	// Called from effects: reading the list there must not make the effect depend on it, or
	// starting would run the effect again, which finishes and starts again, without end.
	start(task: string) {
		untrack(() => {
			if (!this.#tasks.includes(task)) this.#tasks = [...this.#tasks, task];
		});
	}

	finish(task: string) {
		untrack(() => {
			this.#tasks = this.#tasks.filter((t) => t !== task);
		});
	}
}

export const activity = new Activity();
