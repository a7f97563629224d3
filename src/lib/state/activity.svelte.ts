// What the child is in the middle of. An app update waits while a scan or a vote is under way.
class Activity {
	#tasks = $state<string[]>([]);

	get busy(): boolean {
		return this.#tasks.length > 0;
	}

	start(task: string) {
		if (!this.#tasks.includes(task)) this.#tasks = [...this.#tasks, task];
	}

	finish(task: string) {
		this.#tasks = this.#tasks.filter((t) => t !== task);
	}
}

export const activity = new Activity();
