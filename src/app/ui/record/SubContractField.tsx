import type { FormContext } from '../../state/forms/fields';
import { activeSubContracts } from '../../state/forms/fields';
import { Radios } from '../components/Radios';

/** Which sub-contract the record is for: a question only when the member holds more than one. */
export function SubContractField(props: { ctx: FormContext; value: string; error?: string; onChange: (id: string) => void; onBlur: () => void }) {
  const subs = activeSubContracts(props.ctx);
  if (subs.length === 1 && props.value === subs[0]!.id && !props.error) {
    return (
      <p>
        Sub-contract: <strong>{subs[0]!.name}</strong>
      </p>
    );
  }
  return (
    <Radios
      name="subContractId"
      legend="Which sub-contract is this for?"
      value={props.value}
      error={props.error}
      options={subs.map((s) => ({ value: s.id, label: s.name }))}
      onChange={props.onChange}
      onBlur={props.onBlur}
    />
  );
}
