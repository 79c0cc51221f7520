import { formatPence } from '../../../../core/performance/format';
import { hours, type SubContractRow } from './words';

/** P5: the quarter's volunteer hours valued at each role's equivalent hourly rate. */
export function VolunteerDividend({ dividend, captionId, who }: { dividend: SubContractRow['volunteerDividend']; captionId: string; who: string }) {
  // The table adds up the valued roles only; totalHours also counts roles with no rate.
  const pricedHours = dividend.totalHours - dividend.unpricedHours;
  const heading = <h3 class="app-heading-s">Volunteer dividend</h3>;
  if (dividend.lines.length === 0 && dividend.unpricedHours === 0) {
    return (
      <div data-testid="volunteer-dividend">
        {heading}
        <p>The hub holds no volunteer hours for this quarter.</p>
      </div>
    );
  }
  return (
    <div data-testid="volunteer-dividend">
      {heading}
      {dividend.lines.length > 0 && (
        <div class="app-hub-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table class="app-table app-hub-performance">
            {/* The h3 above says it for sighted readers; the caption names the table for screen readers. */}
            <caption class="app-visually-hidden" id={captionId}>
              Volunteer hours valued by role, {who}
            </caption>
            <thead>
              <tr>
                <th scope="col">Role</th>
                <th scope="col" class="app-table__numeric">
                  Hours
                </th>
                <th scope="col" class="app-table__numeric">
                  × Rate per hour
                </th>
                <th scope="col" class="app-table__numeric">
                  = Value
                </th>
              </tr>
            </thead>
            <tbody>
              {dividend.lines.map((line) => (
                <tr key={line.roleId} data-testid="dividend-line">
                  <th scope="row">{line.roleName}</th>
                  <td class="app-table__numeric">{hours(line.hours)}</td>
                  <td class="app-table__numeric">{formatPence(line.hourlyRatePence)}</td>
                  <td class="app-table__numeric">{formatPence(line.valuePence)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr class="app-hub-total">
                <th scope="row">Total</th>
                <td class="app-table__numeric">{hours(pricedHours)}</td>
                <td />
                <td class="app-table__numeric" data-testid="dividend-total">
                  {formatPence(dividend.totalPence)}
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      {dividend.unpricedHours > 0 && (
        <p data-testid="unpriced-hours">
          {hours(dividend.unpricedHours)} of roles with no hourly rate are not valued ({hours(dividend.totalHours)} in all). Add a rate
          for those roles to value them.
        </p>
      )}
      {dividend.sources.length > 0 && (
        <p class="app-hub-small">
          Rates:{' '}
          {dividend.sources.map((s, i) => (
            <span key={`${s.rateSource}-${s.rateYear}`}>
              {i > 0 && '; '}
              {s.rateSource} ({s.rateYear})
            </span>
          ))}
          .
        </p>
      )}
    </div>
  );
}
