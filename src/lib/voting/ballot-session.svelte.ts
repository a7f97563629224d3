// One ballot on the ballot page (`/stem#CODE`): open it (from the device, else from the server),
// keep the vote being made on the device after every change, cast it into the outbox, and follow
// it until the server has it.
import { earlyBallot, getBallot, type BallotError } from '$lib/api/votes';
import { castVote, saveDraft, saveOpenedBallot, watchBallot } from '$lib/db/ballots';
import { checkBallot, emptyBallot, type Ballot, type BallotProblem } from './ballot';
import { checkBallotCode, codeFromFragment } from './code';
import { voteState, type BallotDraft, type BallotView, type VoteState } from './status';

export type Phase = 'loading' | 'no_code' | 'problem' | 'explain' | 'vote' | 'check' | 'outcome';

/** Why the ballot cannot be voted with here; each has a text under `vote.reason`. */
export type OpenProblem = BallotError | 'storage' | 'ballot_used';

export class BallotSession {
	#phase = $state<Phase>('loading');
	#problem = $state<OpenProblem>();
	#view = $state<BallotView>();
	#stop?: () => void;
	#opened = 0;
	/** Called after a vote was queued, so the sync engine sends it now. */
	readonly #onQueued: () => void;

	constructor(onQueued: () => void = () => undefined) {
		this.#onQueued = onQueued;
	}

	get phase() {
		return this.#phase;
	}
	get problem() {
		return this.#problem;
	}
	get view() {
		return this.#view;
	}
	get state(): VoteState | undefined {
		return this.#view ? voteState(this.#view) : undefined;
	}
	/** The voter is in the middle of voting (an app update should wait). */
	get busy(): boolean {
		return this.#phase === 'explain' || this.#phase === 'vote' || this.#phase === 'check';
	}

	/** Opens the ballot named by a link's fragment. */
	async open(fragment: string): Promise<void> {
		const ticket = ++this.#opened;
		this.#stop?.();
		this.#view = undefined;
		this.#problem = undefined;
		const typed = codeFromFragment(fragment);
		if (typed.trim() === '') return this.#show('no_code');
		const check = checkBallotCode(typed);
		if (!check.ok) return this.#fail('invalid_code');
		this.#phase = 'loading';

		// Online, the server is asked while the device is searched: a first visit waits only once.
		const remote = navigator.onLine ? earlyBallot.take(check.key) : undefined;
		let stored: BallotView | undefined;
		let storage = true;
		try {
			stored = await this.#watch(check.key);
		} catch {
			storage = false;
		}
		if (ticket !== this.#opened) return;
		if (stored) {
			this.#settle(stored);
			// Online: learn whether the round closed or the ballot was used meanwhile.
			if (remote && voteState(stored) === 'not_voted')
				void this.#refresh(check.key, remote, ticket);
			return;
		}

		const answer = await (remote ?? getBallot(check.key));
		if (ticket !== this.#opened) return;
		if (!answer.ok) return this.#fail(answer.error);
		if (!storage) return this.#fail('storage');
		try {
			const { round, used } = answer.value;
			await saveOpenedBallot(check.key, round, used, { ballot: emptyBallot(round.method) });
			const view = await this.#watch(check.key);
			if (ticket !== this.#opened) return;
			if (view) this.#settle(view);
			else this.#fail('storage');
		} catch {
			this.#fail('storage');
		}
	}

	/** Keeps a change to the vote being made. */
	async update(ballot: Ballot, skipped?: string[]): Promise<void> {
		const view = this.#view;
		if (!view || this.state !== 'not_voted') return;
		const draft: BallotDraft = { ballot, skipped: skipped ?? view.draft.skipped };
		this.#view = { ...view, draft };
		await saveDraft(view.code, draft).catch(() => undefined);
	}

	/** The method's rules, checked before the check screen and before casting. */
	check(): { ok: true; ballot: Ballot } | { ok: false; problem: BallotProblem } {
		const view = this.#view;
		if (!view) return { ok: false, problem: 'wrong_method' };
		return checkBallot(view.round.method, view.round.options, view.draft.ballot);
	}

	go(phase: 'explain' | 'vote' | 'check') {
		if (this.state === 'not_voted') this.#phase = phase;
	}

	/** Casts the vote: into the outbox, then the sync engine is asked to send it. */
	async cast(): Promise<BallotProblem | undefined> {
		const view = this.#view;
		const checked = this.check();
		if (!checked.ok) return checked.problem;
		if (!view) return 'wrong_method';
		try {
			await castVote(view.code, checked.ballot);
		} catch {
			this.#fail('storage');
			return undefined;
		}
		this.#phase = 'outcome';
		this.#onQueued();
		return undefined;
	}

	destroy() {
		this.#opened++;
		this.#stop?.();
		this.#stop = undefined;
	}

	async #refresh(code: string, remote: ReturnType<typeof getBallot>, ticket: number) {
		const answer = await remote;
		if (ticket !== this.#opened || this.state !== 'not_voted') return;
		if (answer.ok) {
			await saveOpenedBallot(code, answer.value.round, answer.value.used, {
				ballot: emptyBallot(answer.value.round.method)
			}).catch(() => undefined);
		} else if (answer.error === 'round_closed' || answer.error === 'ballot_not_found') {
			this.#fail(answer.error);
		}
	}

	/** Follows the stored ballot; resolves with its first view (undefined when not stored). */
	#watch(code: string): Promise<BallotView | undefined> {
		return new Promise((resolve, reject) => {
			let first = true;
			this.#stop = watchBallot(
				code,
				(view) => {
					if (first) {
						first = false;
						resolve(view);
					}
					if (!view) return;
					// While voting, the draft on screen leads: the store follows it after each change.
					const local = this.#view;
					const keepDraft = local?.code === view.code && view.castAt === undefined;
					this.#view = keepDraft ? { ...view, draft: local.draft } : view;
					if (this.#phase !== 'problem' && this.state !== 'not_voted') this.#settle(view);
				},
				(error) => (first ? reject(error) : undefined)
			);
		});
	}

	#settle(view: BallotView) {
		this.#view = view;
		const state = voteState(view);
		if (state === 'used') return this.#fail('ballot_used');
		if (state === 'closed') return this.#fail('round_closed');
		if (state !== 'not_voted') return this.#show('outcome');
		if (this.#phase === 'loading') this.#show(hasContent(view.draft.ballot) ? 'vote' : 'explain');
	}

	#show(phase: Phase) {
		this.#phase = phase;
	}

	#fail(problem: OpenProblem) {
		this.#problem = problem;
		this.#phase = 'problem';
	}
}

function hasContent(ballot: Ballot): boolean {
	if ('points' in ballot) return Object.keys(ballot.points).length > 0;
	if ('ranking' in ballot) return ballot.ranking.length > 0;
	return ballot.pairs.length > 0;
}
