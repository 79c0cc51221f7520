import type { Finding } from '../../../core/schemas';
import { breakdownPath, formatFigure, valuePath } from '../../../core/validation';
import { fieldId } from '../../state/form';
import { backToRecordsFigure, setBreakdownValue, setFigureValue, setOverrideReason, startOverride } from '../../state/returnsEdits';
import { findingsAt } from '../../state/returnsPaths';
import type { ReturnWork } from '../../state/returnsWork';
import type { StoredQuery } from '../../store/returns/types';
import { ErrorMessage } from '../components/FormGroup';
import { TextInput } from '../components/TextInput';
import { Textarea } from '../components/Textarea';
import { ExplainWarning } from './ExplainWarning';
import { QueryNotes } from './QueryNotes';
import type { DraftScreen } from './ReturnFrame';

const firstAt = (findings: readonly Finding[], path: string) => findings.find((f) => f.path === path)?.message;

/**
 * One figure of the return. From the records (shown, with its breakdowns) unless the manager
 * changes it, which needs a reason (A4); a manual figure is typed. Its errors show at its inputs;
 * its warnings show below it with a box to explain each; the hub's queries on it show above.
 */
export function FigureField(props: { screen: DraftScreen; work: ReturnWork; indicatorId: string; queries: readonly StoredQuery[] }) {
  const { screen, work, indicatorId } = props;
  const { draft, basis, check, ctx, summary } = screen;
  const indicator = basis.indicators.get(indicatorId);
  const ti = basis.template.indicators.find((t) => t.indicatorId === indicatorId);
  if (!indicator || !ti) return null;
  const kind = indicator.kind;
  const derived = basis.derived.get(indicatorId);
  const fromRecords = derived !== undefined && derived.derived !== null;
  const typed = draft.figures[indicatorId];
  const overriding = fromRecords && typed?.override === true;
  const shown = check.ret.figures.find((f) => f.indicatorId === indicatorId);
  const prefix = `figures.${indicatorId}`;
  const errors = findingsAt(check.errors, prefix);
  const warnings = findingsAt(check.warnings, prefix);
  const infos = findingsAt(check.infos, prefix);
  const edit = (fn: Parameters<ReturnWork['editor']['change']>[1]) => work.editor.change(ctx.person.id, fn);
  const headingId = `figure-${indicatorId}`;
  const money = kind === 'money' ? '£' : undefined;
  const inputWidth = kind === 'money' ? '10' : '5';
  const inputMode = kind === 'count' ? 'numeric' : 'decimal';

  return (
    <section
      class={`app-figure${errors.length > 0 ? ' app-figure--problem' : warnings.length > 0 ? ' app-figure--warning' : ''}`}
      aria-labelledby={headingId}
      data-testid={`figure-${indicatorId}`}
      id={overriding || !fromRecords ? undefined : fieldId(valuePath(indicatorId))}
      tabIndex={overriding || !fromRecords ? undefined : -1}
    >
      <h2 class="app-figure__name" id={headingId}>
        {indicator.name}
        {ti.required ? '' : ' (optional)'}
      </h2>
      {indicator.description && <p class="app-hint">{indicator.description}</p>}
      <QueryNotes queries={props.queries} href={summary.href} />
      {fromRecords && !overriding ? (
        <>
          <p class="app-figure__value" data-testid="figure-value">
            {shown?.value === null || shown?.value === undefined ? 'Not given' : formatFigure(kind, shown.value)}
          </p>
          <p class="app-figure__source">
            From your records
            {typeof shown?.yearToDate === 'number' ? ` · ${formatFigure(kind, shown.yearToDate)} so far this year` : ''}
          </p>
          <ErrorList findings={errors} />
          {shown && Object.keys(shown.breakdowns).length > 0 && <BreakdownTables screen={screen} indicatorId={indicatorId} breakdowns={shown.breakdowns} />}
          <button
            type="button"
            class="app-button app-button--secondary"
            onClick={() => edit((d) => startOverride(d, derived, kind, ti.requiredBreakdowns))}
          >
            Change this figure<span class="app-visually-hidden"> ({indicator.name})</span>
          </button>
        </>
      ) : (
        <>
          <TextInput
            name={valuePath(indicatorId)}
            label={overriding ? 'Your figure' : 'Figure for this quarter'}
            hint={overriding ? `Your records give ${formatFigure(kind, derived!.derived!)}.` : kind === 'money' ? 'In pounds and pence, like 1250.50' : undefined}
            width={inputWidth}
            inputMode={inputMode}
            prefix={money}
            value={typed?.value ?? ''}
            error={firstAt(errors, valuePath(indicatorId))}
            onInput={(v) => edit((d) => setFigureValue(d, indicatorId, v))}
          />
          {ti.requiredBreakdowns.map((setId) => {
            const set = basis.categorySets.get(setId);
            if (!set) return null;
            const setError = firstAt(errors, breakdownPath(indicatorId, setId));
            const setFieldId = fieldId(breakdownPath(indicatorId, setId));
            return (
              <fieldset key={setId} class="app-fieldset app-breakdown" aria-describedby={setError ? `${setFieldId}-error` : undefined}>
                <legend class="app-fieldset__legend">{set.name}</legend>
                <ErrorMessage id={setFieldId} error={setError} />
                <div class="app-breakdown__grid">
                  {set.categories.map((c) => (
                    <TextInput
                      key={c.id}
                      name={breakdownPath(indicatorId, setId, c.id)}
                      label={c.label}
                      width={inputWidth}
                      inputMode={inputMode}
                      prefix={money}
                      value={typed?.breakdowns[setId]?.[c.id] ?? ''}
                      error={firstAt(errors, breakdownPath(indicatorId, setId, c.id))}
                      onInput={(v) => edit((d) => setBreakdownValue(d, indicatorId, setId, c.id, v))}
                    />
                  ))}
                </div>
              </fieldset>
            );
          })}
          {overriding && (
            <>
              <Textarea
                name={`${prefix}.overrideReason`}
                label="Why is your figure different from the records?"
                hint="For example, records that could not be entered on this device. The hub sees this reason."
                value={typed?.overrideReason ?? ''}
                onInput={(v) => edit((d) => setOverrideReason(d, indicatorId, v))}
              />
              <button type="button" class="app-link-button" onClick={() => edit((d) => backToRecordsFigure(d, indicatorId))}>
                Use the figure from the records instead<span class="app-visually-hidden"> ({indicator.name})</span>
              </button>
            </>
          )}
          <ErrorList findings={errors.filter((f) => !f.path.startsWith(`${valuePath(indicatorId)}`) && !f.path.startsWith(`${prefix}.breakdowns`))} />
        </>
      )}
      {infos.map((f) => (
        <p key={f.message} class="app-inset-text">
          {f.message}
        </p>
      ))}
      {warnings.map((f) => (
        <ExplainWarning key={f.ruleId + f.path} finding={f} draft={draft} work={work} personId={ctx.person.id} />
      ))}
    </section>
  );
}

