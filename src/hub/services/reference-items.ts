import type { ReferenceData } from '../../core/schemas';

/**
 * Reference data is stored one item per row (see migration 0003), each marked with the member
 * it belongs to, or null when every member shares it. This module turns a ReferenceData into
 * rows and a member's rows back into that member's share.
 */
export const REFERENCE_KINDS = {
  members: 'member',
  primeContracts: 'primeContract',
  subContracts: 'subContract',
  categorySets: 'categorySet',
  indicators: 'indicator',
  templates: 'template',
  profiles: 'profile',
  volunteerRoles: 'volunteerRole',
  people: 'person',
  returns: 'return',
} as const satisfies Record<Exclude<keyof ReferenceData, 'consortium'>, string>;

type ArrayKey = keyof typeof REFERENCE_KINDS;
export type ReferenceKind = (typeof REFERENCE_KINDS)[ArrayKey] | 'consortium';

export interface ReferenceItem {
  kind: ReferenceKind;
  id: string;
  memberId: string | null;
  position: number;
  data: unknown;
}

/** Every item of `data` as a row, each with the member it belongs to. */
export function referenceItems(data: ReferenceData): ReferenceItem[] {
  const memberOfSubContract = new Map(data.subContracts.map((s) => [s.id, s.memberId]));
  const items: ReferenceItem[] = [{ kind: 'consortium', id: data.consortium.id, memberId: null, position: 0, data: data.consortium }];
  const add = <K extends ArrayKey>(key: K, owner: (item: ReferenceData[K][number]) => string | null) =>
    (data[key] as ReferenceData[K][number][]).forEach((item, position) =>
      items.push({ kind: REFERENCE_KINDS[key], id: item.id, memberId: owner(item), position, data: item }),
    );
  add('members', (m) => m.id);
  add('primeContracts', () => null);
  add('subContracts', (s) => s.memberId);
  add('categorySets', () => null);
  add('indicators', () => null);
  add('templates', () => null);
  add('profiles', (p) => memberOfSubContract.get(p.subContractId) ?? null);
  add('volunteerRoles', () => null);
  add('people', (p) => p.memberId);
  add('returns', (r) => r.memberId);
  return items;
}

/**
 * One member's share from the rows it may see (its own and the shared ones, in position order):
 * only that member in `members`, its sub-contracts and the prime contracts and templates they
 * use, their profiles, its people and returns, and the indicators, category sets and volunteer
 * roles every member uses. Undefined when the consortium or the member is missing.
 */
export function memberShare(memberId: string, rows: readonly { kind: string; data: unknown }[]): ReferenceData | undefined {
  const of = <T>(kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.data as T);
  const consortium = of<ReferenceData['consortium']>('consortium')[0];
  const members = of<ReferenceData['members'][number]>('member').filter((m) => m.id === memberId);
  if (!consortium || members.length === 0) return undefined;
  const subContracts = of<ReferenceData['subContracts'][number]>('subContract').filter((s) => s.memberId === memberId);
  const primeIds = new Set(subContracts.map((s) => s.primeContractId));
  const templateIds = new Set(subContracts.map((s) => s.templateId));
  const subIds = new Set(subContracts.map((s) => s.id));
  return {
    consortium,
    members,
    primeContracts: of<ReferenceData['primeContracts'][number]>('primeContract').filter((p) => primeIds.has(p.id)),
    subContracts,
    categorySets: of('categorySet'),
    indicators: of('indicator'),
    templates: of<ReferenceData['templates'][number]>('template').filter((t) => templateIds.has(t.id)),
    profiles: of<ReferenceData['profiles'][number]>('profile').filter((p) => subIds.has(p.subContractId)),
    volunteerRoles: of('volunteerRole'),
    people: of<ReferenceData['people'][number]>('person').filter((p) => p.memberId === memberId),
    returns: of<ReferenceData['returns'][number]>('return').filter((r) => r.memberId === memberId),
  };
}
