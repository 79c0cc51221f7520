import type { PrimeContractPerformance } from '../../../../core/hub-api';
import { Tag } from '../components/Tag';
import { returnHref, stateColour, stateWords } from '../returns/words';
import { ClawBack } from './ClawBack';
import { EarlyWarning } from './EarlyWarning';
import { IndicatorsTable } from './IndicatorsTable';
import { VolunteerDividend } from './VolunteerDividend';
import { sectionId, subContractTitle, type SubContractRow } from './words';

/** One member's sub-contract in the quarter: is it delivering what it promised (P1–P5)? */
export function SubContractSection({ row, performance }: { row: SubContractRow; performance: PrimeContractPerformance }) {
  const id = sectionId(row.subContractId);
  const title = subContractTitle(row);
  return (
    <section class="app-hub-section" aria-labelledby={`${id}-heading`} id={id} data-testid="sub-contract-performance">
      <h2 class="app-heading-m" id={`${id}-heading`}>
        {title}
      </h2>
      <p data-testid="return-state">
        {row.returnState === null ? (
          'No return yet for this quarter.'
        ) : (
          <>
            Return: <Tag colour={stateColour(row.returnState)}>{stateWords(row.returnState)}</Tag>{' '}
            <a href={returnHref(row.subContractId, performance.quarter)} class="app-hub-tag-after">
              See the return<span class="app-visually-hidden"> of {title}</span>
            </a>
          </>
        )}
      </p>
      <EarlyWarning warning={row.earlyWarning} />
      <IndicatorsTable indicators={row.indicators} captionId={`${id}-indicators`} who={title} />
      <ClawBack row={row} performance={performance} />
      <VolunteerDividend dividend={row.volunteerDividend} captionId={`${id}-dividend`} who={title} />
    </section>
  );
}
