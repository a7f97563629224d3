// When the server says the session has ended (401: JWT expired, revoked, or no session any more),
// a staff call asks for a new session in place and runs once more, so nothing typed is lost.
// The staff state registers how to get that session (refresh, else ask the user to sign in again).
import { AdminError } from './admin-call';

type Reauthenticate = () => Promise<boolean>;

let reauthenticate: Reauthenticate | undefined;

export function setReauthenticate(fn: Reauthenticate | undefined): void {
	reauthenticate = fn;
}

export function isSessionError(error: unknown): boolean {
	return error instanceof AdminError && error.reason === 'signed_out';
}

/** Runs `call`; after a 401 it waits for a new session and runs `call` once more. */
export async function withSession<T>(call: () => Promise<T>): Promise<T> {
	try {
		return await call();
	} catch (error) {
		if (!isSessionError(error) || !reauthenticate || !(await reauthenticate())) throw error;
		return call();
	}
}
