import { isEnrolled } from '../../state/appState';
import { nextReturnDue } from '../../state/returnsList';

/**
 * The status bar's "next deadline" (DESIGN §7): the next return not yet sealed, in one short line
 * (the status bar stays on screen, so it must fit a phone): "Next return due Fri 15 Jan 2027 — 37
 * working days left", or which return is overdue.
 */
export function NextDeadline() {
  const next = nextReturnDue.value;
  if (!isEnrolled.value || !next) return null;
  const quarter = next.quarterLabel.split(' (')[0];
  return (
    <a href={next.href} data-testid="next-deadline">
      {next.timeliness.status === 'overdue'
        ? `Return overdue: ${next.subContract.name}, ${quarter}`
        : `Next return ${next.timeliness.label.replace(/^Due /, 'due ').replace(/^Excused — extended to /, 'due ')}`}
    </a>
  );
}
