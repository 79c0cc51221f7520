import { narrativePath } from '../../../core/validation';
import { setNarrative } from '../../state/returnsEdits';
import { findingsAt } from '../../state/returnsPaths';
import type { RouteProps } from '../routes';
import { Textarea } from '../components/Textarea';
import { QueryNotes } from './QueryNotes';
import { CheckLine, DraftFrame, SaveAndReturn } from './ReturnFrame';
import { useFocusHash, useReturnWork } from './useReturnWork';

/** The template's narrative: progress, a case study, risks — each with its minimum length shown as the manager types. */
export function ReturnNarrativePage({ params }: RouteProps) {
  const work = useReturnWork(params.subContractId ?? '', params.quarter ?? '');
  useFocusHash(work.check.value !== null);
  return (
    <DraftFrame work={work}>
      {({ check, basis, summary, draft, ctx }) => (
        <>
          <h1 class="app-heading-l">Narrative and case study</h1>
          <CheckLine check={check} />
          {basis.template.narrative.map((item) => {
            const path = narrativePath(item.id);
            const text = draft.narrative[item.id] ?? '';
            const length = text.trim().length;
            const errors = findingsAt(check.errors, path);
            const count =
              item.minLength > 0
                ? `At least ${item.minLength.toLocaleString('en-GB')} characters. You have written ${length.toLocaleString('en-GB')}${length >= item.minLength ? ' — enough' : ''}.`
                : null;
            return (
              <div key={item.id} data-testid={`narrative-${item.id}`}>
                <QueryNotes queries={summary.queries.filter((q) => q.path === path)} href={summary.href} />
                <Textarea
                  name={path}
                  label={`${item.label}${item.required ? '' : ' (optional)'}`}
                  hint={
                    <>
                      {item.hint}
                      {count && (
                        <span class="app-task-list__hint" data-testid={`count-${item.id}`}>
                          {count}
                        </span>
                      )}
                    </>
                  }
                  rows={item.minLength >= 300 ? 10 : 6}
                  value={text}
                  error={errors[0]?.message}
                  onInput={(v) => work.editor.change(ctx.person.id, (d) => setNarrative(d, item.id, v))}
                />
              </div>
            );
          })}
          <SaveAndReturn work={work} href={summary.href} />
        </>
      )}
    </DraftFrame>
  );
}
