import { computed } from '@preact/signals';
import { runningTotalsBySubContract, type RunningTotals } from '../../core/aggregate';
import { targetFor } from '../../core/profile';
import type { IndicatorSource, QuarterId, RecordData, ReferenceData, SubContract } from '../../core/schemas';
import { quarterEnd, quarterStart } from '../../core/time';
import { device, quarterRecords, reference } from './appState';
import { currentQuarter } from './today';

export type FigureRow = {
  key: 'clients' | 'sessions' | 'outcomes' | 'volunteerHours';
  label: string;
  actual: number;
  /** The profile's target for the quarter; null when the profile sets none. */
  target: number | null;
  unit: 'count' | 'hours';
};

export type SubContractFigures = { subContract: SubContract; totals: RunningTotals; rows: FigureRow[] };

const EMPTY: RunningTotals = { records: 0, clients: 0, newClients: 0, sessions: 0, interventions: 0, outcomes: 0, volunteerHours: 0, spendPence: 0 };

const ROWS: { key: FigureRow['key']; label: string; sources: IndicatorSource[]; unit: FigureRow['unit'] }[] = [
  { key: 'clients', label: 'Clients supported', sources: ['unique-clients'], unit: 'count' },
  { key: 'sessions', label: 'Sessions', sources: ['sessions'], unit: 'count' },
  { key: 'outcomes', label: 'Outcomes achieved', sources: ['outcome'], unit: 'count' },
  { key: 'volunteerHours', label: 'Volunteer hours', sources: ['volunteer-hours'], unit: 'hours' },
];

/**
 * The running totals of a quarter per sub-contract of the member, against the profile in force
 * (computed by src/core). A row's target is the sum of the targets of the template's indicators
 * with that source (several outcome indicators make one "Outcomes achieved" target).
 */
export function figuresFor(data: ReferenceData, memberId: string, records: readonly RecordData[], quarter: QuarterId): SubContractFigures[] {
  const totals = runningTotalsBySubContract(records, quarter);
  const from = quarterStart(quarter);
  const to = quarterEnd(quarter);
  return data.subContracts
    .filter((s) => s.memberId === memberId && s.start <= to && s.end >= from)
    .map((subContract) => {
      const template = data.templates.find((t) => t.id === subContract.templateId);
      const indicators = (template?.indicators ?? [])
        .map((ti) => data.indicators.find((i) => i.id === ti.indicatorId))
        .filter((i) => i !== undefined);
      const t = totals.get(subContract.id) ?? EMPTY;
      const rows = ROWS.map(({ key, label, sources, unit }): FigureRow => {
        let target: number | null = null;
        for (const indicator of indicators) {
          if (!sources.includes(indicator.source)) continue;
          const value = targetFor(data.profiles, subContract.id, indicator.id, quarter);
          if (value !== null) target = (target ?? 0) + value;
        }
        return { key, label, actual: t[key], target, unit };
      });
      return { subContract, totals: t, rows };
    });
}

/** The current quarter's live figures; they follow every save. */
export const liveFigures = computed<SubContractFigures[]>(() => {
  const data = reference.value;
  const memberId = device.value?.memberId;
  if (!data || !memberId) return [];
  return figuresFor(data, memberId, quarterRecords.value, currentQuarter.value);
});
