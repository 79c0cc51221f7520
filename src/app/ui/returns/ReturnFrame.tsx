import type { ComponentChildren } from 'preact';
import type { FormContext } from '../../state/forms/fields';
import { navigate } from '../../state/router';
import type { ReturnWork } from '../../state/returnsWork';
import type { ReturnCheck } from '../../store/returns/checkReturn';
import type { ReturnBasis } from '../../store/returns/returnBasis';
import type { ReturnDraft } from '../../store/returns/types';
import type { ReturnSummary } from '../../state/returnsSummary';
import { ManagerOnly } from './ManagerOnly';
import { BackLink } from '../components/BackLink';

export type DraftScreen = { ctx: FormContext; summary: ReturnSummary; draft: ReturnDraft; basis: ReturnBasis; check: ReturnCheck };

/** "2 errors · 1 warning to explain · 85% complete": the live check in one line, for every screen of a draft. */
export function CheckLine({ check }: { check: ReturnCheck }) {
  const errors = check.errors.length;
  const unexplained = check.unexplained.length;
  return (
    <p class="app-caption" aria-live="polite" data-testid="check-line">
      {errors === 0 ? 'No errors' : `${errors} ${errors === 1 ? 'error' : 'errors'}`} ·{' '}
      {unexplained === 0 ? 'no warnings to explain' : `${unexplained} ${unexplained === 1 ? 'warning' : 'warnings'} to explain`} ·{' '}
      {Math.round(check.completeness.score * 100)}% complete
    </p>
  );
}

/**
 * A screen of a draft return (figures, spend, narrative…): a manager, the return, its draft and
 * the records' figures, or a plain explanation of what is missing instead.
 */
export function DraftFrame({ work, children }: { work: ReturnWork; children: (screen: DraftScreen) => ComponentChildren }) {
  return (
    <ManagerOnly>
      {(ctx) => {
        const summary = work.summary.value;
        if (!summary) return <NoSuchReturn />;
        const draft = work.editor.draft.value;
        const basis = work.basis.value;
        const check = work.check.value;
        if (work.basisProblem.value) return <p>{work.basisProblem.value}</p>;
        if (draft === undefined || !basis) return <p aria-busy="true">Opening the return…</p>;
        if (!draft || !check) {
          return (
            <>
              <BackLink href={summary.href}>Back to the return</BackLink>
              <h1 class="app-heading-l">This return is not being changed</h1>
              <p>{summary.locked ? 'The hub has accepted this return, so it is locked.' : 'Start the return (or a new version of it) before changing it.'}</p>
            </>
          );
        }
        return (
          <>
            <BackLink href={summary.href}>Back to the return</BackLink>
            <span class="app-caption">
              {summary.subContract.name} · {summary.quarterLabel}
              {draft.version > 1 ? ` · version ${draft.version}` : ''}
            </span>
            {children({ ctx, summary, draft, basis, check })}
            {work.editor.saveError.value && (
              <p class="app-error-message" role="alert">
                {work.editor.saveError.value}
              </p>
            )}
          </>
        );
      }}
    </ManagerOnly>
  );
}

export function NoSuchReturn() {
  return (
    <>
      <h1 class="app-heading-l">Return not found</h1>
      <p>This is not a return of your organisation. Check the address, or go to your returns.</p>
      <p>
        <a href="/returns">Your returns</a>
      </p>
    </>
  );
}

/** The screen's one primary action: save what is typed, then go back to the return's task list. */
export function SaveAndReturn({ work, href }: { work: ReturnWork; href: string }) {
  return (
    <div class="app-button-group">
      <button
        type="button"
        class="app-button"
        data-testid="save-and-return"
        onClick={async () => {
          await work.editor.flush();
          navigate(href);
        }}
      >
        Save and go back to the return
      </button>
    </div>
  );
}
