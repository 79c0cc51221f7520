import type { PrimeContractPerformance } from '../../../../core/hub-api';
import { formatPence } from '../../../../core/performance/format';
import { hubClient } from '../../../state/hubSession';
import { showNotice } from '../../../state/notice';
import { navigate } from '../../../state/router';
import type { RouteProps } from '../../routes';
import { BackLink } from '../../components/BackLink';
import { CheckedForm } from '../../components/CheckedForm';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SubmitOrCancel } from '../../components/SubmitOrCancel';
import { Textarea } from '../../components/Textarea';
import { TextInput } from '../../components/TextInput';
import { textField } from '../../hooks/textField';
import { useForm } from '../../hooks/useForm';
import { Loaded } from '../components/Loaded';
import { StaffOnly } from '../components/StaffOnly';
import { formErrorsFrom } from '../formProblem';
import { useHubData } from '../useHubData';
import { useHubSubmit } from '../useHubSubmit';
import { useSearch } from '../useSearch';
import { getPerformance, recordPayment } from './performanceApi';
import { RecordPaymentForm } from './paymentForm';
import { findPaymentLine, paidFrom, performanceHref, type PaymentLine } from './payments';
import { subContractTitle } from './words';

/**
 * "/hub/performance/:primeContractId/payments/:subContractId/:indicatorId?quarter=2026-Q2":
 * hub staff record what was really paid for one payment-by-results line in a quarter, with where
 * the amount comes from; P4 then uses it instead of the amount on profile.
 */
export function RecordPaymentPage({ params }: RouteProps) {
  return (
    <StaffOnly>
      <RecordPayment primeContractId={params.primeContractId ?? ''} subContractId={params.subContractId ?? ''} indicatorId={params.indicatorId ?? ''} />
    </StaffOnly>
  );
}

function RecordPayment({ primeContractId, subContractId, indicatorId }: { primeContractId: string; subContractId: string; indicatorId: string }) {
  const [search] = useSearch();
  const quarter = search.get('quarter') ?? undefined;
  // The same answer the Performance page shows: the line as P4 has it now.
  const { result, reload } = useHubData((client) => getPerformance(client, primeContractId, quarter ? { quarter } : {}), `${primeContractId}?${quarter}`);
  const back = result.state === 'ready' ? performanceHref(primeContractId, result.data.quarter) : performanceHref(primeContractId, quarter);
  return (
    <div class="app-hub-narrow">
      <BackLink href={back}>Performance</BackLink>
      <Loaded data={result} retry={reload} what="the payment-by-results line">
        {(performance) => {
          const line = findPaymentLine(performance, subContractId, indicatorId);
          return line ? (
            <PaymentForm performance={performance} line={line} back={back} />
          ) : (
            <>
              <h1 class="app-heading-l">No payment-by-results line to record</h1>
              <p data-testid="no-payment-line">
                The sub-contract ‘{subContractId}’ pays nothing by results for ‘{indicatorId}’ in {performance.quarterLabel}.
              </p>
              <p>
                <a href={back}>Back to the performance</a>
              </p>
            </>
          );
        }}
      </Loaded>
    </div>
  );
}

function PaymentForm({ performance, line, back }: { performance: PrimeContractPerformance; line: PaymentLine; back: string }) {
  const form = useForm(() => RecordPaymentForm, () => ({ paidPence: '', reason: '' }));
  const { submit, busy, attempt } = useHubSubmit(
    form,
    async ({ paidPence, reason }) => {
      const recorded = await recordPayment(hubClient, line.row.subContractId, { quarter: performance.quarter, indicatorId: line.indicatorId, paidPence, reason });
      form.reset();
      // The notice belongs to the Performance page's path (the quarter is in its query).
      showNotice({ message: `Payment recorded: the claw back for ${line.name} now uses ${formatPence(recorded.paidPence)} paid.`, path: new URL(back, location.href).pathname });
      navigate(back);
    },
    (error) => formErrorsFrom(error, ['paidPence', 'reason']),
  );
  return (
    <>
      <ErrorSummary items={form.summary.value} attempt={attempt} />
      <span class="app-caption" data-testid="payment-caption">
        {subContractTitle(line.row)}, {performance.quarterLabel}
      </span>
      <h1 class="app-heading-l">Record what was paid</h1>
      <dl class="app-summary-list" data-testid="payment-line">
        <div class="app-summary-list__row">
          <dt class="app-summary-list__key">Indicator</dt>
          <dd class="app-summary-list__value">{line.name}</dd>
        </div>
        {line.assessed ? (
          <>
            <div class="app-summary-list__row">
              <dt class="app-summary-list__key">Paid, as the claw back uses it now</dt>
              <dd class="app-summary-list__value" data-testid="paid-now">
                {formatPence(line.line.paidPence)}
                <span class="app-hub-small app-hub-block">{paidFrom(line.line.paid, line.line.paidPence)}</span>
              </dd>
            </div>
            <div class="app-summary-list__row">
              <dt class="app-summary-list__key">Earned</dt>
              <dd class="app-summary-list__value">{formatPence(line.line.earnedPence)}</dd>
            </div>
          </>
        ) : (
          <div class="app-summary-list__row">
            <dt class="app-summary-list__key">Not assessed</dt>
            <dd class="app-summary-list__value" data-testid="paid-now">
              {line.reason}
            </dd>
          </div>
        )}
      </dl>
      <p>The amount you record replaces the one the claw back uses for this line and quarter. Earlier entries are kept.</p>
      <CheckedForm onSubmit={submit}>
        <TextInput
          {...textField(form, 'paidPence')}
          label="Amount paid"
          hint="What was really paid for this line for the quarter, in pounds and pence, for example 4,165.00"
          prefix="£"
          inputMode="decimal"
          width="10"
        />
        <Textarea {...textField(form, 'reason')} label="Where does this amount come from?" hint="For example, Remittance advice 2026-07-04, invoice 118" rows={3} />
        <SubmitOrCancel label="Record the payment" busyLabel="Recording…" busy={busy} cancel={back} />
      </CheckedForm>
    </>
  );
}
