import type { ExplainedFinding, ReturnDetail } from '../../../../core/hub-api';
import { Tag } from '../components/Tag';
import { count } from '../format';
import { fieldLabel } from './fields';
import { returnHref, valueWords } from './words';

const SEVERITY = { error: ['Error', 'red'], warning: ['Warning', 'yellow'], info: ['Note', 'grey'] } as const;
const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** What the hub's validation found in the current version, errors first, each with its explanation. */
export function FindingsList({ detail, canQuery }: { detail: ReturnDetail; canQuery: boolean }) {
  const findings = [...detail.findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  return (
    <section aria-labelledby="findings-heading">
      <h2 class="app-heading-m" id="findings-heading">
        Findings
      </h2>
      {findings.length === 0 ? (
        <p data-testid="no-findings">The hub’s checks found nothing wrong with this version.</p>
      ) : (
        <>
          <p>
            {count(errors, 'error')} and {count(warnings, 'warning')}. Errors must be fixed before the return can be accepted;
            warnings need an explanation from the member.
          </p>
          <ul class="app-hub-findings" data-testid="findings">
            {findings.map((f) => (
              <FindingItem key={f.key} finding={f} detail={detail} canQuery={canQuery} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function FindingItem({ finding: f, detail, canQuery }: { finding: ExplainedFinding; detail: ReturnDetail; canQuery: boolean }) {
  const [label, colour] = SEVERITY[f.severity];
  return (
    <li class="app-hub-finding" data-testid="finding" data-severity={f.severity}>
      <p class="app-hub-finding__title">
        <Tag colour={colour}>{label}</Tag> {f.message}
      </p>
      <dl class="app-hub-facts">
        <dt>Field</dt>
        <dd>{fieldLabel(detail, f.path)}</dd>
        <dt>Check</dt>
        <dd>{f.ruleId}</dd>
        {f.expected !== undefined && (
          <>
            <dt>Expected</dt>
            <dd>{valueWords(f.expected)}</dd>
          </>
        )}
        {f.actual !== undefined && (
          <>
            <dt>Given</dt>
            <dd>{valueWords(f.actual)}</dd>
          </>
        )}
        {f.severity !== 'info' && (
          <>
            <dt>Explanation</dt>
            <dd data-testid="finding-explanation">{f.explanation ? `“${f.explanation}”` : 'None given'}</dd>
          </>
        )}
      </dl>
      {canQuery && f.path && (
        <a href={returnHref(detail.subContractId, detail.quarter, `/query?path=${encodeURIComponent(f.path)}`)}>
          Raise a query about this<span class="app-visually-hidden">: {f.message}</span>
        </a>
      )}
    </li>
  );
}
