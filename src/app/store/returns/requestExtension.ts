import { type QuarterId, returnKey } from '../../../core/schemas';
import { ExtensionRequestChange } from '../../../core/sync';
import type { AppDb } from '../db';
import { NotAllowedError, RecordInvalidError } from '../errors';
import { loadChangeContext } from '../changeContext';
import { storageError } from '../storageError';
import { madeOnceEnvelope } from './madeOnceEnvelope';
import { queueChange } from './queueChange';
import type { StoredExtension } from './types';

export type ExtensionInput = { subContractId: string; quarter: QuarterId; requestedDueDate: string; reason: string; personId: string };

/**
 * A manager asks the hub for a later due date for one return, with a reason. Kept here as
 * 'requested' and queued for the hub in the same transaction; the hub's decision comes back by
 * pull and replaces it. Refused while a request for the same return still waits for a decision.
 */
export async function requestExtension(db: AppDb, input: ExtensionInput, { now = new Date() }: { now?: Date } = {}): Promise<StoredExtension> {
  try {
    return await db.transaction('rw', [db.device, db.reference, db.returnVersions, db.returnDrafts, db.extensions, db.outbox], async () => {
      const { device, reference, person } = await loadChangeContext(db, input.personId);
      if (person.role !== 'manager') throw new NotAllowedError('Only a manager can ask for an extension.');
      if (!reference.subContracts.some((s) => s.id === input.subContractId && s.memberId === device.memberId)) {
        throw new NotAllowedError('This sub-contract is not one of your organisation’s.');
      }
      const existing = await db.extensions.where('[subContractId+quarter]').equals([input.subContractId, input.quarter]).toArray();
      if (existing.some((e) => e.state === 'requested')) {
        throw new NotAllowedError(`You have already asked for an extension to this return (${returnKey(input)}); wait for the hub’s answer.`);
      }
      const at = now.toISOString();
      const envelope = madeOnceEnvelope(person.id, now);
      const parsed = ExtensionRequestChange.safeParse({
        ...envelope,
        entity: 'extension-request',
        data: { id: envelope.entityId, subContractId: input.subContractId, quarter: input.quarter, requestedDueDate: input.requestedDueDate, reason: input.reason },
      });
      if (!parsed.success) {
        throw new RecordInvalidError(parsed.error.issues.map((i) => ({ path: String(i.path.at(-1) ?? ''), message: i.message })));
      }
      const row: StoredExtension = {
        ...parsed.data.data,
        state: 'requested',
        decidedBy: null,
        decidedAt: null,
        decisionReason: null,
        grantedDueDate: null,
        requestedBy: person.displayName,
        requestedAt: at,
      };
      await db.extensions.add(row);
      await queueChange(db, parsed.data, at);
      return row;
    });
  } catch (error) {
    throw storageError(error);
  }
}
