import { type QuarterId, type ReferenceData, type ReturnVersion, type SubContract, returnKey } from '../../core/schemas';
import { type Extension, type Instant, describeDate, graceEndsAtLabel, londonDateOf, quarterLabel } from './returnsTime';
import { type ReturnStatus, extensionInForce, returnStatus } from '../../core/timeliness';
import { latestOf } from '../store/returns/latestVersion';
import type { ReturnsData, WaitingChange } from '../store/returns/readReturnsData';
import type { ReturnDraft, StoredExtension, StoredQuery, StoredReturnVersion } from '../store/returns/types';

/** How a return stands on this device, in the words the manager sees. */
export type ReturnStage =
  | 'not started'
  | 'draft'
  | 'waiting to send'
  | 'refused'
  | 'sent'
  | 'received'
  | 'queried'
  | 'resubmitted'
  | 'accepted';

export type ReturnSummary = {
  key: string;
  subContract: SubContract;
  quarter: QuarterId;
  quarterLabel: string;
  href: string;
  draft: ReturnDraft | null;
  /** The newest version the device knows (sealed here, pulled, or the reference history). */
  latest: ReturnVersion | null;
  /** Its stored row, when it is one this device sealed or pulled. */
  latestRow: StoredReturnVersion | null;
  stage: ReturnStage;
  /** e.g. "Sealed — it will be sent when you are online". */
  stageLabel: string;
  /** GOV.UK tag colour for the stage. */
  tag: 'grey' | 'blue' | 'yellow' | 'green' | 'red' | 'purple' | 'turquoise';
  /** Its change still in the outbox, if so. */
  waiting: WaitingChange | null;
  /** T1/T3 on this device: due date, working days left, or overdue; the hub's T2 verdict once received. */
  timeliness: ReturnStatus;
  /** The label to show: the hub's verdict once it has the return, else the device's T3 label. */
  timelinessLabel: string;
  /** Not sent yet and past its due date: sealing now would be late. */
  wouldBeLate: boolean;
  extensions: StoredExtension[];
  grantedExtension: Extension | null;
  queries: StoredQuery[];
  openQueries: StoredQuery[];
  /** Accepted by the hub: read-only for good. */
  locked: boolean;
  /** A new version may be started: nothing waiting, not locked, a version already at the hub. */
  canResubmit: boolean;
};

const STAGE_LABEL: Record<ReturnStage, string> = {
  'not started': 'Not started',
  draft: 'Draft — not sealed yet',
  'waiting to send': 'Sealed — it will be sent when you are online',
  refused: 'Sealed — the hub could not accept it',
  sent: 'Sealed and sent',
  received: 'Received by the hub',
  queried: 'The hub has a query',
  resubmitted: 'Resubmitted',
  accepted: 'Accepted by the hub — locked',
};

const STAGE_TAG: Record<ReturnStage, ReturnSummary['tag']> = {
  'not started': 'grey',
  draft: 'blue',
  'waiting to send': 'yellow',
  refused: 'red',
  sent: 'turquoise',
  received: 'turquoise',
  queried: 'purple',
  resubmitted: 'turquoise',
  accepted: 'green',
};

function stageOf(draft: ReturnDraft | null, latest: ReturnVersion | null, waiting: WaitingChange | null): ReturnStage {
  if (latest && (latest.state === 'accepted' || latest.state === 'locked')) return 'accepted';
  if (draft) return 'draft';
  if (!latest) return 'not started';
  if (waiting) return waiting.status === 'pending' ? 'waiting to send' : 'refused';
  switch (latest.state) {
    case 'sealed':
      return 'sent';
    case 'received':
    case 'validated':
      return 'received';
    case 'queried':
      return 'queried';
    case 'resubmitted':
      return 'resubmitted';
    default:
      return 'sent';
  }
}

/**
 * Where one return (sub-contract and quarter) stands on this device: its stage, T3 timeliness
 * with any extension granted, the hub's queries, and what the manager may do next.
 */
