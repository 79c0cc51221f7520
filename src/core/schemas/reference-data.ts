import { z } from 'zod';
import { Consortium, Member, Person, PrimeContract, SubContract, VolunteerRole } from './consortium';
import { CategorySet, Indicator } from './indicators';
import { ProfileVersion } from './profile';
import { ReportingTemplate } from './template';
import { ReturnVersion } from './returns';

/**
 * Everything a consortium is set up with. The hub holds it; a device pulls its member's share.
 * Cross-references are checked here so that rules can trust every id they look up.
 */
export const ReferenceData = z
  .object({
    consortium: Consortium,
    members: z.array(Member),
    primeContracts: z.array(PrimeContract),
    subContracts: z.array(SubContract),
    categorySets: z.array(CategorySet),
    indicators: z.array(Indicator),
    templates: z.array(ReportingTemplate),
    profiles: z.array(ProfileVersion),
    volunteerRoles: z.array(VolunteerRole),
    people: z.array(Person).default([]),
    /** Returns already made, newest version of each; the history for A5, A6 and P3. */
    returns: z.array(ReturnVersion).default([]),
  })
  .superRefine((d, ctx) => {
    const ids = (xs: { id: string }[]) => new Set(xs.map((x) => x.id));
    const members = ids(d.members);
    const primes = ids(d.primeContracts);
    const subs = ids(d.subContracts);
    const sets = ids(d.categorySets);
    const indicators = ids(d.indicators);
    const templates = ids(d.templates);
    const roles = ids(d.volunteerRoles);
    const missing = (what: string, id: string, path: (string | number)[]) =>
      ctx.addIssue({ code: 'custom', message: `Unknown ${what} "${id}"`, path });

    d.subContracts.forEach((s, i) => {
      if (!members.has(s.memberId)) missing('member', s.memberId, ['subContracts', i, 'memberId']);
      if (!primes.has(s.primeContractId)) missing('prime contract', s.primeContractId, ['subContracts', i, 'primeContractId']);
      if (!templates.has(s.templateId)) missing('template', s.templateId, ['subContracts', i, 'templateId']);
    });
    d.indicators.forEach((ind, i) =>
      ind.breakdowns.forEach((b, j) => {
        if (!sets.has(b)) missing('category set', b, ['indicators', i, 'breakdowns', j]);
      }),
    );
    d.templates.forEach((t, i) =>
      t.indicators.forEach((ti, j) => {
        if (!indicators.has(ti.indicatorId)) missing('indicator', ti.indicatorId, ['templates', i, 'indicators', j, 'indicatorId']);
        const allowed = d.indicators.find((x) => x.id === ti.indicatorId)?.breakdowns ?? [];
        ti.requiredBreakdowns.forEach((b, k) => {
          if (!allowed.includes(b)) missing(`breakdown of ${ti.indicatorId}`, b, ['templates', i, 'indicators', j, 'requiredBreakdowns', k]);
        });
      }),
    );
    d.profiles.forEach((p, i) => {
      if (!subs.has(p.subContractId)) missing('sub-contract', p.subContractId, ['profiles', i, 'subContractId']);
      p.targets.forEach((t, j) => {
        if (!indicators.has(t.indicatorId)) missing('indicator', t.indicatorId, ['profiles', i, 'targets', j, 'indicatorId']);
      });
    });
    d.people.forEach((p, i) => {
      if (!members.has(p.memberId)) missing('member', p.memberId, ['people', i, 'memberId']);
      if (p.volunteerRoleId && !roles.has(p.volunteerRoleId)) missing('volunteer role', p.volunteerRoleId, ['people', i, 'volunteerRoleId']);
    });
    d.returns.forEach((r, i) => {
      if (!subs.has(r.subContractId)) missing('sub-contract', r.subContractId, ['returns', i, 'subContractId']);
    });
  });
export type ReferenceData = z.infer<typeof ReferenceData>;
