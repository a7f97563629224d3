// Ballot codes for E2E tests, made the way staff issue them: only the code's hash is stored.
import { dbQuery } from '../fixtures';

const ALPHABET = 'ACDEFGHJKMNPQRTUVWXY346789';

/** A fresh, unused ballot code for a round (8 characters, without the dash). */
export async function issueCode(roundId: string): Promise<string> {
	const key = Array.from(
		crypto.getRandomValues(new Uint8Array(8)),
		(b) => ALPHABET[b % ALPHABET.length]
	).join('');
	await dbQuery(
		`insert into public.ballots (round_id, code_hash)
		 values ($1, private.ballot_code_hash(private.ballot_code_key($2)))`,
		[roundId, key]
	);
	return key;
}
