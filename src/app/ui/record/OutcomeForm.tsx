import type { OutcomeRecord } from '../../../core/schemas';
import { fieldId } from '../../state/form';
import type { FormContext } from '../../state/forms/fields';
import { type OutcomeValues, outcomeIndicators, outcomeInitial, outcomeSchema, outcomeValuesFrom } from '../../state/forms/outcomeForm';
import { Radios } from '../components/Radios';
import { Textarea } from '../components/Textarea';
import { useForm } from '../hooks/useForm';
import { ClientRefField } from './ClientRefField';
import { RecordFormFrame } from './RecordFormFrame';
import { SubContractField } from './SubContractField';
import { DateInput } from '../components/DateInput';
import { choiceField, textField } from '../hooks/textField';

/** Record an outcome a client achieved (new), or change one (existing). */
export function OutcomeForm({ ctx, existing }: { ctx: FormContext; existing?: OutcomeRecord }) {
  const form = useForm(() => outcomeSchema(ctx), () => (existing ? outcomeValuesFrom(existing) : outcomeInitial(ctx)));
  const v = form.values.value;
  const e = form.errors.value;
  const indicators = outcomeIndicators(ctx.reference, v.subContractId);
  return (
    <RecordFormFrame
      form={form}
      caption={existing ? 'Change a record' : 'Record'}
      heading={existing ? 'Change outcome' : 'Record an outcome'}
      saveLabel={existing ? 'Save changes' : 'Save outcome'}
      submit={{ noun: 'Outcome', listPath: '/records/outcome', ...(existing ? { id: existing.id } : {}) }}
      addAnother={existing ? undefined : { keep: (values) => outcomeInitial(ctx, { date: values.date, subContractId: values.subContractId }), focusId: fieldId('clientRef') }}
    >
      <SubContractField ctx={ctx} {...choiceField(form, 'subContractId')} />
      <ClientRefField
        editing={existing !== undefined}
        value={v.clientRef}
        error={e.clientRef}
        onBlur={() => form.blur('clientRef')}
        onInput={(ref) => form.set('clientRef', ref)}
        onMade={(ref) => form.set('clientRef', ref)}
      />
      <Radios
        name="indicatorId"
        legend="Which outcome did the client achieve?"
        hint={indicators.length === 0 ? 'This sub-contract reports no outcomes.' : undefined}
        options={indicators.map((i) => ({ value: i.id, label: i.name, ...(i.description ? { hint: i.description } : {}) }))}
        {...choiceField(form, 'indicatorId')}
      />
      <DateInput legend="Date achieved" hint="For example, 27 3 2026" {...textField(form, 'date')} />
      <Textarea
        label="Evidence"
        hint="A short note of how you know, for example “client showed their new budget plan”. Do not include names."
        {...textField(form, 'evidenceNote')}
      />
    </RecordFormFrame>
  );
}
