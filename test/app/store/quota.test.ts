import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppDb } from '../../../src/app/store/db';
import { StorageFullError } from '../../../src/app/store/errors';
import { saveRecord } from '../../../src/app/store/saveRecord';
import { isQuotaExceeded } from '../../../src/app/store/storageError';
import { aContact, enrolledDb } from '../fixtures';
import { failWritesTo } from './inject';

// fake-indexeddb has no quota, so the full disk is injected below Dexie, in the shapes browsers
// and Dexie report it.
const quotaErrors: [string, () => unknown][] = [
  ['a DOMException', () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')],
  ['Dexie.QuotaExceededError', () => new Dexie.QuotaExceededError('Quota exceeded')],
  ['an AbortError wrapping it', () => new Dexie.AbortError('Transaction aborted', new DOMException('Full', 'QuotaExceededError'))],
];

describe('a full disk', () => {
  const dbs: AppDb[] = [];
  afterEach(async () => {
    for (const d of dbs.splice(0)) await d.delete();
  });

  it.each(quotaErrors)('raised as %s becomes StorageFullError, and everything saved before is still there', async (_shape, make) => {
    const d = await enrolledDb();
    dbs.push(d);
    const kept = await saveRecord(d, aContact, 'p-staff');
    const before = { records: await d.records.toArray(), outbox: await d.outbox.toArray() };
    const stop = await failWritesTo(d, 'outbox', make);

    const error = await saveRecord(d, { ...aContact, clientRef: 'BRK-0002' }, 'p-staff').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as Error).message).toMatch(/^This device’s storage is full, so this was not saved\. Your answers are still on the screen\./);
    expect({ records: await d.records.toArray(), outbox: await d.outbox.toArray() }).toEqual(before);

    // Once there is room again, the same save goes through.
    stop();
    await saveRecord(d, { ...aContact, clientRef: 'BRK-0002' }, 'p-staff');
    const refs = (await d.records.toArray()).map((r) => (r.type === 'contact' ? r.clientRef : r.type));
    expect(refs.sort()).toEqual([aContact.clientRef, 'BRK-0002']);
    expect(kept.version).toBe(1);
  });

  it('is told apart from other failures', () => {
    expect(isQuotaExceeded(new Error('disk failed'))).toBe(false);
    expect(isQuotaExceeded(new Dexie.AbortError('aborted'))).toBe(false);
    expect(isQuotaExceeded({ name: 'BulkError', failures: [new DOMException('x', 'QuotaExceededError')] })).toBe(true);
    expect(isQuotaExceeded(null)).toBe(false);
  });
});
