import { formatFigure, financePath, lowerFirst } from '../../../core/validation';
import { setFinance } from '../../state/returnsEdits';
import { findingsAt } from '../../state/returnsPaths';
import { figureText } from '../../store/returns/figureText';
import type { RouteProps } from '../routes';
import { TextInput } from '../components/TextInput';
import { ExplainWarning } from './ExplainWarning';
import { QueryNotes } from './QueryNotes';
import { CheckLine, DraftFrame, SaveAndReturn } from './ReturnFrame';
import { useFocusHash, useReturnWork } from './useReturnWork';

/** Spend by budget line: from the spend records unless typed. */
export function ReturnFinancePage({ params }: RouteProps) {
  const work = useReturnWork(params.subContractId ?? '', params.quarter ?? '');
  useFocusHash(work.check.value !== null);
  return (
    <DraftFrame work={work}>
      {({ check, basis, summary, draft, ctx }) => (
        <>
          <h1 class="app-heading-l">Spend by budget line</h1>
          <CheckLine check={check} />
          <p>Money spent on this sub-contract in the quarter, by budget line. Lines with spend records are filled in from them.</p>
          {basis.template.financeLines.map((line) => {
            const path = financePath(line.id);
            const fromRecords = basis.spendByLine.get(line.id);
            const typed = draft.finance[line.id];
            const errors = findingsAt(check.errors, path);
            const warnings = findingsAt(check.warnings, path);
            return (
              <div key={line.id} data-testid={`finance-${line.id}`}>
                <QueryNotes queries={summary.queries.filter((q) => q.path === path)} href={summary.href} />
                <TextInput
                  name={path}
                  label={`${line.label}${line.required ? '' : ' (optional)'}`}
                  hint={
                    fromRecords !== undefined
                      ? `Your spend records give ${formatFigure('money', fromRecords)}.`
                      : `No spend records for ${lowerFirst(line.label)} this quarter. Enter 0 if nothing was spent.`
                  }
                  prefix="£"
                  width="10"
                  inputMode="decimal"
                  value={typed ?? figureText('money', fromRecords ?? null)}
                  error={errors[0]?.message}
                  onInput={(v) => work.editor.change(ctx.person.id, (d) => setFinance(d, line.id, v))}
                />
                {typed !== undefined && fromRecords !== undefined && (
                  <p>
                    <button type="button" class="app-link-button" onClick={() => work.editor.change(ctx.person.id, (d) => setFinance(d, line.id, undefined))}>
                      Use the spend records instead<span class="app-visually-hidden"> ({line.label})</span>
                    </button>
                  </p>
                )}
                {warnings.map((f) => (
                  <ExplainWarning key={f.ruleId + f.path} finding={f} draft={draft} work={work} personId={ctx.person.id} />
                ))}
              </div>
            );
          })}
          <SaveAndReturn work={work} href={summary.href} />
        </>
      )}
    </DraftFrame>
  );
}
