import { type RecordData, RecordData as RecordDataSchema } from '../schemas';
import { addDays, type QuarterId, quarterEnd, quarterStart, toDayNumber } from '../time';
import { demoCategoryWeights, demoIndicators, demoTemplates } from './catalogue';
import { DEMO_VOLUNTEER_ROLES_BY_MEMBER } from './consortium';
import { mulberry32, type Rng, seedFrom } from './prng';
import { demoSpec } from './subContracts';

export type DemoRecordsOptions = { subContractId: string; quarter: QuarterId; count: number; seed?: number };

// Mix of record types: mostly contacts, as in a real quarter.
const SHARE = { outcome: 0.1, hours: 0.15, spend: 0.02 };
const SERVICES: Record<string, string[]> = {
  't-advice': ['Debt advice', 'Benefits check', 'Housing advice', 'Form filling'],
  't-carers-advice': ["Carer's allowance check", "Carer's assessment support", 'Rights advice'],
  't-wellbeing': ['Group session', 'One-to-one', 'Activity', 'Phone check-in'],
};
const ACTIVITIES = ['Ran a session', 'Phone calls to clients', 'Drove clients to the venue', 'Set up and cleared away', 'Training'];
const DEMOGRAPHIC_SETS = ['age-band', 'gender', 'ethnicity', 'ward'];
const OUTCOME_SOURCES = new Set(['outcome']);

type Client = { ref: string; demographics: Record<string, string>; isNew: boolean };

function weightedPick(ids: string[], weights: number[], rng: Rng): string {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = rng.next() * total;
  for (let i = 0; i < ids.length; i++) if ((x -= weights[i]!) < 0) return ids[i]!;
  return ids[ids.length - 1]!;
}

function makeClients(n: number, prefix: string, ageWeights: number[] | undefined, rng: Rng): Client[] {
  const sets = DEMOGRAPHIC_SETS.map((id) => ({ id, ...demoCategoryWeights(id) }));
  return Array.from({ length: n }, (_, i) => {
    const demographics: Record<string, string> = {};
    for (const s of sets) {
      const weights = s.id === 'age-band' && ageWeights ? [...ageWeights, s.weights[s.weights.length - 1]!] : s.weights;
      demographics[s.id] = weightedPick(s.ids, weights, rng);
    }
    return { ref: `${prefix}-${String(i + 1).padStart(5, '0')}`, demographics, isNew: rng.chance(0.55) };
  });
}

/**
 * Valid records of one demo sub-contract for one quarter: contacts with repeat clients (a few
 * come often, most once or twice), outcomes for clients who had contacts, volunteer hours (at
 * most 8 a day per volunteer, never the same entry twice) and spend lines. Deterministic for a
 * given seed. Volunteers beyond the member's two demo volunteers get ids of the same pattern.
 */
