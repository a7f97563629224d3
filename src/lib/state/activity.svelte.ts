// What the child is in the middle of. An app update waits while a scan or a vote is under way.
class Activity {
	#busy = $state(new Set<string>());

	get busy(): boolean {
		return this.#busy.size > 0;
	}

	start(task: string) {
		this.#busy = new Set([...this.#busy, task]);
	}

	finish(task: string) {
		const next = new Set(this.#busy);
		next.delete(task);
		this.#busy = next;
	}
}

export const activity = new Activity();
