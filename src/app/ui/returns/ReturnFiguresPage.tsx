import { sectionOf } from '../../state/returnsPaths';
import type { RouteProps } from '../routes';
import { ExplainWarning } from './ExplainWarning';
import { FigureField } from './FigureField';
import { FindingList } from './FindingList';
import { CheckLine, DraftFrame, SaveAndReturn } from './ReturnFrame';
import { useFocusHash, useReturnWork } from './useReturnWork';

/** The return's figures: each from the records (with its breakdowns) or typed, checked as the manager works. */
export function ReturnFiguresPage({ params }: RouteProps) {
  const work = useReturnWork(params.subContractId ?? '', params.quarter ?? '');
  useFocusHash(work.check.value !== null);
  return (
    <DraftFrame work={work}>
      {(screen) => {
        const { check, basis, summary, draft, ctx } = screen;
        const here = check.errors.filter((f) => sectionOf(f.path) === 'figures');
        const warnings = check.warnings.filter((f) => sectionOf(f.path) === 'figures').length;
        const aboutRecords = check.errors.filter((f) => f.path.startsWith('records.'));
        const recordWarnings = check.warnings.filter((f) => f.path.startsWith('records.'));
        return (
          <>
            <h1 class="app-heading-l">Figures</h1>
            <CheckLine check={check} />
            <p>
              These figures come from the {basis.aggregate.recordCount.toLocaleString('en-GB')} records of {summary.quarterLabel}. To change a figure, fix
              its records, or change it here and say why.
            </p>
            {here.length > 0 && (
              <div class="app-error-summary" aria-labelledby="figures-problems-title" data-testid="figures-findings">
                <h2 class="app-error-summary__title" id="figures-problems-title">
                  {here.length === 1 ? 'There is a problem on this page' : `There are ${here.length} problems on this page`}
                </h2>
                <FindingList findings={here} returnHref={summary.href} basis={basis} />
              </div>
            )}
            {warnings > 0 && (
              <p>
                {warnings === 1 ? '1 figure looks unusual' : `${warnings} figures look unusual`}: explain each below it, or on <a href={`${summary.href}/explanations`}>Explain warnings</a>.
              </p>
            )}
            {(aboutRecords.length > 0 || recordWarnings.length > 0) && (
              <>
                <h2 class="app-heading-m">In your records</h2>
                <FindingList findings={aboutRecords} returnHref={summary.href} basis={basis} />
                {recordWarnings.map((f) => (
                  <ExplainWarning key={f.ruleId + f.path} finding={f} draft={draft} work={work} personId={ctx.person.id} />
                ))}
              </>
            )}
            {basis.template.indicators.map((ti) => (
              <FigureField
                key={ti.indicatorId}
                screen={screen}
                work={work}
                indicatorId={ti.indicatorId}
                queries={summary.queries.filter((q) => q.path.startsWith(`figures.${ti.indicatorId}`))}
              />
            ))}
            <SaveAndReturn work={work} href={summary.href} />
          </>
        );
      }}
    </DraftFrame>
  );
}
