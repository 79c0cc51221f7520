import type { Finding } from '../../schemas';
import { formatFigure, nameOf, plural, upperFirst } from '../messages';
import { valuePath } from '../paths';
import { isOutlier, scoreAgainst } from '../outliers';
import { hasValue } from '../required';
import type { RuleInput } from '../ruleInput';

/**
 * A6: a figure far from this sub-contract's previous quarters of the same indicator — |modified z|
 * above settings.outlierZ (3.5), judged only with at least settings.outlierMinHistory (4) earlier
 * quarters that have the figure — is a warning needing an explanation. All earlier quarters count.
 */
export function a6Outliers(input: RuleInput): Finding[] {
  const { settings } = input;
  if (input.history.length < settings.outlierMinHistory) return [];
  const findings: Finding[] = [];
  for (const ti of input.template.indicators) {
    const x = input.figures.get(ti.indicatorId)?.value;
    if (!hasValue(x)) continue;
    const quarters = input.historyValues.get(ti.indicatorId)?.length ?? 0;
    if (quarters < settings.outlierMinHistory) continue;
    const spread = input.outlierSpread(ti.indicatorId);
    if (spread === null || !isOutlier(x, spread, settings.outlierZ)) continue;
    const score = scoreAgainst(x, spread);
    const indicator = input.indicators.get(ti.indicatorId);
    const kind = indicator?.kind;
    findings.push({
      ruleId: 'A6',
      severity: 'warning',
      path: valuePath(ti.indicatorId),
      message: `${upperFirst(nameOf(indicator, ti.indicatorId))} is ${formatFigure(kind, x)}, far ${x > score.median ? 'above' : 'below'} the usual ${formatFigure(kind, score.median)} over the last ${plural(quarters, 'quarter')} — check it, or explain why`,
      expected: { median: score.median, maxAbsZ: settings.outlierZ },
      actual: { value: x, z: Math.round(score.z * 100) / 100 },
    });
  }
  return findings;
}
