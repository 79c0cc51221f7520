import type {
  CategorySet,
  Indicator,
  Member,
  Person,
  PrimeContract,
  ProfileVersion,
  ReportingTemplate,
  ReturnVersion,
  SubContract,
} from '../../../core/schemas';
import type { Queryable } from '../../db/db';
import { referenceRowsOfKinds } from '../../db/queries/consortium-reference';

/**
 * The reference data returns work with, indexed. It was parsed with the core's ReferenceData
 * schema when it was loaded (defaults applied, cross-references checked), so it is trusted here.
 */
export interface HubReference {
  members: Map<string, Member>;
  primeContracts: Map<string, PrimeContract>;
  subContracts: Map<string, SubContract>;
  templates: Map<string, ReportingTemplate>;
  indicators: Indicator[];
  categorySets: CategorySet[];
  profiles: ProfileVersion[];
  people: Map<string, Person>;
  /** Returns loaded with the reference data (history made before the hub held returns). */
  historyReturns: ReturnVersion[];
}

const KINDS = ['member', 'primeContract', 'subContract', 'template', 'indicator', 'categorySet', 'profile', 'person', 'return'];

export async function loadHubReference(q: Queryable): Promise<HubReference> {
  const rows = await referenceRowsOfKinds(q, KINDS);
  const of = <T>(kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.data as T);
  const byId = <T extends { id: string }>(kind: string) => new Map(of<T>(kind).map((x) => [x.id, x]));
  return {
    members: byId<Member>('member'),
    primeContracts: byId<PrimeContract>('primeContract'),
    subContracts: byId<SubContract>('subContract'),
    templates: byId<ReportingTemplate>('template'),
    indicators: of<Indicator>('indicator'),
    categorySets: of<CategorySet>('categorySet'),
    profiles: of<ProfileVersion>('profile'),
    people: byId<Person>('person'),
    historyReturns: of<ReturnVersion>('return'),
  };
}

/** A sub-contract with what hangs off it; undefined when the sub-contract (or its contract or template) is missing. */
export function subContractContext(ref: HubReference, subContractId: string) {
  const subContract = ref.subContracts.get(subContractId);
  if (!subContract) return undefined;
  const primeContract = ref.primeContracts.get(subContract.primeContractId);
  const template = ref.templates.get(subContract.templateId);
  const member = ref.members.get(subContract.memberId);
  if (!primeContract || !template || !member) return undefined;
  const profiles = ref.profiles.filter((p) => p.subContractId === subContractId);
  return { subContract, primeContract, template, member, profiles };
}
export type SubContractContext = NonNullable<ReturnType<typeof subContractContext>>;
