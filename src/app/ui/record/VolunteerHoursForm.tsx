import type { VolunteerHoursRecord } from '../../../core/schemas';
import { fieldId } from '../../state/form';
import type { FormContext } from '../../state/forms/fields';
import {
  type VolunteerHoursValues,
  loggableVolunteers,
  volunteerHoursInitial,
  volunteerHoursSchema,
  volunteerHoursValuesFrom,
} from '../../state/forms/volunteerHoursForm';
import { Select } from '../components/Select';
import { TextInput } from '../components/TextInput';
import { useForm } from '../hooks/useForm';
import { RecordFormFrame } from './RecordFormFrame';
import { SubContractField } from './SubContractField';
import { DateInput } from '../components/DateInput';
import { choiceField, textField } from '../hooks/textField';

/** Log volunteer hours (new), or change an entry (existing). A volunteer logs only their own. */
export function VolunteerHoursForm({ ctx, existing }: { ctx: FormContext; existing?: VolunteerHoursRecord }) {
  const form = useForm(() => volunteerHoursSchema(ctx), () => (existing ? volunteerHoursValuesFrom(existing) : volunteerHoursInitial(ctx)));
  const volunteers = loggableVolunteers(ctx);
  const own = ctx.person.role === 'volunteer';
  return (
    <RecordFormFrame
      form={form}
      caption={existing ? 'Change a record' : 'Record'}
      heading={existing ? 'Change volunteer hours' : own ? 'Log your volunteer hours' : 'Log volunteer hours'}
      saveLabel={existing ? 'Save changes' : 'Save hours'}
      submit={{ noun: 'Volunteer hours', listPath: '/records/volunteer-hours', ...(existing ? { id: existing.id } : {}) }}
      addAnother={
        existing
          ? undefined
          : {
              keep: (values) => volunteerHoursInitial(ctx, { subContractId: values.subContractId, volunteerId: values.volunteerId, roleId: values.roleId }),
              focusId: fieldId('date'),
            }
      }
    >
      {own ? (
        <p>
          Volunteer: <strong>{ctx.person.displayName}</strong>
        </p>
      ) : (
        <Select
          name="volunteerId"
          label="Volunteer"
          placeholder="Choose a volunteer"
          options={volunteers.map((p) => ({ value: p.id, label: p.displayName }))}
          {...choiceField(form, 'volunteerId')}
          onChange={(x) => {
            form.set('volunteerId', x);
            const role = volunteers.find((p) => p.id === x)?.volunteerRoleId;
            if (role) form.set('roleId', role);
          }}
        />
      )}
      <SubContractField ctx={ctx} {...choiceField(form, 'subContractId')} />
      <Select
        name="roleId"
        label="Role"
        placeholder="Choose a role"
        options={ctx.reference.volunteerRoles.map((r) => ({ value: r.id, label: r.name }))}
        {...choiceField(form, 'roleId')}
      />
      <DateInput legend="Date" hint="For example, 27 3 2026" {...textField(form, 'date')} />
      <TextInput
        label="Hours"
        hint="In quarter hours, for example 1.5 for an hour and a half, or 2.25"
        inputMode="decimal"
        width="5"
        {...textField(form, 'hours')}
      />
      <TextInput label="What did the volunteer do?" hint="For example, befriending calls" {...textField(form, 'activity')} />
    </RecordFormFrame>
  );
}
