import { fieldLabel, hrefOfPath } from '../../state/returnsPaths';
import type { RouteProps } from '../routes';
import { ExplainWarning } from './ExplainWarning';
import { CheckLine, DraftFrame, SaveAndReturn } from './ReturnFrame';
import { useFocusHash, useReturnWork } from './useReturnWork';

/** Every warning of the return, each with the box for its explanation (warnings need one to seal). */
export function ReturnExplanationsPage({ params }: RouteProps) {
  const work = useReturnWork(params.subContractId ?? '', params.quarter ?? '');
  useFocusHash(work.check.value !== null);
  return (
    <DraftFrame work={work}>
      {({ check, summary, draft, ctx, basis }) => (
        <>
          <h1 class="app-heading-l">Explain warnings</h1>
          <CheckLine check={check} />
          {check.warnings.length === 0 ? (
            <p>There are no warnings on this return, so there is nothing to explain.</p>
          ) : (
            <p>These figures look unusual: far from your profile, or from your earlier quarters. That can be right — say why, so the hub understands.</p>
          )}
          {check.warnings.map((f) => (
            <div key={f.ruleId + f.path}>
              <h2 class="app-heading-m">
                <a href={hrefOfPath(summary.href, f.path)}>{fieldLabel(f.path, basis)}</a>
              </h2>
              <ExplainWarning finding={f} draft={draft} work={work} personId={ctx.person.id} />
            </div>
          ))}
          <SaveAndReturn work={work} href={summary.href} />
        </>
      )}
    </DraftFrame>
  );
}
