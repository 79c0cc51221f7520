import type { Finding, Seal } from '../../../core/schemas';
import { ReturnChange } from '../../../core/sync';
import { plural } from '../../../core/validation';
import type { AppDb } from '../db';
import { NotAllowedError, StoreError } from '../errors';
import { loadChangeContext } from '../changeContext';
import { storageError } from '../storageError';
import { checkReturn } from './checkReturn';
import { ReturnNotFoundError, SealRefusedError } from './errors';
import { isClosed, knownVersions, latestOf } from './latestVersion';
import { madeOnceEnvelope } from './madeOnceEnvelope';
import { queueChange } from './queueChange';
import { returnBasis } from './returnBasis';
import type { StoredReturnVersion } from './types';

export type SealInput = {
  /** The draft's key (returnKey). */
  key: string;
  personId: string;
  /** The manager ticked the declaration. */
  declarationAccepted: boolean;
};

/** "2 errors to fix and 1 warning to explain" — why a return cannot be sealed yet. */
export function sealBlockers(errors: readonly Finding[], unexplained: readonly Finding[]): string {
  const parts: string[] = [];
  if (errors.length > 0) parts.push(`${plural(errors.length, 'error')} to fix`);
  if (unexplained.length > 0) parts.push(`${plural(unexplained.length, 'warning')} to explain`);
  return parts.join(' and ');
}

/**
 * Seals a draft: the manager's sign-off (declaration, name, device time and clock-corrected
 * time from the skew measured at the last sync) makes it a sealed ReturnVersion that goes to the
 * hub through the outbox. The draft is checked again here with the same rules as on screen and
 * at the hub; sealing is refused (SealRefusedError, listing each problem) while errors remain or
 * warnings lack an explanation, and by anyone but a manager of the member.
 *
 * Atomicity (DESIGN §5): the sealed version, its outbox entry and the draft's removal are ONE
 * Dexie transaction, so a crash leaves either the draft or a sealed version that will be sent —
 * never a sealed version the hub will not get. Nothing in here awaits anything but Dexie.
 */
export async function sealReturn(db: AppDb, input: SealInput, { now = new Date() }: { now?: Date } = {}): Promise<StoredReturnVersion> {
  try {
    return await db.transaction(
      'rw',
      [db.device, db.reference, db.records, db.meta, db.returnDrafts, db.returnVersions, db.outbox],
      async () => {
        const { device, reference, person } = await loadChangeContext(db, input.personId);
        if (person.role !== 'manager') throw new NotAllowedError('Only a manager can seal a return.');
        const draft = await db.returnDrafts.get(input.key);
        if (!draft || draft.memberId !== device.memberId) throw new ReturnNotFoundError('There is no draft of this return to seal.');
        if (!input.declarationAccepted) {
          throw new SealRefusedError('Confirm the declaration to seal the return.', [
            { ruleId: 'C7', severity: 'error', path: 'seal.declarationAccepted', message: 'Confirm the declaration to seal the return' },
          ]);
        }
        const stored = await db.returnVersions.where('[subContractId+quarter]').equals([draft.subContractId, draft.quarter]).toArray();
        const latest = latestOf(knownVersions(reference, stored), draft.subContractId, draft.quarter);
        if (isClosed(latest)) throw new SealRefusedError('The hub has accepted this return, so it is locked and cannot be sealed again.');
        if (latest && latest.version >= draft.version) {
          throw new SealRefusedError(`Version ${latest.version} of this return already exists. Start a new version to change it.`);
        }
        const records = await db.records.where('subContractId').equals(draft.subContractId).toArray();
        const basis = returnBasis(reference, draft.subContractId, draft.quarter, records, knownVersions(reference, await db.returnVersions.toArray()));
        const check = checkReturn(draft, basis);
        if (!check.canSeal) {
          throw new SealRefusedError(`You cannot seal this return yet: ${sealBlockers(check.errors, check.unexplained)}.`, [
            ...check.errors,
            ...check.unexplained,
          ]);
        }
        const at = now.toISOString();
        const skew = (await db.meta.get('clockSkewMs'))?.value;
        const skewMs = typeof skew === 'number' ? skew : null;
        const seal: Seal = {
          declarationAccepted: true,
          managerId: person.id,
          managerName: person.displayName,
          sealedAtDevice: at,
          // Device minus hub is the skew, so the hub's clock read now = device time − skew.
          sealedAtCorrected: new Date(now.getTime() - (skewMs ?? 0)).toISOString(),
          skewMs,
        };
        const parsed = ReturnChange.safeParse({
          ...madeOnceEnvelope(person.id, now, draft.id),
          entity: 'return',
          data: { ...check.ret, state: 'sealed', seal, updatedAt: at, updatedBy: person.id },
        });
        if (!parsed.success) throw new StoreError(`This return cannot be sent to the hub: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
        const row: StoredReturnVersion = {
          id: draft.id,
          subContractId: draft.subContractId,
          quarter: draft.quarter,
          version: draft.version,
          data: parsed.data.data,
          origin: 'device',
          hub: null,
        };
        await db.returnVersions.add(row);
        await queueChange(db, parsed.data, at);
        await db.returnDrafts.delete(draft.key);
        return row;
      },
    );
  } catch (error) {
    throw storageError(error);
  }
}
