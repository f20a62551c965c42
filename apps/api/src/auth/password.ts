import { hash, verify } from '@node-rs/argon2';
import { refusal, type GuardFailure } from '@prepcom/domain';

export const MIN_PASSWORD_LENGTH = 12;

/** argon2id with the library's defaults (19 MiB, 2 passes), the OWASP baseline. */
export const hashPassword = (password: string) => hash(password);

/** A hash of nothing in particular, verified when the account does not exist so both paths cost the same. */
const DECOY = hash('prepcom decoy password, never valid');

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    await verify(await DECOY, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}

export function passwordRule(password: string): GuardFailure | null {
  if (Array.from(password).length >= MIN_PASSWORD_LENGTH) return null;
  return refusal('PASSWORD_TOO_SHORT', 'password', 'PASSWORD_TOO_SHORT', { min: MIN_PASSWORD_LENGTH });
}
