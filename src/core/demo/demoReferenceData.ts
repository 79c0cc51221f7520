import { ReferenceData } from '../schemas';
import { demoCategorySets, demoIndicators, demoTemplates } from './catalogue';
import { DEMO_CONSORTIUM, DEMO_MEMBERS, DEMO_PRIME_CONTRACTS, DEMO_VOLUNTEER_ROLES, demoPeople } from './consortium';
import { demoHistory } from './history';
import { demoProfiles } from './profiles';
import { demoSubContracts } from './subContracts';

/**
 * The demo consortium: the fictional Riverside Community Consortium, with eight members, two
 * prime contracts, eight sub-contracts, twelve indicators, profiles for FY 2025/26 and 2026/27
 * (one re-profile) and accepted returns for 2025-Q1 … 2026-Q2. Deterministic: the same on
 * every call and machine. The hub loads it on first start; tests and benches build on it.
 */
export function demoReferenceData(): ReferenceData {
  return ReferenceData.parse({
    consortium: DEMO_CONSORTIUM,
    members: DEMO_MEMBERS,
    primeContracts: DEMO_PRIME_CONTRACTS,
    subContracts: demoSubContracts(),
    categorySets: demoCategorySets(),
    indicators: demoIndicators(),
    templates: demoTemplates(),
    profiles: demoProfiles(),
    volunteerRoles: DEMO_VOLUNTEER_ROLES,
    people: demoPeople(),
    returns: demoHistory(),
  });
}
