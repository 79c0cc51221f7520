import type { ReturnVersion } from '../../../core/schemas';
import { financePath, formatFigure, narrativePath, valuePath } from '../../../core/validation';
import { fieldLabel, hrefOfPath } from '../../state/returnsPaths';
import type { ReturnBasis } from '../../store/returns/returnBasis';

type Row = { key: string; label: string; value: string; path: string };

function rowsOf(ret: ReturnVersion, basis: ReturnBasis): Row[] {
  if (ret.nil) return [{ key: 'nil', label: 'Nil return', value: `No activity this quarter. Reason: ${ret.nil.reason || 'not given'}`, path: 'nil.reason' }];
  const rows: Row[] = [];
  for (const f of ret.figures) {
    const indicator = basis.indicators.get(f.indicatorId);
    const value = f.value === null ? 'Not given' : formatFigure(indicator?.kind, f.value);
    const changed = f.derived !== null && f.overrideReason.trim() !== '' ? ` (changed from ${formatFigure(indicator?.kind, f.derived)}: ${f.overrideReason})` : '';
    rows.push({ key: f.indicatorId, label: indicator?.name ?? f.indicatorId, value: value + changed, path: valuePath(f.indicatorId) });
  }
  for (const line of basis.template.financeLines) {
    const pence = ret.finance[line.id];
    rows.push({ key: `finance-${line.id}`, label: line.label, value: pence === null || pence === undefined ? 'Not given' : formatFigure('money', pence), path: financePath(line.id) });
  }
  for (const item of basis.template.narrative) {
    const text = ret.narrative[item.id]?.trim() ?? '';
    rows.push({ key: `narrative-${item.id}`, label: item.label, value: text === '' ? 'Not given' : text, path: narrativePath(item.id) });
  }
  for (const [key, text] of Object.entries(ret.explanations)) {
    const path = key.slice(key.indexOf(':') + 1);
    rows.push({ key: `explanation-${key}`, label: `Why: ${fieldLabel(path, basis)} (${key.split(':')[0]})`, value: text, path });
  }
  return rows;
}

/** A return's answers as a GOV.UK summary list; with `changeHref`, each row has a Change link to its field. */
export function ReturnContent({ ret, basis, changeHref }: { ret: ReturnVersion; basis: ReturnBasis; changeHref?: string }) {
  return (
    <dl class="app-summary-list" data-testid="return-content">
      {rowsOf(ret, basis).map((row) => (
        <div key={row.key} class="app-summary-list__row">
          <dt class="app-summary-list__key">{row.label}</dt>
          <dd class="app-summary-list__value">{row.value}</dd>
          {changeHref && (
            <dd class="app-summary-list__actions">
              <a href={hrefOfPath(changeHref, row.path)}>
                Change<span class="app-visually-hidden"> {row.label.toLowerCase()}</span>
              </a>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
