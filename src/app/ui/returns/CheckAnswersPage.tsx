import { useEffect, useState } from 'preact/hooks';
import type { Finding } from '../../../core/schemas';
import { fieldId } from '../../state/form';
import { sealAsManager } from '../../state/returnsActions';
import { navigate } from '../../state/router';
import { StoreError } from '../../store/errors';
import { SealRefusedError, sealBlockers } from '../../store/returns';
import type { RouteProps } from '../routes';
import { FindingList } from './FindingList';
import { ReturnContent } from './ReturnContent';
import { CheckLine, DraftFrame } from './ReturnFrame';
import { Timeliness } from './Timeliness';
import { useReturnWork } from './useReturnWork';
import { CheckedForm } from '../components/CheckedForm';

/** Check your answers, then the declaration and the seal (GOV.UK "check answers" before a submission). */
export function CheckAnswersPage({ params }: RouteProps) {
  const work = useReturnWork(params.subContractId ?? '', params.quarter ?? '');
  const [declared, setDeclared] = useState(false);
  const [problem, setProblem] = useState<{ message: string; findings: Finding[] } | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (problem) document.getElementById('seal-problem')?.focus();
  }, [problem]);
  return (
    <DraftFrame work={work}>
      {({ check, basis, summary, ctx }) => {
        const member = ctx.reference.members.find((m) => m.id === ctx.memberId)?.name ?? 'my organisation';
        const seal = async () => {
          if (busy) return;
          if (!declared) {
            setProblem({ message: 'There is a problem', findings: [{ ruleId: 'C7', severity: 'error', path: 'seal.declarationAccepted', message: 'Confirm the declaration to seal the return' }] });
            return;
          }
          setBusy(true);
          try {
            await sealAsManager(summary.key, true);
            navigate(summary.href);
          } catch (error) {
            if (error instanceof SealRefusedError) setProblem({ message: error.message, findings: error.problems });
            else setProblem({ message: error instanceof StoreError ? error.message : `The return could not be sealed: ${String(error)}`, findings: [] });
          } finally {
            setBusy(false);
          }
        };
        const blockers = [...check.errors, ...check.unexplained];
        return (
          <>
            {problem && (
              <div class="app-error-summary" id="seal-problem" tabIndex={-1} role="alert" aria-labelledby="seal-problem-title" data-testid="error-summary">
                <h2 class="app-error-summary__title" id="seal-problem-title">
                  {problem.message}
                </h2>
                <FindingList findings={problem.findings} returnHref={summary.href} basis={basis} />
              </div>
            )}
            <h1 class="app-heading-l">Check your answers before sealing</h1>
            <CheckLine check={check} />
            <Timeliness summary={summary} />
            {!check.canSeal && (
              <div class="app-inset-text" data-testid="seal-blockers">
                <p>
                  <strong>You cannot seal this return yet: {sealBlockers(check.errors, check.unexplained)}.</strong>
                </p>
                <FindingList findings={blockers} returnHref={summary.href} basis={basis} />
              </div>
            )}
            <ReturnContent ret={check.ret} basis={basis} changeHref={summary.href} />
            <h2 class="app-heading-m">Declaration</h2>
            <CheckedForm onSubmit={seal}>
              <div class={`app-form-group${problem?.findings.some((f) => f.path === 'seal.declarationAccepted') && !declared ? ' app-form-group--error' : ''}`}>
                <div class="app-checkboxes__item">
                  <input
                    class="app-checkboxes__input"
                    id={fieldId('seal.declarationAccepted')}
                    type="checkbox"
                    checked={declared}
                    onChange={(e) => setDeclared((e.currentTarget as HTMLInputElement).checked)}
                  />
                  <label class="app-checkboxes__label" for={fieldId('seal.declarationAccepted')}>
                    I confirm that this return is complete and accurate to the best of my knowledge, and that I may sign it off for {member}.
                  </label>
                </div>
              </div>
              <p>
                You are sealing as <strong>{ctx.person.displayName}</strong>. The time is recorded from this device’s clock, corrected by what the hub’s
                clock said at the last sync. After sealing, this quarter’s records can no longer be changed.
              </p>
              <button type="submit" class="app-button" disabled={busy} data-testid="seal-button">
                Seal this return
              </button>
            </CheckedForm>
          </>
        );
      }}
    </DraftFrame>
  );
}
