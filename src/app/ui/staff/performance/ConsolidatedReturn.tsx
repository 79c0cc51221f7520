import type { PrimeContractPerformance } from '../../../../core/hub-api';
import { formatValue } from '../format';
import { Blank } from './Blank';
import { consolidatedCsvHref } from './performanceApi';
import { subContractNames } from './words';

type Figure = PrimeContractPerformance['consolidated']['figures'][number];

/** A figure as the hub adds it up; unique clients cannot be summed, so only an upper bound shows. */
function Total({ figure }: { figure: Figure }) {
  if (!figure.summable) {
    return (
      <>
        <span class="app-hub-block">Not summed</span>
        {figure.upperBound !== null && <span class="app-hub-small app-hub-block app-hub-nowrap">At most {formatValue(figure.kind, figure.upperBound)} (upper bound)</span>}
      </>
    );
  }
  return figure.value === null ? <Blank words="No figure" /> : <>{formatValue(figure.kind, figure.value)}</>;
}

/**
 * P6: the members' figures for the prime contract, as hub staff see them (unsuppressed), which
 * returns are in it, and the commissioner's CSV (with small counts suppressed).
 */
export function ConsolidatedReturn({ performance }: { performance: PrimeContractPerformance }) {
  const { figures, included, missing } = performance.consolidated;
  const nameOf = subContractNames(performance);
  return (
    <section class="app-hub-section" aria-labelledby="consolidated-heading" data-testid="consolidated-return">
      <h2 class="app-heading-m" id="consolidated-heading">
        Consolidated return
      </h2>
      {missing.length > 0 && (
        <div class="app-hub-warning app-hub-warning--list" data-testid="consolidated-missing">
          <strong>
            <span class="app-visually-hidden">Warning: </span>
            Incomplete: {missing.length === 1 ? 'this sub-contract has' : 'these sub-contracts have'} no accepted return yet
          </strong>
          <ul class="app-list app-list--bullet">
            {missing.map((id) => (
              <li key={id}>{nameOf(id)}</li>
            ))}
          </ul>
        </div>
      )}
      {included.length === 0 ? (
        <p data-testid="consolidated-included">No accepted return is in the consolidated return yet.</p>
      ) : (
        <>
          <p class="app-hub-no-margin">Made from the accepted returns of:</p>
          <ul class="app-list app-list--bullet" data-testid="consolidated-included">
            {included.map((id) => (
              <li key={id}>{nameOf(id)}</li>
            ))}
          </ul>
        </>
      )}
      {figures.length > 0 && (
        <div class="app-hub-scroll" role="region" aria-labelledby="consolidated-caption" tabIndex={0}>
          <table class="app-table app-hub-performance" data-testid="consolidated-figures">
            <caption class="app-table__caption" id="consolidated-caption">
              Consolidated figures, {performance.quarterLabel}
            </caption>
            <thead>
              <tr>
                <th scope="col">Indicator</th>
                <th scope="col" class="app-table__numeric">
                  All members
                </th>
                <th scope="col">Notes</th>
              </tr>
            </thead>
            <tbody>
              {figures.map((f) => (
                <tr key={f.indicatorId} data-testid="consolidated-row">
                  <th scope="row">{f.name}</th>
                  <td class="app-table__numeric">
                    <Total figure={f} />
                  </td>
                  <td class="app-hub-small app-hub-notes">
                    {f.note && <span class="app-hub-block">{f.note}</span>}
                    {f.membersWithoutFigure.length > 0 && <span class="app-hub-block">Blank in the return of {f.membersWithoutFigure.map(nameOf).join('; ')}.</span>}
                    {!f.note && f.membersWithoutFigure.length === 0 && <Blank words="No notes" />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <a href={consolidatedCsvHref(performance.primeContract.id, performance.quarter)} download data-testid="consolidated-csv" aria-describedby="consolidated-csv-hint">
          Download the consolidated return for the commissioner (CSV)
        </a>
      </p>
      <p class="app-hint" id="consolidated-csv-hint">
        For {performance.primeContract.commissioner}. Counts of 1 to 4 are shown as {"“<5”"} so that nobody can be identified.
      </p>
    </section>
  );
}
