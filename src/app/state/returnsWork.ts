import { type ReadonlySignal, computed } from '@preact/signals';
import type { QuarterId } from '../../core/schemas';
import { parseQuarterId } from '../../core/time';
import { checkReturn, type ReturnCheck } from '../store/returns/checkReturn';
import { returnBasis, type ReturnBasis } from '../store/returns/returnBasis';
import type { StoredRecord } from '../store/types';
import { activeDb, device, reference } from './appState';
import { liveSignal } from './live';
import { draftEditor, type DraftEditor } from './returnsDraft';
import { knownReturnVersions, returnsData } from './returnsData';
import { returnsNow } from './returnsList';
import { type ReturnSummary, returnSummary } from './returnsSummary';

/** One return being looked at or worked on: where it stands, what the records give, the live check. */
export type ReturnWork = {
  /** null when the sub-contract is not one of the member's, or the quarter is not a quarter. */
  summary: ReadonlySignal<ReturnSummary | null>;
  /** The set-up and the records' figures; null while loading or when the set-up is incomplete. */
  basis: ReadonlySignal<ReturnBasis | null>;
  /** Why there is no basis, in plain English, when it is not just loading. */
  basisProblem: ReadonlySignal<string | null>;
  editor: DraftEditor;
  /** The live check of the draft (the hub's own rules); null without a draft. */
  check: ReadonlySignal<ReturnCheck | null>;
  /** Stops following the records. */
  stop(): void;
};

function isQuarter(q: string): q is QuarterId {
  try {
    parseQuarterId(q as QuarterId);
    return true;
  } catch {
    return false;
  }
}

/** Opens the work on one return; call stop() when the screen goes. */
export function openReturnWork(subContractId: string, quarter: string): ReturnWork {
  const valid = isQuarter(quarter);
  const records = liveSignal<StoredRecord[] | undefined>(
    () => activeDb().records.where('subContractId').equals(subContractId).toArray(),
    undefined,
  );
  const subContract = computed(() => {
    const memberId = device.value?.memberId;
    return reference.value?.subContracts.find((s) => s.id === subContractId && s.memberId === memberId) ?? null;
  });
  const summary = computed(() => {
    const data = reference.value;
    const sc = subContract.value;
    if (!data || !sc || !valid) return null;
    return returnSummary(data, returnsData.value, knownReturnVersions.value, sc, quarter, returnsNow.value);
  });
  const built = computed<{ basis: ReturnBasis | null; problem: string | null }>(() => {
    const data = reference.value;
    const rows = records.signal.value;
    if (!data || !rows || !subContract.value || !valid) return { basis: null, problem: null };
    try {
      return { basis: returnBasis(data, subContractId, quarter, rows, knownReturnVersions.value), problem: null };
    } catch (error) {
      return { basis: null, problem: error instanceof Error ? error.message : String(error) };
    }
  });
  const basis = computed(() => built.value.basis);
  const editor = draftEditor(`${subContractId}/${quarter}`);
  const check = computed(() => {
    const d = editor.draft.value;
    const b = basis.value;
    return d && b ? checkReturn(d, b) : null;
  });
  return { summary, basis, basisProblem: computed(() => built.value.problem), editor, check, stop: records.stop };
}
