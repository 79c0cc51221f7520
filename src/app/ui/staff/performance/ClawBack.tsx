import type { PrimeContractPerformance } from '../../../../core/hub-api';
import { formatPence } from '../../../../core/performance/format';
import type { SubContractRow } from './words';

/**
 * P4: what could be clawed back on payment-by-results lines, always a proposal with its
 * workings, and how the amounts paid were taken (so nobody mistakes them for the ledger).
 */
export function ClawBack({ row, paidBasis }: { row: SubContractRow; paidBasis: PrimeContractPerformance['paidBasis'] }) {
  const clawBack = row.clawBack;
  if (!clawBack) return null;
  const nameOf = (indicatorId: string) => row.indicators.find((i) => i.indicatorId === indicatorId)?.name ?? indicatorId;
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
                {nameOf(n.indicatorId)}: {n.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <strong>Total proposed claw back: {formatPence(clawBack.totalProposalPence)}</strong>
      </p>
      <p class="app-hub-small">{paidBasis}</p>
    </div>
  );
}
