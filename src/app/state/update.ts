import { computed, signal } from '@preact/signals';

/**
 * The state of an app update, apart from the service worker machinery (src/app/sw-bridge.ts):
 * whether a new version is ready, and what stops the person applying it now.
 *
 * An update reloads the page, so it must never happen while work could be lost. Other parts of
 * the app register a blocker: a check that returns a plain-English reason ("3 changes are
 * waiting to sync") or null when it has no objection.
 */
export type UpdateBlocker = () => string | null;

/** A new version is installed and waiting (or already active in another tab). */
export const updateReady = signal(false);

const blockers = signal<readonly UpdateBlocker[]>([]);
const refused = signal(false);

/** Adds a check consulted before every update. Returns a function that removes it. */
export function registerUpdateBlocker(blocker: UpdateBlocker): () => void {
  blockers.value = [...blockers.value, blocker];
  return () => {
    blockers.value = blockers.value.filter((b) => b !== blocker);
  };
}

/** Every reason not to update right now; empty when the update may go ahead. */
export function updateBlockReasons(): string[] {
  return blockers.value.map((check) => check()).filter((reason): reason is string => Boolean(reason));
}

/**
 * The reasons shown after the person asked to update and was refused. Live: a blocker that
 * reads signals (the outbox count, a form's dirty flag) makes this follow it, so the message
 * goes away once the reason has gone.
 */
export const updateRefusalReasons = computed(() => (refused.value ? updateBlockReasons() : []));

/**
 * Runs `apply` only if no blocker objects; otherwise remembers the refusal for the banner.
 * Returns whether the update went ahead.
 */
export function tryApplyUpdate(apply: () => void): boolean {
  if (updateBlockReasons().length > 0) {
    refused.value = true;
    return false;
  }
  refused.value = false;
  apply();
  return true;
}
