import { z } from 'zod';

/** A PIN is 4 to 8 digits: quick to type on a shared tablet, and never leaves the device. */
export const Pin = z.string().regex(/^\d{4,8}$/, 'Enter a PIN of 4 to 8 numbers');

/**
 * PBKDF2 rounds for new PINs. Kept on each row so it can be raised later without locking anyone
 * out. A short PIN can be guessed offline whatever the count; the rounds only slow that down,
 * and the lock after repeated wrong PINs is what stops guessing on the device itself.
 */
export const PIN_ITERATIONS = 100_000;

export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text);
}

export function fromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

export function newPinSalt(): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(16));
}

/** PBKDF2-SHA256 (WebCrypto) of the PIN with the salt, 256 bits, base64. */
export async function hashPin(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256);
  return toBase64(new Uint8Array(bits));
}

/** Compares two hashes without stopping at the first difference. */
export function sameHash(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
