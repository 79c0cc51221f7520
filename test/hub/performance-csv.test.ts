// The CSV writer and the consolidated return's CSV rows, without a hub: quoting, formula
// neutralising, breakdown rows, small-count suppression and the "incomplete" note.
import { describe, expect, it } from 'vitest';
import { CANNOT_BE_SUMMED, p6ConsolidatedReturn, publishConsolidatedReturn } from '../../src/core/performance';
import type { z } from 'zod';
import { CategorySet, Indicator, Member, ReturnVersion, SubContract } from '../../src/core/schemas';
import type { HubReference } from '../../src/hub/services/returns/hub-reference';
import { CONSOLIDATED_CSV_HEADER, consolidatedCsv } from '../../src/hub/services/performance/consolidated-csv';
import { csvCell, csvFile, csvLine } from '../../src/hub/services/performance/csv';

describe('csvCell, csvLine and csvFile (RFC 4180, formulas neutralised)', () => {
  it('quotes every cell and doubles the quotes inside', () => {
    expect(csvCell('plain')).toBe('"plain"');
    expect(csvCell('')).toBe('""');
    expect(csvCell('say "hello", twice')).toBe('"say ""hello"", twice"');
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
  });

  it('puts an apostrophe before a cell a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}SUM(A1:A9)`)).toBe(`"'${start}SUM(A1:A9)"`);
    expect(csvCell('=HYPERLINK("http://example.com")')).toBe(`"'=HYPERLINK(""http://example.com"")"`);
    expect(csvCell('a=b')).toBe('"a=b"');
    expect(csvCell('<5')).toBe('"<5"');
  });

  it('ends every line with CRLF and starts the file with its header', () => {
    expect(csvLine(['a', 'b'])).toBe('"a","b"\r\n');
    expect(csvFile(['H1', 'H2'], [['1', '2'], ['3', '4']])).toBe('"H1","H2"\r\n"1","2"\r\n"3","4"\r\n');
    expect(csvFile(['H1'], [])).toBe('"H1"\r\n');
  });
});

describe('consolidatedCsv', () => {
  const indicators = [
    Indicator.parse({ id: 'clients', name: 'Unique clients supported', kind: 'count', source: 'unique-clients', key: true }),
    Indicator.parse({ id: 'sessions', name: '=Sessions delivered', kind: 'count', source: 'sessions' }),
    Indicator.parse({ id: 'hours', name: 'Volunteer hours', kind: 'hours', source: 'volunteer-hours' }),
    Indicator.parse({ id: 'spend', name: 'Spend', kind: 'money', source: 'spend' }),
  ];
  const age = CategorySet.parse({ id: 'age', name: 'Age band', categories: [{ id: 'under-18', label: 'Under 18' }, { id: '18-64', label: '18 to 64' }, { id: 'not-known', label: 'Not known' }] });
  const sc = (id: string, memberId: string) =>
    SubContract.parse({ id, memberId, primeContractId: 'pc', name: `Service ${id}`, start: '2026-04-01', end: '2027-03-31', valuePence: 1, templateId: 't' });
  const subContracts = [sc('sc-a', 'm-a'), sc('sc-b', 'm-b'), sc('sc-c', 'm-c')];
  const ret = (subContractId: string, memberId: string, figures: z.input<typeof ReturnVersion>['figures']) =>
    ReturnVersion.parse({ id: `ret-${subContractId}`, memberId, subContractId, quarter: '2026-Q1', version: 1, state: 'accepted', figures, updatedAt: '2026-07-20T10:00:00.000Z', updatedBy: 'hub' });
  const returns = [
    ret('sc-a', 'm-a', [
      { indicatorId: 'clients', value: 2, breakdowns: {}, yearToDate: 2 },
      { indicatorId: 'sessions', value: 7, breakdowns: { age: { 'under-18': 1, '18-64': 6, 'not-known': 0 } } },
      { indicatorId: 'hours', value: 2.5, breakdowns: {} },
      { indicatorId: 'spend', value: 123_456, breakdowns: {} },
    ]),
    ret('sc-b', 'm-b', [
      { indicatorId: 'clients', value: 1, breakdowns: {} },
      { indicatorId: 'sessions', value: 3, breakdowns: { age: { 'under-18': 1, '18-64': 2, 'not-known': 0 } } },
      { indicatorId: 'hours', value: 1, breakdowns: {} },
      { indicatorId: 'spend', value: null, breakdowns: {} },
    ]),
  ];
  const ref = {
    members: new Map(['m-a', 'm-b', 'm-c'].map((id) => [id, Member.parse({ id, name: `Member ${id.slice(2).toUpperCase()}`, kind: 'full' })])),
    subContracts: new Map(subContracts.map((s) => [s.id, s])),
    categorySets: [age],
  } as unknown as HubReference;
  const lines = () => {
    const c = p6ConsolidatedReturn({ primeContractId: 'pc', quarter: '2026-Q1', subContracts, indicators, returns });
    return consolidatedCsv(publishConsolidatedReturn(c), ref).split('\r\n');
  };

  it('starts with the header and has a row per indicator, then per breakdown category of a summable one', () => {
    const all = lines();
    expect(all[0]).toBe(CONSOLIDATED_CSV_HEADER.map((h) => `"${h}"`).join(','));
    expect(all.slice(1)).toEqual([
      `"Unique clients supported","","","","${CANNOT_BE_SUMMED} Upper bound: <5."`,
      `"'=Sessions delivered","","","10",""`,
      `"'=Sessions delivered","Age band","Under 18","<5",""`,
      `"'=Sessions delivered","Age band","18 to 64","8",""`,
      `"'=Sessions delivered","Age band","Not known","0",""`,
      // Hours and money are never suppressed; money is in pounds.
      `"Volunteer hours","","","3.5",""`,
      `"Spend","","","1234.56","Left blank by Member B (Service sc-b). In pounds."`,
      `"Note","","","","Incomplete: no accepted return yet from Member C (Service sc-c). Their figures are not included."`,
      '',
    ]);
  });
});
