// The reading level the child chose once ("Hoe oud ben je?"). Kept in localStorage: a theme page
// can show the right explainer without opening the device database.
import { ageGroups, type AgeGroup } from '$lib/content/types';

const storageKey = 'rechtop.age';

class AgeChoice {
	#group = $state<AgeGroup | undefined>();

	/** The chosen group, or undefined when the child has not chosen yet. */
	get group(): AgeGroup | undefined {
		return this.#group;
	}

	/** Reads the earlier choice; call after the page is shown (prerendered pages know nothing of it). */
	restore() {
		try {
			const value = localStorage.getItem(storageKey);
			if ((ageGroups as readonly string[]).includes(value ?? '')) this.#group = value as AgeGroup;
		} catch {
			// No storage (private mode): the child chooses again next visit.
		}
	}

	choose(group: AgeGroup) {
		this.#group = group;
		try {
			localStorage.setItem(storageKey, group);
		} catch {
			// As above: the choice lasts for this visit.
		}
	}
}

export const ageChoice = new AgeChoice();
