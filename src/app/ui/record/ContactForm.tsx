import type { ContactRecord } from '../../../core/schemas';
import { fieldId } from '../../state/form';
import { type ContactValues, contactInitial, contactSchema, contactValuesFrom } from '../../state/forms/contactForm';
import { type FormContext, activeSubContracts, demographicSets } from '../../state/forms/fields';
import { Radios } from '../components/Radios';
import { Select } from '../components/Select';
import { TextInput } from '../components/TextInput';
import { useForm } from '../hooks/useForm';
import { ClientRefField } from './ClientRefField';
import { RecordFormFrame } from './RecordFormFrame';
import { SubContractField } from './SubContractField';
import { DateInput } from '../components/DateInput';
import { choiceField, textField } from '../hooks/textField';

/** Record a contact or session (new), or change one (existing). */
export function ContactForm({ ctx, existing }: { ctx: FormContext; existing?: ContactRecord }) {
  const form = useForm(() => contactSchema(ctx), () => (existing ? contactValuesFrom(existing) : contactInitial(ctx)));
  const v = form.values.value;
  const e = form.errors.value;
  const sets = demographicSets(ctx.reference, v.subContractId, activeSubContracts(ctx));
  return (
    <RecordFormFrame
      form={form}
      caption={existing ? 'Change a record' : 'Record'}
      heading={existing ? 'Change contact or session' : 'Record a contact or session'}
      saveLabel={existing ? 'Save changes' : 'Save contact'}
      submit={{ noun: 'Contact', listPath: '/records/contact', ...(existing ? { id: existing.id } : {}) }}
      addAnother={
        existing
          ? undefined
          : { keep: (values) => contactInitial(ctx, { date: values.date, subContractId: values.subContractId, service: values.service }), focusId: fieldId('clientRef') }
      }
    >
      <DateInput legend="Date of the contact" hint="For example, 27 3 2026" {...textField(form, 'date')} />
      <SubContractField ctx={ctx} {...choiceField(form, 'subContractId')} />
      <TextInput label="Service or session (optional)" hint="For example, drop-in or debt clinic" {...textField(form, 'service')} />
      <ClientRefField
        editing={existing !== undefined}
        value={v.clientRef}
        error={e.clientRef}
        onBlur={() => form.blur('clientRef')}
        onInput={(ref, recent) => {
          form.set('clientRef', ref);
          // A returning client: their categories are already known from their last contact.
          if (recent && v.isNew === '') form.set('isNew', 'returning');
          if (recent && Object.keys(v.demographics).length === 0) form.set('demographics', { ...recent.demographics });
        }}
        onMade={(ref) => {
          form.set('clientRef', ref);
          form.set('isNew', 'new');
        }}
      />
      <Radios
        name="isNew"
        legend="Is this a new or returning client?"
        inline
        options={[
          { value: 'new', label: 'New client' },
          { value: 'returning', label: 'Returning client' },
        ]}
        {...choiceField(form, 'isNew')}
      />
      {sets.map((set) => (
        <Select
          key={set.id}
          name={`demographics.${set.id}`}
          label={set.name}
          placeholder="Choose"
          value={v.demographics[set.id] ?? ''}
          error={e[`demographics.${set.id}`]}
          options={set.categories.map((c) => ({ value: c.id, label: c.label }))}
          onChange={(x) => form.set('demographics', { ...form.values.value.demographics, [set.id]: x })}
          onBlur={() => form.blur(`demographics.${set.id}`)}
        />
      ))}
      <TextInput
        label="Number of interventions"
        hint="Each piece of help given in this contact, for example advice and a referral is 2"
        inputMode="numeric"
        width="5"
        {...textField(form, 'interventions')}
      />
    </RecordFormFrame>
  );
}
