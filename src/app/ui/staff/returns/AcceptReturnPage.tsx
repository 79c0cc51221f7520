import { useState } from 'preact/hooks';
import type { ReturnDetail } from '../../../../core/hub-api';
import { acceptReturn } from '../../../hub-api';
import { hubClient } from '../../../state/hubSession';
import { showNotice } from '../../../state/notice';
import { navigate } from '../../../state/router';
import type { RouteProps } from '../../routes';
import { count, share } from '../format';
import { asHubError } from '../useHubData';
import { WithReturn } from './WithReturn';
import { returnHref } from './words';

/** Check, then accept and lock a return; says why when the hub will not accept it. */
export function AcceptReturnPage({ params }: RouteProps) {
  return (
    <WithReturn subContractId={params.subContractId ?? ''} quarter={params.quarter ?? ''}>
      {(detail) => <ConfirmAccept detail={detail} />}
    </WithReturn>
  );
}

function Blockers({ reasons }: { reasons: string[] }) {
  return (
    <ul class="app-list app-list--bullet" data-testid="accept-blockers">
      {reasons.map((r) => (
        <li key={r}>{r}</li>
      ))}
    </ul>
  );
}

function ConfirmAccept({ detail }: { detail: ReturnDetail }) {
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const back = returnHref(detail.subContractId, detail.quarter);
  const errors = detail.findings.filter((f) => f.severity === 'error').length;
  const warnings = detail.findings.filter((f) => f.severity === 'warning').length;
  const version = detail.currentVersion;
  const openQueries = detail.queries.filter((q) => q.state !== 'closed').length;

  if (!detail.canAccept || version === null) {
    return (
      <>
        <h1 class="app-heading-l">You cannot accept this return yet</h1>
        <Blockers reasons={detail.acceptBlockers.length ? detail.acceptBlockers : ['The hub has not received this return.']} />
        <p>Raise a query so the member can fix or explain it, or wait for their next version.</p>
        <a class="app-button app-button--secondary" href={back}>
          Back to the return
        </a>
      </>
    );
  }

  const accept = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await acceptReturn(hubClient, { subContractId: detail.subContractId, quarter: detail.quarter }, version);
      showNotice({ message: `Return accepted and locked. ${detail.memberName} can no longer change it.`, path: back });
      navigate(back);
    } catch (error) {
      setRefusal(asHubError(error).message);
      setBusy(false);
    }
  };

  return (
    <>
      {refusal && (
        <div class="app-error-summary" role="alert" tabIndex={-1} data-testid="accept-refused">
          <h2 class="app-error-summary__title">The hub did not accept the return</h2>
          <p>{refusal}</p>
        </div>
      )}
      <h1 class="app-heading-l">Accept this return?</h1>
      <dl class="app-summary-list">
        <div class="app-summary-list__row">
          <dt class="app-summary-list__key">Version</dt>
          <dd class="app-summary-list__value">{version}</dd>
        </div>
        <div class="app-summary-list__row">
          <dt class="app-summary-list__key">Complete</dt>
          <dd class="app-summary-list__value">{share(detail.completeness?.score)}</dd>
        </div>
        <div class="app-summary-list__row">
          <dt class="app-summary-list__key">Findings</dt>
          <dd class="app-summary-list__value">
            {count(errors, 'error')}, {count(warnings, 'warning')}
            {warnings > 0 ? ' (all explained)' : ''}
          </dd>
        </div>
        {openQueries > 0 && (
          <div class="app-summary-list__row">
            <dt class="app-summary-list__key">Queries</dt>
            <dd class="app-summary-list__value">{count(openQueries, 'query is', 'queries are')} still open</dd>
          </div>
        )}
        <div class="app-summary-list__row">
          <dt class="app-summary-list__key">On time</dt>
          <dd class="app-summary-list__value">{detail.timeliness.label}</dd>
        </div>
      </dl>
      <p>Accepting locks the return: the member cannot change it unless you reopen it. It counts in the commissioner’s report.</p>
      <div class="app-button-group">
        <button type="button" class="app-button" disabled={busy} onClick={() => void accept()}>
          {busy ? 'Accepting…' : 'Accept and lock the return'}
        </button>
        <a href={back}>Cancel</a>
      </div>
    </>
  );
}