export function demoRecords({ subContractId, quarter, count, seed = 1 }: DemoRecordsOptions): RecordData[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number ≥ 0, not ${count}`);
  const spec = demoSpec(subContractId);
  const template = demoTemplates().find((t) => t.id === spec.templateId)!;
  const outcomeIds = template.indicators
    .map((t) => t.indicatorId)
    .filter((id) => OUTCOME_SOURCES.has(demoIndicators().find((i) => i.id === id)!.source));
  const rng = mulberry32(seedFrom(`${subContractId}/${quarter}`, seed));
  const start = quarterStart(quarter);
  const days = toDayNumber(quarterEnd(quarter)) - toDayNumber(start) + 1;
  const spendCount = count === 0 ? 0 : Math.min(count, Math.max(1, Math.round(count * SHARE.spend)));
  const hoursCount = Math.round(count * SHARE.hours);
  const outcomeCount = Math.round(count * SHARE.outcome);
  const contactCount = Math.max(0, count - spendCount - hoursCount - outcomeCount);
  const clients = makeClients(Math.max(3, Math.round(contactCount * 0.45)), subContractId.replace(/^sc-/, '').slice(0, 10).toUpperCase(), spec.ageWeights, rng);
  const staff = [`${spec.memberId}-staff-1`, `${spec.memberId}-staff-2`, `${spec.memberId}-manager`];
  const services = SERVICES[spec.templateId]!;
  let n = 0;
  const base = (personId: string, dayOffset: number) => {
    const at = `${addDays(start, dayOffset)}T${String(9 + (n % 8)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}:00.000Z`;
    return { id: `rec-${subContractId}-${quarter}-${seed}-${++n}`, memberId: spec.memberId, subContractId, personId, createdAt: at, updatedAt: at, version: 1 };
  };

  // Contacts: a skewed pick, so some clients come every week and many come once.
  const seen = new Set<string>();
  const contacts: { client: Client; day: number; service: string }[] = [];
  for (let i = 0; i < contactCount; i++) {
    const client = clients[Math.floor(rng.next() ** 2 * clients.length)]!;
    const service = rng.pick(services);
    let day = rng.int(0, days - 1);
    for (let tries = 0; seen.has(`${client.ref}/${day}/${service}`) && tries < days; tries++) day = (day + 1) % days;
    seen.add(`${client.ref}/${day}/${service}`);
    contacts.push({ client, day, service });
  }
  contacts.sort((a, b) => a.day - b.day);
  const firstContact = new Set<string>();
  const records: RecordData[] = contacts.map(({ client, day, service }) => {
    const first = !firstContact.has(client.ref);
    firstContact.add(client.ref);
    return { ...base(rng.pick(staff), day), type: 'contact', date: addDays(start, day), clientRef: client.ref, service, isNew: first && client.isNew, demographics: client.demographics, interventions: rng.int(1, 4) };
  });

  const contacted = contacts.map((c) => c.client);
  for (let i = 0; i < outcomeCount && contacted.length > 0 && outcomeIds.length > 0; i++) {
    const day = rng.int(0, days - 1);
    records.push({ ...base(rng.pick(staff), day), type: 'outcome', date: addDays(start, day), clientRef: rng.pick(contacted).ref, indicatorId: rng.pick(outcomeIds), evidenceNote: 'Short questionnaire at review' });
  }

  // Volunteer hours: enough volunteers that nobody gives more than 8 hours on a day.
  const volunteers = Math.max(2, Math.ceil(hoursCount / days));
  const dayHours = new Map<string, number>();
  const entries = new Set<string>();
  for (let i = 0; i < hoursCount; i++) {
    const v = (i % volunteers) + 1;
    const volunteerId = `${spec.memberId}-volunteer-${v}`;
    let day = rng.int(0, days - 1);
    let hours = rng.int(2, 16) / 4;
    const activity = rng.pick(ACTIVITIES);
    for (let tries = 0; tries < days && ((dayHours.get(`${v}/${day}`) ?? 0) + hours > 8 || entries.has(`${v}/${day}/${hours}/${activity}`)); tries++) day = (day + 1) % days;
    if ((dayHours.get(`${v}/${day}`) ?? 0) + hours > 8) hours = 0.25;
    dayHours.set(`${v}/${day}`, (dayHours.get(`${v}/${day}`) ?? 0) + hours);
    entries.add(`${v}/${day}/${hours}/${activity}`);
    records.push({ ...base(volunteerId, day), type: 'volunteer-hours', date: addDays(start, day), volunteerId, roleId: roleOf(spec.memberId, v), hours, activity });
  }

  // Each line's entries stay within its quarterly budget (A3 warns on overspend).
  const lines = Object.keys(spec.budget) as (keyof typeof spec.budget)[];
  for (let i = 0; i < spendCount; i++) {
    const line = lines[i % lines.length]!;
    const entries = Math.ceil((spendCount - (i % lines.length)) / lines.length);
    const amountPence = Math.floor((spec.budget[line] / 4 / entries) * rng.between(0.8, 1));
    records.push({ ...base(staff[2]!, days - 1), type: 'spend', quarter, lineId: line, amountPence, note: '' });
  }
  return records.map((r) => RecordDataSchema.parse(r));
}

const roleOf = (memberId: string, volunteer: number) => DEMO_VOLUNTEER_ROLES_BY_MEMBER[memberId]![(volunteer - 1) % 2]!;
