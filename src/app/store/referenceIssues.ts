import type { RecordData, ReferenceData } from '../../core/schemas';
import { describeDate, quarterEnd, quarterStart } from '../../core/time';
import type { FieldIssue } from './errors';

/**
 * Where a record names something the member is not set up with: a sub-contract of another
 * member, an outcome its template does not have, a category not in the set. The core schema
 * checks the shape; this checks the ids against the reference data the device holds.
 */
export function referenceIssues(record: RecordData, reference: ReferenceData): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const subContract = reference.subContracts.find((s) => s.id === record.subContractId && s.memberId === record.memberId);
  if (!subContract) {
    return [{ path: 'subContractId', message: 'Select one of your organisation’s sub-contracts' }];
  }
  const template = reference.templates.find((t) => t.id === subContract.templateId);
  if (record.type !== 'spend' && (record.date < subContract.start || record.date > subContract.end)) {
    issues.push({
      path: 'date',
      message: `Enter a date from ${describeDate(subContract.start)} to ${describeDate(subContract.end)}, when ${subContract.name} runs`,
    });
  }
  if (record.type === 'spend' && (quarterEnd(record.quarter) < subContract.start || quarterStart(record.quarter) > subContract.end)) {
    issues.push({ path: 'quarter', message: `Select a quarter when ${subContract.name} runs` });
  }
  switch (record.type) {
    case 'contact':
      for (const [setId, categoryId] of Object.entries(record.demographics)) {
        const set = reference.categorySets.find((s) => s.id === setId);
        if (!set) issues.push({ path: `demographics.${setId}`, message: `Unknown category set "${setId}"` });
        else if (!set.categories.some((c) => c.id === categoryId)) {
          issues.push({ path: `demographics.${setId}`, message: `Select one of the ${set.name.toLowerCase()} options` });
        }
      }
      break;
    case 'outcome': {
      const inTemplate = template?.indicators.some((ti) => ti.indicatorId === record.indicatorId);
      const indicator = reference.indicators.find((i) => i.id === record.indicatorId);
      if (!inTemplate || indicator?.source !== 'outcome') {
        issues.push({ path: 'indicatorId', message: 'Select an outcome from this sub-contract’s reporting template' });
      }
      break;
    }
    case 'volunteer-hours':
      if (!reference.people.some((p) => p.id === record.volunteerId && p.memberId === record.memberId)) {
        issues.push({ path: 'volunteerId', message: 'Select a volunteer of your organisation' });
      }
      if (!reference.volunteerRoles.some((r) => r.id === record.roleId)) {
        issues.push({ path: 'roleId', message: 'Select a volunteer role' });
      }
      break;
    case 'spend':
      if (!template?.financeLines.some((l) => l.id === record.lineId)) {
        issues.push({ path: 'lineId', message: 'Select a budget line from this sub-contract’s reporting template' });
      }
      break;
  }
  return issues;
}
