import { setNil, setNilReason } from '../../state/returnsEdits';
import { findingsAt } from '../../state/returnsPaths';
import type { RouteProps } from '../routes';
import { Radios } from '../components/Radios';
import { Textarea } from '../components/Textarea';
import { CheckLine, DraftFrame, SaveAndReturn } from './ReturnFrame';
import { useFocusHash, useReturnWork } from './useReturnWork';

/** Activity this quarter, or an explicit nil return with its reason (C3). */
export function ReturnActivityPage({ params }: RouteProps) {
  const work = useReturnWork(params.subContractId ?? '', params.quarter ?? '');
  useFocusHash(work.check.value !== null);
  return (
    <DraftFrame work={work}>
      {({ check, summary, draft, ctx, basis }) => {
        const nilErrors = findingsAt(check.errors, 'nil');
        const edit = (fn: Parameters<typeof work.editor.change>[1]) => work.editor.change(ctx.person.id, fn);
        return (
          <>
            <CheckLine check={check} />
            <Radios
              name="nil"
              legendSize="l"
              legend={`Was there any activity on ${summary.subContract.name} in ${summary.quarterLabel}?`}
              hint={`Your records show ${basis.aggregate.recordCount.toLocaleString('en-GB')} ${basis.aggregate.recordCount === 1 ? 'record' : 'records'} for this quarter.`}
              value={draft.nil ? 'no' : 'yes'}
              error={draft.nil ? nilErrors.find((f) => f.path === 'nil')?.message : undefined}
              options={[
                { value: 'yes', label: 'Yes, report the figures' },
                {
                  value: 'no',
                  label: 'No, make a nil return',
                  hint: 'A nil return says there was no activity at all this quarter.',
                  conditional: (
                    <Textarea
                      name="nil.reason"
                      label="Why was there no activity?"
                      value={draft.nilReason}
                      error={nilErrors.find((f) => f.path === 'nil.reason')?.message}
                      onInput={(v) => edit((d) => setNilReason(d, v))}
                    />
                  ),
                },
              ]}
              onChange={(v) => edit((d) => setNil(d, v === 'no'))}
            />
            {draft.nil && nilErrors.filter((f) => f.path !== 'nil' && f.path !== 'nil.reason').map((f) => (
              <p key={f.message} class="app-error-message">
                <span class="app-visually-hidden">Error:</span> {f.message}
              </p>
            ))}
            <SaveAndReturn work={work} href={summary.href} />
          </>
        );
      }}
    </DraftFrame>
  );
}
