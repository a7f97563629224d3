// One scan being answered on `/s/CODE`: join it (from the device, else from the server), keep
// every answer on the device the moment it is given, resume where the child was, and put the
// finished scan in the outbox (design §5.1, §5.2).
import { earlyScan, getScan, type JoinFailure } from '$lib/api/scans';
import type { Draft, Receipt } from '$lib/db/db';
import { createDraft, draftFor, updateDraft } from '$lib/db/drafts';
import { isQuotaError } from '$lib/db/errors';
import { enqueueDraft } from '$lib/db/outbox';
import { receiptFor } from '$lib/db/receipts';
import { joinedScanByCode, saveJoinedScan } from '$lib/db/scans';
import { currentLocale } from '$lib/i18n/i18n.svelte';
import { syncStatus } from '$lib/state/sync.svelte';
import { isPlausibleJoinCode } from './join-code';
import {
	isPastClosing,
	questionsFor,
	toSubmission,
	type AgeBand,
	type AnswerValue,
	type ScanData,
	type ScanQuestion
} from './model';

export type Phase = 'loading' | 'problem' | 'intro' | 'age' | 'question' | 'finish' | 'done';

/** Why the scan cannot be answered here; each has a text under `scan.problem`. */
export type Problem =
	Exclude<JoinFailure, 'network'> | 'invalid_code' | 'not_joined_offline' | 'storage';

/** Position of the age question; 0 … n − 1 are the questions, n the last screen before sending. */
const AGE_POSITION = -1;

export class ScanSession {
	#phase = $state<Phase>('loading');
	#problem = $state<Problem>();
	#scan = $state<ScanData>();
	#draft = $state<Draft>();
	#responseId = $state<string>();
	#saveProblem = $state<'full' | 'unavailable'>();
	#receipt = $state<Receipt>();
	#opened = 0;

	get phase() {
		return this.#phase;
	}
	get problem() {
		return this.#problem;
	}
	get scan() {
		return this.#scan;
	}
	get ageBand(): AgeBand | undefined {
		return this.#draft?.ageBand as AgeBand | undefined;
	}
	/** The questions of the chosen age band, in order. */
	get questions(): ScanQuestion[] {
		const band = this.ageBand;
		return this.#scan && band ? questionsFor(this.#scan, band) : [];
	}
	get position(): number {
		return this.#draft?.position ?? 0;
	}
	get question(): ScanQuestion | undefined {
		return this.#phase === 'question' ? this.questions[this.position] : undefined;
	}
	answerTo(questionId: string): AnswerValue | undefined {
		return this.#draft?.answers[questionId] as AnswerValue | undefined;
	}
	/** The id of the response sent from here (thank-you screen). */
	get responseId() {
		return this.#responseId;
	}
	/** Proof that the server has the response sent from here, once it does. */
	get receipt() {
		return this.#receipt;
	}
	/** The last answer could not be kept on the device. */
	get saveProblem() {
		return this.#saveProblem;
	}
	/** The child is in the middle of the scan (an app update waits). */
	get busy(): boolean {
		return this.#phase === 'age' || this.#phase === 'question' || this.#phase === 'finish';
	}

