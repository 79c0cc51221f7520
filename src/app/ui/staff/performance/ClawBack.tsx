import type { PrimeContractPerformance } from '../../../../core/hub-api';
import { formatPence } from '../../../../core/performance/format';
import { paidFrom, recordPaymentHref } from './payments';
import type { SubContractRow } from './words';

/**
 * P4: what could be clawed back on payment-by-results lines, always a proposal with its
 * workings; where each line's "paid" came from (the contract's rule or a recorded payment), so
 * nobody mistakes the assumption for the ledger, and a way to record what was really paid.
 */
export function ClawBack({ row, performance }: { row: SubContractRow; performance: PrimeContractPerformance }) {
  const clawBack = row.clawBack;
  if (!clawBack) return null;
  const nameOf = (indicatorId: string) => row.indicators.find((i) => i.indicatorId === indicatorId)?.name ?? indicatorId;
  const recordLink = (indicatorId: string, name: string) => (
    <a href={recordPaymentHref(performance.primeContract.id, row.subContractId, indicatorId, performance.quarter)} data-testid="record-payment">
      Record what was paid<span class="app-visually-hidden">{` for ${name}, ${row.memberName}`}</span>
    </a>
  );
  return (
    <div data-testid="claw-back">
      <h3 class="app-heading-s">Claw back proposal</h3>
      {clawBack.lines.length > 0 && (
        <ul class="app-hub-findings">
          {clawBack.lines.map((line) => (
            <li class="app-hub-finding" key={line.indicatorId} data-testid="claw-back-line">
              <h4 class="app-hub-finding__title">
                {line.name}: {line.proposalPence > 0 ? `${formatPence(line.proposalPence)} proposed` : 'nothing proposed'}
              </h4>
              <p class="app-hub-no-margin">{line.workings}</p>
              <p class="app-hub-finding__more" data-testid="paid-from">
                {paidFrom(line.paid, line.paidPence)}
              </p>
              <p class="app-hub-finding__more">{recordLink(line.indicatorId, line.name)}</p>
            </li>
          ))}
        </ul>
      )}
      {clawBack.notAssessed.length > 0 && (
        <>
          <p class="app-hub-no-margin">Not assessed:</p>
          <ul class="app-list app-list--bullet" data-testid="claw-back-not-assessed">
            {clawBack.notAssessed.map((n) => (
              <li key={n.indicatorId}>
                {nameOf(n.indicatorId)}: {n.reason} {recordLink(n.indicatorId, nameOf(n.indicatorId))}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <strong>Total proposed claw back: {formatPence(clawBack.totalProposalPence)}</strong>
      </p>
      <p class="app-hub-small">{performance.paidBasis}</p>
    </div>
  );
}
