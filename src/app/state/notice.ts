import { signal } from '@preact/signals';
import { currentPath } from './router';

/** A success message after an action (GOV.UK success banner), with an optional Undo. */
export type Notice = {
  message: string;
  /** The page it belongs to; it goes when the person moves to another. */
  path: string;
  undo?: { label: string; run: () => Promise<void> };
};

export const notice = signal<Notice | null>(null);

/** Shows a notice on `path` (the current page unless given). */
export function showNotice(next: Omit<Notice, 'path'> & { path?: string }): void {
  notice.value = { ...next, path: next.path ?? currentPath.value };
}

export function clearNotice(): void {
  notice.value = null;
}
