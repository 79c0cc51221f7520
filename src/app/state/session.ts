import { computed, signal } from '@preact/signals';
import type { Person } from '../../core/schemas';
import { pinHolders } from '../store/pinHolders';
import { hasPin, resetPin, setPin, verifyPin, type PinCheck } from '../store/pins';
import { activeDb, reference } from './appState';

// Who is using this shared device now. Kept for this tab only (sessionStorage): a reload keeps
// the person, closing the app locks it.
const STORAGE_KEY = 'consortium-returns.person';

function stored(): string | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function remember(personId: string | null): void {
  try {
    if (typeof sessionStorage === 'undefined') return;
    if (personId) sessionStorage.setItem(STORAGE_KEY, personId);
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Private mode without storage: the person simply unlocks again after a reload.
  }
}

export const currentPersonId = signal<string | null>(stored());

/** The unlocked person, if they are (still) one of the member's active people. */
export const currentPerson = computed<Person | null>(() => {
  const id = currentPersonId.value;
  if (!id) return null;
  return reference.value?.people.find((p) => p.id === id && p.active) ?? null;
});

/** The member's people who may use the device, managers first, then by name. */
export const devicePeople = computed<Person[]>(() => {
  const order = { manager: 0, staff: 1, volunteer: 2 } as const;
  return [...(reference.value?.people ?? [])]
    .filter((p) => p.active)
    .sort((a, b) => order[a.role] - order[b.role] || a.displayName.localeCompare(b.displayName));
});

export function personHasPin(personId: string): Promise<boolean> {
  return hasPin(activeDb(), personId);
}

/** Unlocks the device for `personId` when the PIN is right. */
export async function unlock(personId: string, pin: string): Promise<PinCheck> {
  const result = await verifyPin(activeDb(), personId, pin);
  if (result.ok) {
    currentPersonId.value = personId;
    remember(personId);
  }
  return result;
}

/** First use on this device: sets the person's PIN and unlocks. */
export async function setFirstPin(personId: string, pin: string): Promise<void> {
  await setPin(activeDb(), personId, pin);
  currentPersonId.value = personId;
  remember(personId);
}

/** Locks the device: the next person chooses themselves and enters their PIN. */
export function lock(): void {
  currentPersonId.value = null;
  remember(null);
}

/** The unlocked manager clears someone's PIN. */
export async function resetPersonPin(personId: string): Promise<void> {
  const manager = currentPerson.value;
  if (!manager) throw new Error('Unlock the device first.');
  await resetPin(activeDb(), manager.id, personId);
}

/** Who has a PIN on this device (live query for the "who is using this device" screen). */
export function pinHoldersQuery(): Promise<string[]> {
  return pinHolders(activeDb());
}
