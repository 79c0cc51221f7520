import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CANNOT_BE_SUMMED, p6ConsolidatedReturn } from '../../../src/core/performance';
import { indicators, ret, subContract } from './fixtures';

const catalogue = Object.values(indicators);
const subs = [subContract('a'), subContract('b'), subContract('c'), subContract('other', 'pc-other')];
const consolidate = (returns: ReturnType<typeof ret>[], extra: { states?: ('accepted' | 'received')[] } = {}) =>
  p6ConsolidatedReturn({ primeContractId: 'pc', quarter: '2026-Q1', subContracts: subs, indicators: catalogue, returns, ...extra });
const fig = (c: ReturnType<typeof consolidate>, id: string) => c.figures.find((f) => f.indicatorId === id)!;

describe('p6ConsolidatedReturn', () => {
  const returns = [
    ret('a', '2026-Q1', { clients: { value: 40, yearToDate: 40 }, sessions: { value: 100, breakdowns: { ward: { north: 60, 'not-known': 40 } } }, spend: 123_456 }),
    ret('b', '2026-Q1', { clients: { value: 25, yearToDate: 25 }, sessions: { value: 50, breakdowns: { ward: { north: 10, south: 40 } } }, spend: 1 }),
    ret('other', '2026-Q1', { clients: 999, sessions: 999 }),
  ];
  const c = consolidate(returns);

  it('adds up summable figures and their breakdowns across the prime contract’s members', () => {
    expect(fig(c, 'sessions')).toMatchObject({ summable: true, value: 150, upperBound: null, note: null, breakdowns: { ward: { north: 70, south: 40, 'not-known': 40 } } });
    expect(fig(c, 'spend').value).toBe(123_457);
  });

  it('does not add up unique clients: each member’s figure, an upper bound and a label', () => {
    const clients = fig(c, 'clients');
    expect(clients).toMatchObject({ summable: false, value: null, upperBound: 65, note: CANNOT_BE_SUMMED, breakdowns: {} });
    expect(CANNOT_BE_SUMMED).toMatch(/^Cannot be summed: clients may use more than one member/);
    expect(clients.members.map((m) => [m.subContractId, m.value, m.yearToDate])).toEqual([['a', 40, 40], ['b', 25, 25]]);
  });

  it('says which active sub-contracts have no return yet', () => {
    expect(c.included).toEqual(['a', 'b']);
    expect(c.missing).toEqual(['c']);
  });

  it('counts only accepted or locked returns by default, the newest version of each', () => {
    const later = [...returns, ret('a', '2026-Q1', { sessions: 10 }, { version: 2, state: 'received' })];
    expect(fig(consolidate(later), 'sessions').value).toBe(150);
    expect(fig(consolidate(later, { states: ['accepted', 'received'] }), 'sessions').value).toBe(60);
  });

  it('counts a nil return as 0 and a blank figure as missing, not 0', () => {
    const withNil = [...returns, ret('c', '2026-Q1', {}, { nil: { reason: 'Venue closed all quarter' } })];
    const sessions = fig(consolidate(withNil), 'sessions');
    expect(sessions.value).toBe(150);
    expect(sessions.members.find((m) => m.subContractId === 'c')).toMatchObject({ nil: true, value: 0 });
    const blank = consolidate([...returns, ret('c', '2026-Q1', { sessions: null })]);
    expect(fig(blank, 'sessions')).toMatchObject({ value: 150, membersWithoutFigure: ['c'] });
  });

  it('leaves out indicators no member reports', () => {
    expect(c.figures.map((f) => f.indicatorId)).toEqual(['clients', 'sessions', 'spend']);
  });

  it('property: summable figures and breakdown cells equal the sums of the members’ figures', () => {
    const cell = fc.nat({ max: 10_000 });
    const member = fc.record({ north: cell, south: cell, notKnown: cell, spend: fc.nat({ max: 100_000_000 }), clients: cell });
    fc.assert(
      fc.property(fc.array(member, { minLength: 1, maxLength: 3 }), (ms) => {
        const rs = ms.map((m, i) =>
          ret(['a', 'b', 'c'][i]!, '2026-Q1', {
            sessions: { value: m.north + m.south + m.notKnown, breakdowns: { ward: { north: m.north, south: m.south, 'not-known': m.notKnown } } },
            spend: m.spend,
            clients: m.clients,
          }),
        );
        const out = consolidate(rs);
        const sum = (f: (m: (typeof ms)[number]) => number) => ms.reduce((n, m) => n + f(m), 0);
        expect(fig(out, 'sessions').value).toBe(sum((m) => m.north + m.south + m.notKnown));
        expect(fig(out, 'sessions').breakdowns).toEqual({ ward: { north: sum((m) => m.north), south: sum((m) => m.south), 'not-known': sum((m) => m.notKnown) } });
        expect(fig(out, 'spend').value).toBe(sum((m) => m.spend));
        expect(fig(out, 'clients').value).toBeNull();
        expect(fig(out, 'clients').upperBound).toBe(sum((m) => m.clients));
      }),
    );
  });
});
