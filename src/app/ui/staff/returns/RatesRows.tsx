import type { QuarterRates } from '../../../../core/hub-api';
import { share } from '../format';

/** T4 under the grid: received ÷ expected, and received on time ÷ expected, per quarter. */
export function RatesRows({ quarters, rates }: { quarters: string[]; rates: QuarterRates[] }) {
  const byQuarter = new Map(rates.map((r) => [r.quarter, r]));
  const row = (label: string, testId: string, pick: (r: QuarterRates) => [number, number | null]) => (
    <tr data-testid={testId}>
      <th scope="row">{label}</th>
      {quarters.map((q) => {
        const r = byQuarter.get(q);
        if (!r || r.expected === 0) return <td key={q}>None expected</td>;
        const [n, rate] = pick(r);
        return (
          <td key={q}>
            <strong>{share(rate)}</strong>
            <span class="app-hub-small app-hub-block">
              {n} of {r.expected}
            </span>
          </td>
        );
      })}
    </tr>
  );
  return (
    <tfoot>
      {row('Reporting rate', 'reporting-rate', (r) => [r.received, r.reportingRate])}
      {row('On-time rate', 'on-time-rate', (r) => [r.receivedOnTime, r.onTimeRate])}
    </tfoot>
  );
}
