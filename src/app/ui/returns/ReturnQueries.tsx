import { describeMoment } from '../../../core/time';
import { fieldLabel } from '../../state/returnsPaths';
import type { ReturnSummary } from '../../state/returnsSummary';
import type { ReturnBasis } from '../../store/returns/returnBasis';
import type { StoredQueryAnswer } from '../../store/returns/types';
import type { WaitingChange } from '../../store/returns/readReturnsData';

const STATE = { open: 'Waiting for your answer', answered: 'Answered', closed: 'Closed by the hub' } as const;

/** The hub's queries on this return, with every answer (the hub's copy, and ours not sent yet). */
export function ReturnQueries(props: {
  summary: ReturnSummary;
  basis: ReturnBasis | null;
  answers: readonly StoredQueryAnswer[];
  waiting: ReadonlyMap<string, WaitingChange>;
}) {
  const { summary } = props;
  if (summary.queries.length === 0) return null;
  return (
    <section aria-labelledby="queries-title" data-testid="return-queries">
      <h2 class="app-heading-m" id="queries-title">
        Queries from the hub
      </h2>
      {summary.queries.map((q) => {
        const local = props.answers.filter((a) => a.queryId === q.id && !q.answers.some((h) => h.comment === a.comment.trim()));
        const answered = local.length > 0 && q.state === 'open';
        return (
          <div key={q.id} class="app-query" data-testid={`query-${q.id}`}>
            <p class="app-query__meta">
              On <strong>{fieldLabel(q.path, props.basis)}</strong> · {q.raisedBy}, {describeMoment(q.raisedAt)} ·{' '}
              {answered ? 'Answered — waiting to send' : STATE[q.state]}
            </p>
            <p>
              <strong>{q.question}</strong>
            </p>
            {(q.answers.length > 0 || local.length > 0) && (
              <ul class="app-query__answers">
                {q.answers.map((a) => (
                  <li key={a.at + a.comment}>
                    {a.comment} <span class="app-query__meta">— {a.by}, {describeMoment(a.at)}</span>
                  </li>
                ))}
                {local.map((a) => (
                  <li key={a.id}>
                    {a.comment}{' '}
                    <span class="app-query__meta">
                      — {a.byName}, {describeMoment(a.at)}
                      {props.waiting.has(a.id) ? ' (waiting to send)' : ' (sent)'}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            {q.state === 'open' && !answered && <a href={`${summary.href}/queries/${encodeURIComponent(q.id)}`}>Answer this query</a>}
          </div>
        );
      })}
    </section>
  );
}
