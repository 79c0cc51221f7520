import type { ReturnsGridCell } from '../../../../core/hub-api';
import { Tag } from '../components/Tag';
import { count, quarterLabel, share } from '../format';
import { returnHref, stateWords, TIMELINESS_COLOUR } from './words';

/** "Overdue (2 working days) — was due Tue 14 Jul 2026" → "Overdue (2 working days)": the grid is for scanning. */
export function shortTimeliness(label: string): string {
  return label.split(' — ')[0] ?? label;
}

/** One member's return for one quarter: state, on time or not, completeness and findings. */
export function GridCell({ cell, subContractId, who }: { cell: ReturnsGridCell; subContractId: string; who: string }) {
  if (!cell.expected) return <span class="app-hub-small">Not expected</span>;
  const findings =
    cell.state === null
      ? null
      : cell.errors + cell.warnings === 0
        ? 'No errors or warnings'
        : [cell.errors ? count(cell.errors, 'error') : '', cell.warnings ? count(cell.warnings, 'warning') : ''].filter(Boolean).join(', ');
  return (
    <div class="app-hub-cell" data-testid="grid-cell" data-quarter={cell.quarter}>
      <a href={returnHref(subContractId, cell.quarter)} class="app-hub-cell__state">
        {stateWords(cell.state)}
        <span class="app-visually-hidden">
          {' '}
          for {who}, {quarterLabel(cell.quarter)}
        </span>
      </a>
      {cell.timeliness && (
        <Tag colour={TIMELINESS_COLOUR[cell.timeliness.status]}>{shortTimeliness(cell.timeliness.label)}</Tag>
      )}
      {cell.completeness !== null && <span>{share(cell.completeness)} complete</span>}
      {findings && <span class={cell.errors ? 'app-hub-cell__errors' : undefined}>{findings}</span>}
      {cell.unexplainedWarnings > 0 && <span>{count(cell.unexplainedWarnings, 'warning')} not explained</span>}
      {cell.openQueries > 0 && <span>{count(cell.openQueries, 'open query', 'open queries')}</span>}
      {cell.extension && <span>Extension {cell.extension}</span>}
    </div>
  );
}
