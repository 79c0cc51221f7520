import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { ENROLMENT_ALPHABET } from '../../core/sync';

/** A random 256-bit secret, base64url (43 characters): device tokens, session ids, CSRF tokens. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * How the hub stores a token or code: sha256, hex. The secrets are random and long, so a plain
 * hash suffices (no salt or slow hash needed); a database copy then holds nothing usable.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Compares two strings without leaking, by timing, how much of them matched. */
export function sameSecret(a: string, b: string): boolean {
  const left = createHash('sha256').update(a).digest();
  const right = createHash('sha256').update(b).digest();
  return timingSafeEqual(left, right);
}

/** A one-time enrolment code like 'ABCD-EFGH': 8 characters, each uniform over the alphabet. */
export function randomEnrolmentCode(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += ENROLMENT_ALPHABET[randomInt(ENROLMENT_ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** A readable random password for a first hub staff user: 4 groups of 5, about 118 bits. */
export function randomPassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g++) {
    let group = '';
    for (let i = 0; i < 5; i++) group += ENROLMENT_ALPHABET[randomInt(ENROLMENT_ALPHABET.length)]!.toLowerCase();
    groups.push(group);
  }
  return groups.join('-');
}
