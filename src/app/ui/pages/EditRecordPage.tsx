import { recordQuery } from '../../state/records';
import { sealedReasonFor } from '../../state/sealed';
import { changeRefusal } from '../../store/changeRefusal';
import type { StoredRecord } from '../../store/types';
import { useLive } from '../hooks/useLive';
import type { RouteProps } from '../routes';
import { RecordForm } from './RecordPage';
import { WithPerson } from './WithPerson';

/** /records/:id/edit — change a record, unless its quarter is sealed or it is not the person's to change. */
export function EditRecordPage({ params }: RouteProps) {
  const id = params.id ?? '';
  const record = useLive(recordQuery(id), [id], undefined as StoredRecord | null | undefined);
  return (
    <WithPerson>
      {(ctx) => {
        if (record === undefined) return <p aria-busy="true">Opening…</p>;
        if (record === null || record.deleted) {
          return (
            <>
              <h1 class="app-heading-l">Record not found</h1>
              <p>It may have been deleted. <a href="/records">Go to the records</a>.</p>
            </>
          );
        }
        const sealed = sealedReasonFor(record.subContractId, record.quarter);
        const refusal = changeRefusal(ctx.person, record, record);
        if (sealed || refusal) {
          return (
            <>
              <h1 class="app-heading-l">This record cannot be changed</h1>
              <div class="app-inset-text">{sealed ?? refusal}</div>
              <p>
                <a href={`/records/${record.type}`}>Back to the records</a>
              </p>
            </>
          );
        }
        return <RecordForm key={record.id} ctx={ctx} type={record.type} existing={record} />;
      }}
    </WithPerson>
  );
}
