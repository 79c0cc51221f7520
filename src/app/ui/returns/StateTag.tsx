import type { ReturnSummary } from '../../state/returnsSummary';

/** The return's stage as a GOV.UK tag, in words (never by colour alone). */
export function StateTag({ summary }: { summary: ReturnSummary }) {
  return (
    <strong class={`app-tag app-tag--${summary.tag}`} data-testid="return-stage">
      {summary.stageLabel}
    </strong>
  );
}
