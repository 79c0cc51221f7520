import type { ReferenceData, ReturnVersion } from '../../../core/schemas';
import type { AppDb } from '../db';
import { knownVersions } from './latestVersion';
import type { ReturnDraft, StoredReturnVersion } from './types';

/** A draft as the version it will become, still a draft: it reopens its quarter's records. */
function draftAsVersion(d: ReturnDraft): ReturnVersion {
  return {
    id: d.id,
    memberId: d.memberId,
    subContractId: d.subContractId,
    quarter: d.quarter,
    version: d.version,
    state: 'draft',
    nil: null,
    figures: [],
    narrative: {},
    finance: {},
    explanations: {},
    seal: null,
    receivedAt: null,
    updatedAt: d.updatedAt,
    updatedBy: d.updatedBy,
  };
}

/**
 * The reference data with every return this device knows, drafts included, for the records'
 * "is this quarter sealed?" question (quarterSealedIn): a quarter closes as soon as its newest
 * version is sealed HERE — before the hub has it — and opens again while a new version (a
 * resubmission after a query) is a draft.
 */
export function withLocalReturns(
  data: ReferenceData,
  local: { versions: readonly StoredReturnVersion[]; drafts: readonly ReturnDraft[] } | undefined,
): ReferenceData {
  if (!local || (local.versions.length === 0 && local.drafts.length === 0)) return data;
  return { ...data, returns: [...knownVersions(data, local.versions), ...local.drafts.map(draftAsVersion)] };
}

/** The same from the database; call inside a transaction over returnVersions and returnDrafts. */
export async function referenceWithLocalReturns(db: AppDb, data: ReferenceData): Promise<ReferenceData> {
  const [versions, drafts] = await Promise.all([db.returnVersions.toArray(), db.returnDrafts.toArray()]);
  return withLocalReturns(data, { versions, drafts });
}