export function returnSummary(
  reference: ReferenceData,
  data: ReturnsData | undefined,
  versions: readonly ReturnVersion[],
  subContract: SubContract,
  quarter: QuarterId,
  now: Instant,
): ReturnSummary {
  const key = returnKey({ subContractId: subContract.id, quarter });
  const draft = data?.drafts.find((d) => d.key === key) ?? null;
  const latest = latestOf(versions, subContract.id, quarter);
  const rows = (data?.versions ?? []).filter((v) => v.subContractId === subContract.id && v.quarter === quarter);
  const latestRow = latest ? (rows.find((r) => r.id === latest.id) ?? null) : null;
  const waiting = latest ? (data?.waiting.get(latest.id) ?? null) : null;
  const stage = stageOf(draft, latest, waiting);

  const extensions = (data?.extensions ?? []).filter((e) => e.subContractId === subContract.id && e.quarter === quarter);
  const grantedExtension = extensionInForce(extensions) ?? null;
  const policy = reference.primeContracts.find((p) => p.id === subContract.primeContractId)!.deadlinePolicy;
  const receivedAt = versions
    .filter((v) => v.subContractId === subContract.id && v.quarter === quarter && v.receivedAt)
    .map((v) => v.receivedAt!)
    .sort()[0];
  const first = versions.filter((v) => v.subContractId === subContract.id && v.quarter === quarter && v.seal).sort((a, b) => a.version - b.version)[0];
  const timeliness = returnStatus(
    {
      quarter,
      extension: grantedExtension ?? undefined,
      evidence: receivedAt
        ? {
            firstCompleteReceivedAt: receivedAt,
            ...(first?.seal ? { sealedAt: first.seal.sealedAtDevice } : {}),
            ...(first?.seal && first.seal.skewMs !== null ? { clockSkew: { skewMs: first.seal.skewMs, measuredAt: first.seal.sealedAtDevice } } : {}),
          }
        : undefined,
    },
    now,
    policy,
  );
  const hubLabel = latestRow?.hub?.timeliness.label;
  let timelinessLabel = hubLabel ?? timeliness.label;
  const sealedHere = latest?.seal && !receivedAt ? latest.seal : null;
  if (sealedHere && timeliness.status === 'overdue' && sealedHere.sealedAtCorrected <= timeliness.due.dueAt) {
    timelinessLabel = `Sealed ${describeDate(londonDateOf(sealedHere.sealedAtCorrected))}, before the due date — on time if it reaches the hub by ${graceEndsAtLabel(timeliness.due.dueAt, policy)}`;
  }
  const sentOrSealed = latest !== null && !draft;
  const wouldBeLate = !sentOrSealed && timeliness.status === 'overdue';

  const returnIds = new Set<string>([...rows.map((r) => r.id), ...rows.flatMap((r) => (r.hub ? [r.hub.returnId] : [])), ...(latest ? [latest.id] : [])]);
  const queries = (data?.queries ?? []).filter((q) => returnIds.has(q.returnId)).sort((a, b) => (a.raisedAt < b.raisedAt ? -1 : 1));
  const locked = stage === 'accepted';
  return {
    key,
    subContract,
    quarter,
    quarterLabel: quarterLabel(quarter),
    href: `/returns/${encodeURIComponent(subContract.id)}/${quarter}`,
    draft,
    latest,
    latestRow,
    stage,
    stageLabel: STAGE_LABEL[stage],
    tag: STAGE_TAG[stage],
    waiting,
    timeliness,
    timelinessLabel,
    wouldBeLate,
    extensions,
    grantedExtension,
    queries,
    openQueries: queries.filter((q) => q.state === 'open'),
    locked,
    canResubmit: !locked && !draft && latest !== null && (waiting === null ? latest.state !== 'sealed' : waiting.status !== 'pending'),
  };
}
