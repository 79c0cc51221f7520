import { type QuarterId, returnKey } from '../../../core/schemas';
import { describeDate, londonDateOf, quarterLabel } from '../../../core/time';
import type { AppDb } from '../db';
import { NotAllowedError } from '../errors';
import { loadChangeContext } from '../changeContext';
import { storageError } from '../storageError';
import { uuidv7 } from '../uuidv7';
import { draftContentFrom, emptyDraftContent } from './draftFromVersion';
import { ReturnClosedError } from './errors';
import { isClosed, knownVersions, latestOf } from './latestVersion';
import type { ReturnDraft } from './types';

/**
 * Starts the return of a sub-contract's quarter as a draft on this device, or gives back the draft
 * already started. With no version yet it is version 1, every figure from the records. After a
 * version has been sealed it is the next version (a resubmission, e.g. after a hub query),
 * starting from what the last one said. Refused for a person who is not a manager of the member,
 * a sub-contract of another member, and a return the hub has accepted (locked).
 */
export async function startDraft(
  db: AppDb,
  input: { subContractId: string; quarter: QuarterId; personId: string },
  { now = new Date() }: { now?: Date } = {},
): Promise<ReturnDraft> {
  try {
    return await db.transaction('rw', [db.device, db.reference, db.returnDrafts, db.returnVersions], async () => {
      const { device, reference, person } = await loadChangeContext(db, input.personId);
      if (person.role !== 'manager') throw new NotAllowedError('Only a manager can prepare and seal a return.');
      const subContract = reference.subContracts.find((s) => s.id === input.subContractId && s.memberId === device.memberId);
      if (!subContract) throw new NotAllowedError('This sub-contract is not one of your organisation’s.');
      const key = returnKey(input);
      const existing = await db.returnDrafts.get(key);
      if (existing) return existing;
      const versions = knownVersions(reference, await db.returnVersions.where('[subContractId+quarter]').equals([input.subContractId, input.quarter]).toArray());
      const latest = latestOf(versions, input.subContractId, input.quarter);
      if (isClosed(latest)) {
        const when = latest!.updatedAt ? ` on ${describeDate(londonDateOf(latest!.updatedAt))}` : '';
        throw new ReturnClosedError(`The hub accepted the ${quarterLabel(input.quarter)} return for ${subContract.name}${when}; this return is locked.`);
      }
      const at = now.toISOString();
      const draft: ReturnDraft = {
        key,
        id: uuidv7(now.getTime()),
        memberId: device.memberId,
        subContractId: input.subContractId,
        quarter: input.quarter,
        version: (latest?.version ?? 0) + 1,
        previousVersionId: latest?.id ?? null,
        ...(latest ? draftContentFrom(latest, reference) : emptyDraftContent()),
        createdAt: at,
        updatedAt: at,
        updatedBy: person.id,
      };
      await db.returnDrafts.add(draft);
      return draft;
    });
  } catch (error) {
    throw storageError(error);
  }
}