	/** Opens the scan a code names; also with no network once it was joined on this device. */
	async open(code: string): Promise<void> {
		const ticket = ++this.#opened;
		this.#phase = 'loading';
		this.#problem = undefined;
		if (!isPlausibleJoinCode(code)) return this.#fail('invalid_code');

		// Online, the server is asked while the device is searched: a first visit waits only once.
		const remote = navigator.onLine ? earlyScan.take(code) : undefined;
		let scan = await joinedScanByCode(code).catch(() => undefined);
		const fromDevice = scan !== undefined;
		if (!scan) {
			const answer = await (remote ?? getScan(code));
			if (ticket !== this.#opened) return;
			if (!answer.ok) {
				return this.#fail(answer.reason === 'network' ? 'not_joined_offline' : answer.reason);
			}
			scan = answer.scan;
			// Kept whole, every language, so it can be answered offline from now on.
			await saveJoinedScan(scan).catch(() => undefined);
		}
		if (ticket !== this.#opened) return;
		this.#scan = scan;

		let draft: Draft | undefined;
		try {
			draft = await draftFor(scan.id);
		} catch {
			draft = undefined;
		}
		if (ticket !== this.#opened) return;
		this.#draft = draft;
		if (!draft && isPastClosing(scan)) return this.#fail('scan_not_open');
		this.#phase = draft ? this.#phaseAt(draft) : 'intro';
		if (fromDevice && remote) void this.#recheck(remote, ticket);
		// Said before the first answer: this device cannot keep them (private mode, full).
		if (!draft) void this.#probeStorage();
	}

	/**
	 * A scan joined before opens from the device at once; when online, the server is asked quietly
	 * whether it still takes answers (staff may have closed it early) before anyone starts.
	 */
	async #recheck(remote: ReturnType<typeof getScan>, ticket: number): Promise<void> {
		const answer = await remote;
		if (ticket !== this.#opened) return;
		if (answer.ok) {
			await saveJoinedScan(answer.scan).catch(() => undefined);
		} else if (answer.reason !== 'network' && answer.reason !== 'unknown') {
			if (this.#phase === 'intro') this.#fail(answer.reason);
		}
	}

	async #probeStorage(): Promise<void> {
		const health = await syncStatus.checkStorage();
		this.#saveProblem = health === 'ok' ? undefined : health;
	}

	/** After the explanation: checks that the device can keep answers, then starts a draft. */
	async start(): Promise<void> {
		const scan = this.#scan;
		if (!scan) return;
		const health = await syncStatus.checkStorage();
		if (health !== 'ok') {
			this.#saveProblem = health;
			return;
		}
		void syncStatus.keepData();
		try {
			this.#draft = (await draftFor(scan.id)) ?? (await createDraft(scan.id, currentLocale()));
			await this.#save({ position: AGE_POSITION });
		} catch (error) {
			this.#storageFailed(error);
			return;
		}
		this.#saveProblem = undefined;
		this.#phase = this.#phaseAt(this.#draft);
	}

	async chooseAgeBand(band: AgeBand): Promise<void> {
		if (!this.#draft) return;
		this.#draft.ageBand = band;
		await this.#save({ ageBand: band });
	}

	/** Writes the answer to the question on screen; `undefined` clears it. */
	async answer(value: AnswerValue | undefined): Promise<void> {
		const question = this.question;
		if (!this.#draft || !question) return;
		if (value === undefined) delete this.#draft.answers[question.id];
		else this.#draft.answers[question.id] = value;
		await this.#save({ answer: { questionId: question.id, value: $state.snapshot(value) } });
	}

	/** "Wil ik niet zeggen": noted as such, and on to the next question. */
	async skip(): Promise<void> {
		await this.answer(null);
		await this.next();
	}

	async next(): Promise<void> {
		if (!this.#draft) return;
		if (this.#phase === 'age') {
			if (!this.#draft.ageBand) return;
			return this.#goTo(0);
		}
		if (this.#phase === 'question') return this.#goTo(this.position + 1);
	}

	async back(): Promise<void> {
		if (!this.#draft) return;
		if (this.#phase === 'age') {
			this.#phase = 'intro';
			return;
		}
		if (this.#phase === 'finish') return this.#goTo(this.questions.length - 1);
		if (this.#phase === 'question') return this.#goTo(this.position - 1);
	}

	/** Moves the finished scan into the outbox (one transaction) and asks for it to be sent. */
	async finish(): Promise<void> {
		const scan = this.#scan;
		const draft = this.#draft;
		if (!scan || !draft) return;
		const locale = currentLocale();
		try {
			// Answered when the last answer was given: finished after the scan closed, it still counts
			// within the grace period when the answers themselves came while it was open (design §5.5).
			const item = await enqueueDraft(
				draft.id,
				(stored) =>
					toSubmission(stored, scan, locale, stored.updatedAt) as unknown as Record<string, unknown>
			);
			// Undefined: another tab of this device finished it already.
			this.#responseId = item?.id ?? draft.id;
		} catch (error) {
			this.#storageFailed(error);
			return;
		}
		this.#draft = undefined;
		this.#saveProblem = undefined;
		this.#phase = 'done';
		void syncStatus.queued();
	}

	/** Looks whether the receipt for the response sent from here has arrived. */
	async refreshReceipt(): Promise<void> {
		const id = this.#responseId;
		if (!id || this.#receipt?.id === id) return;
		const receipt = await receiptFor(id).catch(() => undefined);
		if (id === this.#responseId) this.#receipt = receipt;
	}

	/** Starts the scan again for someone else on this device (a sibling, a parent). */
	restart(): void {
		this.#responseId = undefined;
		this.#receipt = undefined;
		this.#draft = undefined;
		this.#phase = 'intro';
	}

	#phaseAt(draft: Draft): Phase {
		if (!draft.ageBand || draft.position < 0) return 'age';
		const count =
			this.#scan && draft.ageBand ? questionsFor(this.#scan, draft.ageBand as AgeBand).length : 0;
		return draft.position >= count ? 'finish' : 'question';
	}

	async #goTo(position: number): Promise<void> {
		if (!this.#draft) return;
		const count = this.questions.length;
		const next = Math.max(AGE_POSITION, Math.min(position, count));
		this.#draft.position = next;
		this.#phase = this.#phaseAt(this.#draft);
		await this.#save({ position: next });
	}

	async #save(change: Parameters<typeof updateDraft>[1]): Promise<void> {
		if (!this.#draft) return;
		try {
			const kept = await updateDraft(this.#draft.id, change);
			if (!kept) {
				// Finished in another tab of this device: it is in the outbox already.
				this.#responseId = this.#draft.id;
				this.#draft = undefined;
				this.#phase = 'done';
				return;
			}
			this.#saveProblem = undefined;
		} catch (error) {
			this.#storageFailed(error);
		}
	}

	#storageFailed(error: unknown) {
		const health = isQuotaError(error) ? 'full' : 'unavailable';
		this.#saveProblem = health;
		syncStatus.storageFailed(health);
	}

	#fail(problem: Problem) {
		this.#problem = problem;
		this.#phase = 'problem';
	}
}
