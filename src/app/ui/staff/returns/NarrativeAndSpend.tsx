import type { ReturnDetail } from '../../../../core/hub-api';
import { formatPence } from '../../../../core/performance/format';

/** The return's words (progress, case study) and its spend by budget line. */
export function NarrativeAndSpend({ detail }: { detail: ReturnDetail }) {
  return (
    <>
      {detail.narrative.length > 0 && (
        <section aria-labelledby="narrative-heading">
          <h2 class="app-heading-m" id="narrative-heading">
            Narrative
          </h2>
          <dl class="app-summary-list">
            {detail.narrative.map((n) => (
              <div class="app-summary-list__row" key={n.id}>
                <dt class="app-summary-list__key">{n.label}</dt>
                <dd class="app-summary-list__value app-hub-prose">{n.text || 'Not given'}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {detail.finance.length > 0 && (
        <table class="app-table" data-testid="finance-table">
          <caption class="app-table__caption">Spend by budget line</caption>
          <thead>
            <tr>
              <th scope="col">Budget line</th>
              <th scope="col" class="app-table__numeric">
                Spent this quarter
              </th>
            </tr>
          </thead>
          <tbody>
            {detail.finance.map((line) => (
              <tr key={line.id}>
                <th scope="row">{line.label}</th>
                <td class="app-table__numeric">{line.pence === null ? 'Blank' : formatPence(line.pence)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
