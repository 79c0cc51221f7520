import type { Finding, RecordData, SubContract } from '../../schemas';
import { type QuarterId, describeDate, quarterEnd, quarterStart } from '../../time';
import { recordPath } from '../paths';
import type { RuleInput } from '../ruleInput';

const MAX_HOURS_PER_DAY = 24;

/**
 * A1 on the records of a sub-contract's quarter (each record's own types and ranges are already
 * enforced by its schema): a volunteer's hours on one day, across all their entries, are at most
 * 24; and every record counted in the quarter is dated inside the sub-contract (a record dated in
 * the quarter but before the sub-contract starts or after it ends can never be reported).
 * Records are chosen for a quarter by their date, so a record dated in another quarter belongs to
 * that quarter's return, not this one.
 */
export function checkRecordRanges(records: readonly RecordData[], subContract: SubContract, quarter: QuarterId): Finding[] {
  const from = quarterStart(quarter);
  const to = quarterEnd(quarter);
  const out: Finding[] = [];
  const perDay = new Map<string, { hours: number; count: number; last: RecordData & { type: 'volunteer-hours' } }>();
  for (const r of records) {
    if (r.subContractId !== subContract.id) continue;
    if (r.type === 'spend') continue;
    if (r.date < from || r.date > to) continue;
    if (r.date < subContract.start || r.date > subContract.end) {
      out.push({
        ruleId: 'A1',
        severity: 'error',
        path: recordPath(r.id, 'date'),
        message: `This ${r.type === 'volunteer-hours' ? 'volunteer hours entry' : r.type} is dated ${describeDate(r.date)}, outside the sub-contract (${describeDate(subContract.start)} to ${describeDate(subContract.end)}) — correct the date`,
        expected: { from: subContract.start, to: subContract.end },
        actual: r.date,
      });
    }
    if (r.type !== 'volunteer-hours') continue;
    const key = `${r.volunteerId}\u0000${r.date}`;
    const day = perDay.get(key);
    if (day === undefined) perDay.set(key, { hours: r.hours, count: 1, last: r });
    else {
      day.hours += r.hours;
      day.count++;
      if (r.id > day.last.id) day.last = r;
    }
  }
  for (const { hours, count, last } of perDay.values()) {
    if (hours <= MAX_HOURS_PER_DAY) continue;
    out.push({
      ruleId: 'A1',
      severity: 'error',
      path: recordPath(last.id, 'hours'),
      message: `Volunteer ${last.volunteerId} has ${hours} hours on ${describeDate(last.date)} across ${count} entries — a day has at most 24; correct the hours`,
      expected: MAX_HOURS_PER_DAY,
      actual: hours,
    });
  }
  return out;
}

/** A1 on records, from the aggregate computed once (see prepareRecordsAggregate). */
export function a1RecordRanges(input: RuleInput): Finding[] {
  return input.records === null ? [] : [...input.records.rangeFindings];
}
