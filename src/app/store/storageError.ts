import { StorageFullError } from './errors';

/**
 * Whether `error` is, or wraps, a QuotaExceededError. Browsers raise it as a DOMException;
 * Dexie may pass it on as Dexie.QuotaExceededError, or as an AbortError whose `inner` is the
 * DOMException, or inside a bulk error's `failures`.
 */
export function isQuotaExceeded(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== 'object' || error === null) return false;
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown; code?: unknown };
  if (e.name === 'QuotaExceededError') return true;
  // Old WebKit: a DOMException with the legacy code 22 and a different name.
  if (e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || (error instanceof DOMException && e.code === 22)) return true;
  if (isQuotaExceeded(e.inner, depth + 1) || isQuotaExceeded(e.cause, depth + 1)) return true;
  if (Array.isArray(e.failures)) return e.failures.some((f) => isQuotaExceeded(f, depth + 1));
  return false;
}

/** Turns a full disk into StorageFullError; anything else is returned as it was. */
export function storageError(error: unknown): unknown {
  return isQuotaExceeded(error) ? new StorageFullError({ cause: error }) : error;
}
