import { findingKey } from '../../../core/schemas';
import { plural } from '../../../core/validation';
import type { ReturnSummary } from '../../state/returnsSummary';

/**
 * The hub's own checks of the version it holds: errors and warnings without an explanation
 * first and in full (they stop the hub accepting it); explained ones folded away.
 */
export function HubChecks({ summary }: { summary: ReturnSummary }) {
  const findings = summary.latestRow?.hub?.findings ?? [];
  if (findings.length === 0 || summary.draft) return null;
  const explanations = summary.latest?.explanations ?? {};
  const explained = (key: string) => (explanations[key] ?? '').trim() !== '';
  const open = findings.filter((f) => f.severity === 'error' || (f.severity === 'warning' && !explained(findingKey(f))));
  const settled = findings.filter((f) => !open.includes(f));
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  return (
    <section aria-labelledby="hub-findings-title" data-testid="hub-findings">
      <h2 class="app-heading-m" id="hub-findings-title">
        The hub’s checks
      </h2>
      <p data-testid="hub-findings-summary">
        {errors === 0 ? 'No errors' : plural(errors, 'error')}; {warnings === 0 ? 'no warnings' : plural(warnings, 'warning')}
        {warnings > 0 && open.every((f) => f.severity === 'error') ? ', all explained' : ''}.
      </p>
      {open.length > 0 && (
        <ul class="app-findings">
          {open.map((f) => (
            <li key={findingKey(f) + f.message} class={`app-findings__item app-findings__item--${f.severity}`}>
              {f.message}
            </li>
          ))}
        </ul>
      )}
      {settled.length > 0 && (
        <details class="app-details">
          <summary class="app-details__summary">{settled.length === 1 ? 'The finding you explained' : `The ${settled.length} findings you explained or that are notes`}</summary>
          <ul class="app-findings app-details__text">
            {settled.map((f) => (
              <li key={findingKey(f) + f.message} class={`app-findings__item app-findings__item--${f.severity}`}>
                {f.message}
                {explained(findingKey(f)) && <span class="app-findings__rule">Your explanation: {explanations[findingKey(f)]}</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
