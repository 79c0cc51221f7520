import type { QuarterId } from '../../core/schemas';
import { answerQuery } from '../store/returns/answerQuery';
import { requestExtension } from '../store/returns/requestExtension';
import { discardDraft } from '../store/returns/saveDraft';
import { sealReturn } from '../store/returns/sealReturn';
import { startDraft } from '../store/returns/startDraft';
import type { ReturnDraft, StoredExtension, StoredQueryAnswer, StoredReturnVersion } from '../store/returns/types';
import { activeDb } from './appState';
import { draftEditor } from './returnsDraft';
import { currentPerson } from './session';

function managerId(): string {
  const person = currentPerson.value;
  if (!person) throw new Error('Unlock the device as a manager first.');
  return person.id;
}

/** Starts the return (version 1), or its next version after a query; gives back the draft. */
export function startReturn(subContractId: string, quarter: QuarterId): Promise<ReturnDraft> {
  return startDraft(activeDb(), { subContractId, quarter, personId: managerId() });
}

/** Seals the draft as the unlocked manager, once every edit is saved. */
export async function sealAsManager(key: string, declarationAccepted: boolean): Promise<StoredReturnVersion> {
  await draftEditor(key).flush();
  return sealReturn(activeDb(), { key, personId: managerId(), declarationAccepted });
}

export function answerAsManager(queryId: string, comment: string): Promise<StoredQueryAnswer> {
  return answerQuery(activeDb(), { queryId, comment, personId: managerId() });
}

export function requestExtensionAsManager(input: { subContractId: string; quarter: QuarterId; requestedDueDate: string; reason: string }): Promise<StoredExtension> {
  return requestExtension(activeDb(), { ...input, personId: managerId() });
}

/** Drops a new version being prepared (the sealed one before it stays as it is). */
export async function abandonNewVersion(key: string): Promise<void> {
  await draftEditor(key).flush();
  await discardDraft(activeDb(), key);
}
