import { RecordData } from '../../core/schemas';
import { changeRefusal } from './changeRefusal';
import { assertQuarterOpen, writeChange } from './changeContext';
import type { AppDb } from './db';
import { NotAllowedError, RecordInvalidError, RecordNotFoundError, type FieldIssue } from './errors';
import { inRecordChange } from './recordChange';
import { recordQuarter } from './recordQuarter';
import { referenceIssues } from './referenceIssues';
import type { StoredRecord } from './types';
import { uuidv7 } from './uuidv7';

type Stamp = 'id' | 'memberId' | 'personId' | 'createdAt' | 'updatedAt' | 'version';
type WithoutStamp<T> = T extends unknown ? Omit<T, Stamp> : never;

/** What a form gives: a record without the fields the store stamps; `id` to edit an existing one. */
export type RecordInput = WithoutStamp<RecordData> & { id?: string };

/**
 * Saves a new record, or a new version of an existing one, and queues the change for the hub,
 * in one transaction. The record is parsed with the core schema and checked against the
 * member's set-up, the person's role and the quarter's seal first: if anything is wrong it
 * throws (RecordInvalidError, NotAllowedError, QuarterSealedError, StorageFullError…) and
 * nothing is written.
 */
export async function saveRecord(
  db: AppDb,
  input: RecordInput,
  personId: string,
  { now = new Date() }: { now?: Date } = {},
): Promise<StoredRecord> {
  const at = now.toISOString();
  return inRecordChange(db, personId, async ({ device, reference, person }) => {
    const existing = input.id === undefined ? undefined : await db.records.get(input.id);
    if (existing?.deleted) throw new RecordNotFoundError('This record has been deleted, so it cannot be changed. Undo the delete first.');
    const parsed = RecordData.safeParse({
      ...input,
      id: input.id ?? uuidv7(now.getTime()),
      memberId: device.memberId,
      personId: person.id,
      createdAt: existing?.createdAt ?? at,
      updatedAt: at,
      version: (existing?.version ?? 0) + 1,
    });
    if (!parsed.success) {
      throw new RecordInvalidError(parsed.error.issues.map((i): FieldIssue => ({ path: i.path.join('.'), message: i.message })));
    }
    const record = parsed.data;
    if (existing && existing.type !== record.type) {
      throw new RecordInvalidError([{ path: 'type', message: `This record is a ${existing.type}; it cannot become a ${record.type}` }]);
    }
    const refusal = changeRefusal(person, record, existing);
    if (refusal) throw new NotAllowedError(refusal);
    const issues = referenceIssues(record, reference);
    if (issues.length > 0) throw new RecordInvalidError(issues);
    const quarter = recordQuarter(record);
    assertQuarterOpen(reference, record.subContractId, quarter);
    if (existing) assertQuarterOpen(reference, existing.subContractId, existing.quarter);

    const row: StoredRecord = { ...record, deleted: 0, quarter };
    await writeChange(db, row, 'upsert', record, person.id, at);
    return row;
  });
}
