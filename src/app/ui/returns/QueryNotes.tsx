import { describeMoment } from '../../../core/time';
import type { StoredQuery } from '../../store/returns/types';

/** The hub's questions on one field, where the field is (DESIGN §2: a query is on a field). */
export function QueryNotes({ queries, href }: { queries: readonly StoredQuery[]; href?: string }) {
  const open = queries.filter((q) => q.state !== 'closed');
  if (open.length === 0) return null;
  return (
    <>
      {open.map((q) => (
        <div key={q.id} class="app-query" data-testid={`query-${q.id}`}>
          <p class="app-query__meta">
            The hub asked ({q.raisedBy}, {describeMoment(q.raisedAt)}):
          </p>
          <p>
            <strong>{q.question}</strong>
          </p>
          {href && <a href={`${href}/queries/${encodeURIComponent(q.id)}`}>Answer this query</a>}
        </div>
      ))}
    </>
  );
}
