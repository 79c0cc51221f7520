import type { ReturnDetail } from '../../../../core/hub-api';
import { Tag } from '../components/Tag';
import { day, moment } from '../format';

const STATE = { requested: ['Waiting for a decision', 'yellow'], granted: ['Granted', 'green'], declined: ['Declined', 'red'] } as const;

/** Extensions asked for or granted on this return, with the decisions. */
export function ExtensionsOnReturn({ detail }: { detail: ReturnDetail }) {
  if (detail.extensions.length === 0) return null;
  return (
    <section aria-labelledby="extensions-heading">
      <h2 class="app-heading-m" id="extensions-heading">
        Extensions
      </h2>
      <ul class="app-hub-findings" data-testid="return-extensions">
        {detail.extensions.map((e) => {
          const [label, colour] = STATE[e.state];
          return (
            <li key={e.id} class="app-hub-finding">
              <p class="app-hub-finding__title">
                <Tag colour={colour}>{label}</Tag>{' '}
                {e.requestedBy ? `Asked for ${day(e.requestedDueDate)}` : `Granted without a request`}
              </p>
              {e.requestedBy && (
                <p>
                  {e.requestedBy}
                  {e.requestedAt ? `, ${moment(e.requestedAt)}` : ''}: “{e.reason}”
                </p>
              )}
              {e.state !== 'requested' && (
                <p>
                  {e.state === 'granted' && e.grantedDueDate ? `New due date ${day(e.grantedDueDate)}. ` : ''}
                  {e.decidedBy ? `Decided by ${e.decidedBy}` : ''}
                  {e.decidedAt ? `, ${moment(e.decidedAt)}` : ''}
                  {e.decisionReason ? `: “${e.decisionReason}”` : ''}
                </p>
              )}
              {e.state === 'requested' && (
                <p>
                  <a href={`/hub/extensions/${encodeURIComponent(e.id)}/grant`}>Grant</a> or{' '}
                  <a href={`/hub/extensions/${encodeURIComponent(e.id)}/decline`}>decline</a> this request
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
