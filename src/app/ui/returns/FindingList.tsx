import type { Finding } from '../../../core/schemas';
import { findingKey } from '../../../core/schemas';
import { fieldLabel, hrefOfPath } from '../../state/returnsPaths';
import type { ReturnBasis } from '../../store/returns/returnBasis';

const RULE_GROUP: Record<string, string> = { T: 'On time', C: 'Complete', A: 'Accurate', P: 'Performance', S: 'Sync' };

/** Findings in plain English, each a link to its field (on its screen) and named by rule. */
export function FindingList(props: { findings: readonly Finding[]; returnHref: string; basis: ReturnBasis | null; testId?: string }) {
  if (props.findings.length === 0) return null;
  return (
    <ul class="app-findings" data-testid={props.testId}>
      {props.findings.map((f) => (
        <li key={findingKey(f) + f.message} class={`app-findings__item app-findings__item--${f.severity}`}>
          <a href={hrefOfPath(props.returnHref, f.path)} onClick={focusIfHere}>
            {f.message}
          </a>
          <span class="app-findings__rule">
            {fieldLabel(f.path, props.basis)} · {RULE_GROUP[f.ruleId[0] ?? ''] ?? ''} {f.ruleId}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** A link to a field on this very page focuses the field (as the GOV.UK error summary does) instead of only scrolling. */
function focusIfHere(event: MouseEvent): void {
  const link = event.currentTarget as HTMLAnchorElement;
  const url = new URL(link.href);
  if (url.pathname !== location.pathname || !url.hash) return;
  const target = document.getElementById(decodeURIComponent(url.hash.slice(1)));
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: 'center' });
}
