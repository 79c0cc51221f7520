import { signal } from '@preact/signals';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  registerUpdateBlocker,
  tryApplyUpdate,
  updateBlockReasons,
  updateRefusalReasons,
} from '../../../src/app/state/update';

describe('update blockers', () => {
  const removers: (() => void)[] = [];
  const block = (check: () => string | null) => removers.push(registerUpdateBlocker(check));
  afterEach(() => {
    removers.splice(0).forEach((remove) => remove());
    tryApplyUpdate(() => {}); // clears any refusal left by a test
  });

  it('applies the update when nothing objects', () => {
    block(() => null);
    const apply = vi.fn();
    expect(tryApplyUpdate(apply)).toBe(true);
    expect(apply).toHaveBeenCalledTimes(1);
    expect(updateRefusalReasons.value).toEqual([]);
  });

  it('refuses while a blocker gives a reason, and says every reason', () => {
    block(() => '3 changes are waiting to sync');
    block(() => null);
    block(() => 'You have a form with unsaved answers');
    const apply = vi.fn();

    expect(tryApplyUpdate(apply)).toBe(false);
    expect(apply).not.toHaveBeenCalled();
    expect(updateRefusalReasons.value).toEqual(['3 changes are waiting to sync', 'You have a form with unsaved answers']);
  });

  it('shows no reasons before anyone asked to update', () => {
    block(() => '1 change is waiting to sync');
    expect(updateBlockReasons()).toEqual(['1 change is waiting to sync']);
    expect(updateRefusalReasons.value).toEqual([]);
  });

  it('follows a blocker that reads a signal, so the message goes once the reason has gone', () => {
    const waiting = signal(2);
    block(() => (waiting.value > 0 ? `${waiting.value} changes are waiting to sync` : null));
    const apply = vi.fn();

    expect(tryApplyUpdate(apply)).toBe(false);
    expect(updateRefusalReasons.value).toEqual(['2 changes are waiting to sync']);
    waiting.value = 0;
    expect(updateRefusalReasons.value).toEqual([]);
    expect(tryApplyUpdate(apply)).toBe(true);
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('forgets a blocker once it is removed', () => {
    const remove = registerUpdateBlocker(() => 'A form has unsaved answers');
    remove();
    const apply = vi.fn();
    expect(tryApplyUpdate(apply)).toBe(true);
    expect(apply).toHaveBeenCalledTimes(1);
  });
});
