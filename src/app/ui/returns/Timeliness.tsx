import type { ComponentChildren } from 'preact';
import { describeDate } from '../../../core/time';
import type { ReturnSummary } from '../../state/returnsSummary';

/** The due date and working days left (T3), the hub's verdict once it has the return, and a warning once it would be late. */
export function Timeliness({ summary }: { summary: ReturnSummary }) {
  return (
    <>
      <p data-testid="return-timeliness">{summary.timelinessLabel}</p>
      {summary.wouldBeLate && (
        <WarningText>
          This return would be late: it was due {describeDate(summary.timeliness.due.dueDate)}. Seal it as soon as you can, or ask the hub for an extension.
        </WarningText>
      )}
    </>
  );
}

export function WarningText({ children }: { children: ComponentChildren }) {
  return (
    <div class="app-warning-text" data-testid="warning-text">
      <span class="app-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong>
        <span class="app-visually-hidden">Warning: </span>
        {children}
      </strong>
    </div>
  );
}
