import type { z } from 'zod';
import type { Consortium, Member, Person, PrimeContract, VolunteerRole } from '../schemas';

// Every name here is made up: the consortium, its members, its commissioners and its people.

export const DEMO_CONSORTIUM: z.input<typeof Consortium> = { id: 'riverside', name: 'Riverside Community Consortium' };

export const DEMO_MEMBERS: z.input<typeof Member>[] = [
  { id: 'm-advice', name: 'Riverside Advice Centre', kind: 'full' },
  { id: 'm-carers', name: "Riverside Carers' Network", kind: 'full' },
  { id: 'm-youth', name: 'Northbank Youth Club', kind: 'full' },
  { id: 'm-befriending', name: 'Good Neighbours Befriending', kind: 'full' },
  { id: 'm-peer', name: 'Open Minds Peer Support', kind: 'full' },
  { id: 'm-lunch', name: 'Millbrook Lunch Club', kind: 'full' },
  { id: 'm-foodbank', name: 'Riverside Food Bank', kind: 'associate' },
  { id: 'm-refugee', name: 'Riverside Refugee Welcome', kind: 'associate' },
];

export const DEMO_PRIME_CONTRACTS: z.input<typeof PrimeContract>[] = [
  {
    id: 'pc-advice',
    name: 'Riverside Advice Partnership',
    commissioner: 'Riverside Borough Council (fictional)',
    start: '2025-04-01',
    end: '2027-03-31',
    deadlinePolicy: {},
    settings: {},
  },
  {
    id: 'pc-wellbeing',
    name: 'Riverside Health and Wellbeing Programme',
    commissioner: 'Riverside and Westvale NHS Board (fictional)',
    start: '2025-04-01',
    end: '2027-03-31',
    deadlinePolicy: {},
    settings: {},
  },
];

const ASHE = (soc: string) =>
  `Illustrative figure modelled on ONS ASHE 2025 median hourly pay excluding overtime, SOC 2020 ${soc} (fictional demo figure, not the published value)`;

/** P5: equivalent paid hourly rates, each with its (labelled, fictional) source and year. */
export const DEMO_VOLUNTEER_ROLES: z.input<typeof VolunteerRole>[] = [
  { id: 'advice-assistant', name: 'Advice assistant', hourlyRatePence: 1_395, rateSource: ASHE('4129 Other administrative occupations n.e.c.'), rateYear: 2025 },
  { id: 'befriender', name: 'Befriender', hourlyRatePence: 1_262, rateSource: ASHE('6135 Care workers and home carers'), rateYear: 2025 },
  { id: 'youth-helper', name: 'Youth club helper', hourlyRatePence: 1_418, rateSource: ASHE('3221 Youth and community workers'), rateYear: 2025 },
  { id: 'peer-supporter', name: 'Peer supporter', hourlyRatePence: 1_354, rateSource: ASHE('3229 Welfare and housing associate professionals n.e.c.'), rateYear: 2025 },
  { id: 'kitchen-helper', name: 'Kitchen helper', hourlyRatePence: 1_221, rateSource: ASHE('9272 Kitchen and catering assistants'), rateYear: 2025 },
  { id: 'driver', name: 'Volunteer driver', hourlyRatePence: 1_310, rateSource: ASHE('8214 Delivery drivers and couriers'), rateYear: 2025 },
  { id: 'receptionist', name: 'Receptionist', hourlyRatePence: 1_250, rateSource: ASHE('4216 Receptionists'), rateYear: 2025 },
];

/** Each member's volunteers and the roles they usually do. */
export const DEMO_VOLUNTEER_ROLES_BY_MEMBER: Record<string, [string, string]> = {
  'm-advice': ['advice-assistant', 'receptionist'],
  'm-carers': ['befriender', 'driver'],
  'm-youth': ['youth-helper', 'youth-helper'],
  'm-befriending': ['befriender', 'driver'],
  'm-peer': ['peer-supporter', 'peer-supporter'],
  'm-lunch': ['kitchen-helper', 'driver'],
  'm-foodbank': ['driver', 'receptionist'],
  'm-refugee': ['befriender', 'advice-assistant'],
};

// Five made-up display names per member: manager, two staff, two volunteers.
const NAMES: Record<string, [string, string, string, string, string]> = {
  'm-advice': ['Priya Castell', 'Tom Arden', 'Grace Okafor', 'Len Whitby', 'Maya Sorensen'],
  'm-carers': ['Helen Marsh', 'Dev Rana', 'Ruth Ellery', 'Sam Kowal', 'Iris Penhale'],
  'm-youth': ['Marcus Fenn', 'Jade Lister', 'Kofi Mensah', 'Amy Roe', 'Ollie Brandt'],
  'm-befriending': ['Sue Halloran', 'Nadia Qureshi', 'Bill Tranter', 'Jean Ashby', 'Ravi Doshi'],
  'm-peer': ['Chris Ingram', 'Fern Wallace', 'Abdi Warsame', 'Lou Kerrigan', 'Beth Moyle'],
  'm-lunch': ['Pat Greaves', 'Ken Lowther', 'Mina Hart', 'Rose Fairley', 'Stan Opie'],
  'm-foodbank': ['Joy Barnaby', 'Femi Adeyemi', 'Kath Doyle', 'Ian Roscoe', 'Lily Vance'],
  'm-refugee': ['Sara Haddad', 'Tariq Nazari', 'Anna Brook', 'Yonas Tesfaye', 'Clare Dunmore'],
};

/** Ids of people follow a pattern so tests and records can find them: `<member>-manager`, `-staff-1`, `-volunteer-1`. */
export function demoPeople(): z.input<typeof Person>[] {
  return DEMO_MEMBERS.flatMap(({ id: memberId }) => {
    const names = NAMES[memberId]!;
    const roles = DEMO_VOLUNTEER_ROLES_BY_MEMBER[memberId]!;
    return [
      { id: `${memberId}-manager`, memberId, displayName: names[0], role: 'manager' as const },
      { id: `${memberId}-staff-1`, memberId, displayName: names[1], role: 'staff' as const },
      { id: `${memberId}-staff-2`, memberId, displayName: names[2], role: 'staff' as const },
      { id: `${memberId}-volunteer-1`, memberId, displayName: names[3], role: 'volunteer' as const, volunteerRoleId: roles[0] },
      { id: `${memberId}-volunteer-2`, memberId, displayName: names[4], role: 'volunteer' as const, volunteerRoleId: roles[1] },
    ];
  });
}

export function demoManagerOf(memberId: string): { id: string; displayName: string } {
  const names = NAMES[memberId];
  if (!names) throw new RangeError(`No demo member "${memberId}"`);
  return { id: `${memberId}-manager`, displayName: names[0] };
}
