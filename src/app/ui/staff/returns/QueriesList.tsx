import type { ReturnDetail } from '../../../../core/hub-api';
import { Tag } from '../components/Tag';
import { moment } from '../format';
import { fieldLabel } from './fields';
import { returnHref } from './words';

const QUERY_STATE = { open: ['Open', 'yellow'], answered: ['Answered', 'blue'], closed: ['Closed', 'grey'] } as const;

/** The hub's questions on this return, with the member's answers. */
export function QueriesList({ detail, canClose }: { detail: ReturnDetail; canClose: boolean }) {
  return (
    <section aria-labelledby="queries-heading">
      <h2 class="app-heading-m" id="queries-heading">
        Queries
      </h2>
      {detail.queries.length === 0 ? (
        <p data-testid="no-queries">No queries have been raised on this return.</p>
      ) : (
        <ul class="app-hub-findings" data-testid="queries">
          {detail.queries.map((q) => {
            const [label, colour] = QUERY_STATE[q.state];
            return (
              <li key={q.id} class="app-hub-finding" data-testid="query">
                <p class="app-hub-finding__title">
                  <Tag colour={colour}>{label}</Tag> {fieldLabel(detail, q.path)}
                </p>
                <blockquote class="app-hub-quote">{q.question}</blockquote>
                <p class="app-hub-small">
                  Asked by {q.raisedBy}, {moment(q.raisedAt)}, on version {q.returnVersion}
                </p>
                {q.answers.length === 0 ? (
                  <p>No answer yet.</p>
                ) : (
                  <ol class="app-hub-answers">
                    {q.answers.map((a) => (
                      <li key={`${a.at}-${a.by}`}>
                        <span class="app-hub-small app-hub-block">
                          Answer from {a.by}, {moment(a.at)}
                        </span>
                        <blockquote class="app-hub-quote">{a.comment}</blockquote>
                      </li>
                    ))}
                  </ol>
                )}
                {canClose && q.state !== 'closed' && (
                  <a href={returnHref(detail.subContractId, detail.quarter, `/queries/${encodeURIComponent(q.id)}/close`)}>
                    Close this query<span class="app-visually-hidden"> on {fieldLabel(detail, q.path)}</span>
                  </a>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
