import type { ReturnCheck } from '../store/returns/checkReturn';
import type { ReturnDraft } from '../store/returns/types';
import { type ReturnSection, SECTION_TITLES, sectionOf } from './returnsPaths';

export type TaskStatus = { text: string; tag: 'grey' | 'blue' | 'red' | 'green' | null };

export type ReturnTask = { section: ReturnSection; title: string; hint: string; status: TaskStatus };

const done: TaskStatus = { text: 'Completed', tag: null };

function countText(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The task list of a draft: each section with what is left in it (errors, warnings to explain, blanks). */
export function returnTasks(draft: ReturnDraft, check: ReturnCheck, hasFinance: boolean, hasNarrative: boolean): ReturnTask[] {
  const problems = (section: ReturnSection) => check.errors.filter((f) => sectionOf(f.path) === section).length;
  const status = (section: ReturnSection): TaskStatus => {
    const n = problems(section);
    return n > 0 ? { text: countText(n, 'problem', 'problems'), tag: 'red' } : done;
  };
  const tasks: ReturnTask[] = [
    {
      section: 'activity',
      title: SECTION_TITLES.activity,
      hint: draft.nil ? 'Nil return: no activity this quarter' : 'Activity to report',
      status: status('activity'),
    },
  ];
  if (!draft.nil) {
    tasks.push({ section: 'figures', title: SECTION_TITLES.figures, hint: 'Filled in from your records; change one only with a reason', status: status('figures') });
    if (hasFinance) tasks.push({ section: 'finance', title: SECTION_TITLES.finance, hint: 'Filled in from your spend records', status: status('finance') });
    if (hasNarrative) tasks.push({ section: 'narrative', title: SECTION_TITLES.narrative, hint: 'Progress this quarter and a client’s story', status: status('narrative') });
  }
  const warnings = check.warnings.length;
  const unexplained = check.unexplained.length;
  tasks.push({
    section: 'explanations',
    title: SECTION_TITLES.explanations,
    hint: warnings === 0 ? 'No warnings' : countText(warnings, 'warning needs', 'warnings need') + ' an explanation',
    status: unexplained > 0 ? { text: countText(unexplained, 'to explain', 'to explain'), tag: 'blue' } : warnings === 0 ? { text: 'None', tag: 'grey' } : done,
  });
  tasks.push({
    section: 'check',
    title: SECTION_TITLES.check,
    hint: 'The declaration, then seal',
    status: check.canSeal ? { text: 'Ready to seal', tag: 'green' } : { text: 'Cannot seal yet', tag: 'grey' },
  });
  return tasks;
}
