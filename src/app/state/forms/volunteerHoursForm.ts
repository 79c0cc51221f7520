import { z } from 'zod';
import type { Person } from '../../../core/schemas';
import type { RecordInput } from '../../store/saveRecord';
import { type FormContext, activeSubContracts, choice, hoursField, pastDate } from './fields';

export type VolunteerHoursValues = { date: string; subContractId: string; volunteerId: string; roleId: string; hours: string; activity: string };

/** Whose hours this person may log: a volunteer only their own; others any volunteer. */
export function loggableVolunteers(ctx: FormContext): Person[] {
  if (ctx.person.role === 'volunteer') return [ctx.person];
  return ctx.reference.people.filter((p) => p.active && p.memberId === ctx.memberId && p.role === 'volunteer');
}

export function volunteerHoursInitial(ctx: FormContext, keep?: Partial<VolunteerHoursValues>): VolunteerHoursValues {
  const subs = activeSubContracts(ctx);
  const volunteers = loggableVolunteers(ctx);
  const volunteer = volunteers.length === 1 ? volunteers[0]! : undefined;
  return {
    date: keep?.date ?? ctx.today,
    subContractId: keep?.subContractId ?? (subs.length === 1 ? subs[0]!.id : ''),
    volunteerId: keep?.volunteerId ?? volunteer?.id ?? '',
    roleId: keep?.roleId ?? volunteer?.volunteerRoleId ?? (ctx.reference.volunteerRoles.length === 1 ? ctx.reference.volunteerRoles[0]!.id : ''),
    hours: '',
    activity: keep?.activity ?? '',
  };
}

export function volunteerHoursSchema(ctx: FormContext) {
  return z
    .object({
      date: pastDate('volunteering', ctx.today),
      subContractId: choice('Select the sub-contract', () => activeSubContracts(ctx).map((s) => s.id)),
      volunteerId: choice(
        ctx.person.role === 'volunteer' ? 'You can only log your own hours' : 'Select the volunteer',
        () => loggableVolunteers(ctx).map((p) => p.id),
      ),
      roleId: choice('Select the volunteer’s role', () => ctx.reference.volunteerRoles.map((r) => r.id)),
      hours: hoursField,
      activity: z.string().trim().min(1, 'Say what the volunteer did, like “befriending calls”').max(200, 'The activity must be 200 characters or fewer'),
    })
    .transform((v): RecordInput => ({ type: 'volunteer-hours', ...v }));
}

export function volunteerHoursValuesFrom(r: Omit<VolunteerHoursValues, 'hours'> & { hours: number }): VolunteerHoursValues {
  return { date: r.date, subContractId: r.subContractId, volunteerId: r.volunteerId, roleId: r.roleId, hours: String(r.hours), activity: r.activity };
}
