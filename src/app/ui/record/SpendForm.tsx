import type { SpendRecord } from '../../../core/schemas';
import { quarterLabel } from '../../../core/time';
import { fieldId } from '../../state/form';
import type { FormContext } from '../../state/forms/fields';
import { type SpendValues, financeLines, spendInitial, spendQuarters, spendSchema, spendValuesFrom } from '../../state/forms/spendForm';
import { Radios } from '../components/Radios';
import { TextInput } from '../components/TextInput';
import { useForm } from '../hooks/useForm';
import { RecordFormFrame } from './RecordFormFrame';
import { SubContractField } from './SubContractField';
import { choiceField, textField } from '../hooks/textField';

/** Record a spend line against a budget line (managers only). */
export function SpendForm({ ctx, existing }: { ctx: FormContext; existing?: SpendRecord }) {
  const form = useForm(() => spendSchema(ctx), () => (existing ? spendValuesFrom(existing) : spendInitial(ctx)));
  const v = form.values.value;
  const quarters = existing && !spendQuarters(ctx.today).includes(existing.quarter) ? [existing.quarter, ...spendQuarters(ctx.today)] : spendQuarters(ctx.today);
  return (
    <RecordFormFrame
      form={form}
      caption={existing ? 'Change a record' : 'Record'}
      heading={existing ? 'Change spend line' : 'Record spend'}
      saveLabel={existing ? 'Save changes' : 'Save spend'}
      submit={{ noun: 'Spend line', listPath: '/records/spend', ...(existing ? { id: existing.id } : {}) }}
      addAnother={existing ? undefined : { keep: (values) => spendInitial(ctx, { subContractId: values.subContractId, quarter: values.quarter }), focusId: fieldId('lineId') }}
    >
      <SubContractField ctx={ctx} {...choiceField(form, 'subContractId')} />
      <Radios name="quarter" legend="Quarter" inline={false} options={quarters.map((q) => ({ value: q, label: quarterLabel(q) }))} {...choiceField(form, 'quarter')} />
      <Radios
        name="lineId"
        legend="Budget line"
        options={financeLines(ctx.reference, v.subContractId).map((l) => ({ value: l.id, label: l.label }))}
        {...choiceField(form, 'lineId')}
      />
      <TextInput label="Amount" hint="In pounds and pence, for example 125.50" prefix="£" inputMode="decimal" width="10" {...textField(form, 'amount')} />
      <TextInput label="Note (optional)" hint="For example, the invoice number" {...textField(form, 'note')} />
    </RecordFormFrame>
  );
}
