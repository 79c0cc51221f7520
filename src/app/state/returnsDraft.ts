import { type ReadonlySignal, computed, signal } from '@preact/signals';
import { saveDraft } from '../store/returns/saveDraft';
import type { ReturnDraft } from '../store/returns/types';
import { StorageFullError } from '../store/errors';
import { activeDb } from './appState';
import { returnsData } from './returnsData';
import { registerUpdateBlocker } from './update';

/** How long typing may pause before the draft is saved. Short: a reload right after typing loses nothing. */
export const AUTOSAVE_MS = 300;

export type DraftEditor = {
  key: string;
  /** The draft as the manager sees it (with edits not saved yet); null when there is none; undefined while loading. */
  draft: ReadonlySignal<ReturnDraft | null | undefined>;
  /** Edits typed but not yet saved to the device. */
  unsaved: ReadonlySignal<boolean>;
  /** Why the last save failed (a full disk), in plain English; null when saving works. */
  saveError: ReadonlySignal<string | null>;
  /** Changes the draft; it is saved a moment later by itself. */
  change(personId: string, edit: (draft: ReturnDraft) => ReturnDraft): void;
  /** Saves now what is waiting (before sealing, before leaving). */
  flush(): Promise<void>;
};

const editors = new Map<string, DraftEditor>();
const unsavedKeys = signal<ReadonlySet<string>>(new Set());

/** Any return with edits not saved yet: what stops an app update reloading the page. */
export const returnsUnsaved = computed(() => unsavedKeys.value.size > 0);

let blockerRemoved: (() => void) | undefined;
function ensureBlocker(): void {
  blockerRemoved ??= registerUpdateBlocker(() => (returnsUnsaved.value ? 'Your return has changes that are still being saved' : null));
}

function markUnsaved(key: string, on: boolean): void {
  const next = new Set(unsavedKeys.value);
  if (on) next.add(key);
  else next.delete(key);
  unsavedKeys.value = next;
}

/**
 * The editor of one return's draft (one per key for the life of the page, shared by the
 * return's screens, so moving between them never races a save). Edits show at once and are
 * autosaved AUTOSAVE_MS after typing stops; while any wait, an update blocker holds app updates.
 */
export function draftEditor(key: string): DraftEditor {
  const existing = editors.get(key);
  if (existing) return existing;
  ensureBlocker();
  const local = signal<ReturnDraft | null>(null);
  const saveError = signal<string | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saving: Promise<void> = Promise.resolve();

  const draft = computed<ReturnDraft | null | undefined>(() => {
    const data = returnsData.value;
    if (!data) return undefined;
    const stored = data.drafts.find((d) => d.key === key) ?? null;
    const mine = local.value;
    // Edits apply to the draft they were made on; a sealed (gone) or replaced draft drops them.
    return mine && stored && mine.id === stored.id ? mine : stored;
  });

  const save = async (): Promise<void> => {
    timer = undefined;
    const pending = local.value;
    if (!pending) return;
    try {
      await saveDraft(activeDb(), pending);
      saveError.value = null;
      if (local.value === pending) markUnsaved(key, false);
    } catch (error) {
      saveError.value = error instanceof StorageFullError ? error.message : `Your changes could not be saved on this device: ${String(error)}`;
    }
  };

  const editor: DraftEditor = {
    key,
    draft,
    unsaved: computed(() => unsavedKeys.value.has(key)),
    saveError,
    change(personId, edit) {
      const current = draft.value;
      if (!current) return;
      local.value = { ...edit(current), updatedBy: personId };
      markUnsaved(key, true);
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        saving = saving.then(save);
      }, AUTOSAVE_MS);
    },
    async flush() {
      if (timer !== undefined) {
        clearTimeout(timer);
        saving = saving.then(save);
      }
      await saving;
    },
  };
  editors.set(key, editor);
  return editor;
}

/** Saves every draft with edits waiting (the page is being hidden or closed). */
export function flushAllDrafts(): Promise<void> {
  return Promise.all([...editors.values()].map((e) => e.flush())).then(() => undefined);
}

/** Forgets every editor (tests, and a device enrolled again). */
export function resetDraftEditors(): void {
  editors.clear();
  unsavedKeys.value = new Set();
}