function ErrorList({ findings }: { findings: readonly Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <>
      {findings.map((f) => (
        <p key={f.ruleId + f.path + f.message} class="app-error-message">
          <span class="app-visually-hidden">Error:</span> {f.message}
        </p>
      ))}
    </>
  );
}

function BreakdownTables(props: { screen: DraftScreen; indicatorId: string; breakdowns: Record<string, Record<string, number | null>> }) {
  const { basis } = props.screen;
  const kind = basis.indicators.get(props.indicatorId)?.kind;
  const sets = Object.keys(props.breakdowns)
    .map((id) => basis.categorySets.get(id))
    .filter((s) => s !== undefined);
  return (
    <details class="app-details">
      <summary class="app-details__summary">Breakdown by {sets.map((s) => s.name.toLowerCase()).join(', ')}</summary>
      <div class="app-details__text">
        {sets.map((set) => (
          <table key={set.id} class="app-table">
            <caption class="app-table__caption">{set.name}</caption>
            <tbody>
              {set.categories.map((c) => {
                const v = props.breakdowns[set.id]?.[c.id];
                return (
                  <tr key={c.id}>
                    <th scope="row">{c.label}</th>
                    <td class="app-table__numeric">{v === null || v === undefined ? '–' : formatFigure(kind, v)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ))}
      </div>
    </details>
  );
}
