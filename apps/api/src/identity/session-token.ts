import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'prepcom_session';
export const SESSION_HOURS = 12;

/** A fresh random token (what the browser or the link holds) and its SHA-256 (what the database holds). */
export function newToken(): { token: string; hash: Buffer } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
