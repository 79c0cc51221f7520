import type { ReturnDetail } from '../../../../core/hub-api';
import { Tag } from '../components/Tag';
import { day, moment, share } from '../format';
import { stateColour, stateWords, TIMELINESS_COLOUR } from './words';

const DUE_SOURCE = { computed: '', explicit: ' (set for this contract)', extension: ' (extension granted)' } as const;

/** State, timeliness, due date, completeness and acceptance at a glance. */
export function ReturnSummary({ detail }: { detail: ReturnDetail }) {
  const t = detail.timeliness;
  const extension = detail.extensions.find((e) => e.state === 'requested');
  return (
    <dl class="app-summary-list" data-testid="return-summary">
      <div class="app-summary-list__row">
        <dt class="app-summary-list__key">State</dt>
        <dd class="app-summary-list__value">
          <Tag colour={stateColour(detail.state)}>{stateWords(detail.state)}</Tag>
          {detail.currentVersion !== null && ` — version ${detail.currentVersion}`}
        </dd>
      </div>
      <div class="app-summary-list__row">
        <dt class="app-summary-list__key">On time</dt>
        <dd class="app-summary-list__value" data-testid="return-timeliness">
          <Tag colour={TIMELINESS_COLOUR[t.status]}>{t.label}</Tag>
        </dd>
      </div>
      <div class="app-summary-list__row">
        <dt class="app-summary-list__key">Due</dt>
        <dd class="app-summary-list__value">
          {day(t.due.dueDate)}
          {DUE_SOURCE[t.due.source]}
          {extension && <span class="app-hub-block">An extension to {day(extension.requestedDueDate)} has been asked for.</span>}
        </dd>
      </div>
      {detail.firstCompleteReceivedAt && (
        <div class="app-summary-list__row">
          <dt class="app-summary-list__key">First received complete</dt>
          <dd class="app-summary-list__value">{moment(detail.firstCompleteReceivedAt)}</dd>
        </div>
      )}
      {detail.completeness && (
        <div class="app-summary-list__row">
          <dt class="app-summary-list__key">Complete</dt>
          <dd class="app-summary-list__value" data-testid="return-completeness">
            {share(detail.completeness.score)} — {detail.completeness.present} of {detail.completeness.required} required items
          </dd>
        </div>
      )}
      {detail.nil && (
        <div class="app-summary-list__row">
          <dt class="app-summary-list__key">Nil return</dt>
          <dd class="app-summary-list__value">No activity this quarter: “{detail.nil.reason}”</dd>
        </div>
      )}
      {detail.acceptedAt && (
        <div class="app-summary-list__row">
          <dt class="app-summary-list__key">Accepted</dt>
          <dd class="app-summary-list__value">
            {moment(detail.acceptedAt)}
            {detail.acceptedBy && ` by ${detail.acceptedBy}`}
          </dd>
        </div>
      )}
    </dl>
  );
}
