import type { ReturnDetail } from '../../../../core/hub-api';
import { moment } from '../format';
import { auditStateWords } from './words';

/** Who did what to this return and when: every state change, version, query and decision. */
export function AuditTrail({ detail }: { detail: ReturnDetail }) {
  // Newest first; events at the same moment (accepted, then locked) keep their order, reversed.
  const events = [...detail.events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).reverse();
  return (
    <section aria-labelledby="audit-heading">
      <h2 class="app-heading-m" id="audit-heading">
        Audit trail
      </h2>
      {events.length === 0 ? (
        <p>Nothing has happened to this return yet.</p>
      ) : (
        <div class="app-hub-scroll" role="region" aria-labelledby="audit-caption" tabIndex={0}>
          <table class="app-table" data-testid="audit-trail">
            <caption class="app-table__caption app-visually-hidden" id="audit-caption">
              Audit trail, newest first
            </caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id} data-testid="audit-event">
                  <td>{moment(e.at)}</td>
                  <td>
                    {e.actorName}
                    <span class="app-hub-small app-hub-block">
                      {e.actorKind === 'staff' ? 'Hub staff' : e.actorKind === 'person' ? 'Member' : 'The hub'}
                    </span>
                  </td>
                  <td>
                    {e.summary || e.action}
                    {e.reason && <span class="app-hub-small app-hub-block">Reason: “{e.reason}”</span>}
                  </td>
                  <td>
                    {e.fromState || e.toState ? (
                      <>
                        {e.fromState ? auditStateWords(e.fromState) : 'New'} → {auditStateWords(e.toState)}
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
