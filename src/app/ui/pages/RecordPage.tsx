import type { FormContext } from '../../state/forms/fields';
import { RECORD_KINDS, isRecordType, kindsFor } from '../../state/kinds';
import type { StoredRecord } from '../../store/types';
import { ContactForm } from '../record/ContactForm';
import { OutcomeForm } from '../record/OutcomeForm';
import { SpendForm } from '../record/SpendForm';
import { VolunteerHoursForm } from '../record/VolunteerHoursForm';
import type { RouteProps } from '../routes';
import { WithPerson } from './WithPerson';

/** The form for a kind of record, new or (with `existing`) to change. */
export function RecordForm({ ctx, type, existing }: { ctx: FormContext; type: string; existing?: StoredRecord }) {
  if (!isRecordType(type)) return <p>There is no kind of record called “{type}”.</p>;
  if (!kindsFor(ctx.person.role).includes(type)) {
    return (
      <>
        <h1 class="app-heading-l">You cannot record this</h1>
        <p>
          {RECORD_KINDS[type].many} {type === 'spend' ? 'are recorded by managers.' : 'are recorded by staff and managers.'}{' '}
          <a href="/">Go back to what you can record</a>.
        </p>
      </>
    );
  }
  switch (type) {
    case 'contact':
      return <ContactForm ctx={ctx} existing={existing?.type === 'contact' ? existing : undefined} />;
    case 'outcome':
      return <OutcomeForm ctx={ctx} existing={existing?.type === 'outcome' ? existing : undefined} />;
    case 'volunteer-hours':
      return <VolunteerHoursForm ctx={ctx} existing={existing?.type === 'volunteer-hours' ? existing : undefined} />;
    case 'spend':
      return <SpendForm ctx={ctx} existing={existing?.type === 'spend' ? existing : undefined} />;
  }
}

/** /record/:type — record something new. */
export function RecordPage({ params }: RouteProps) {
  return <WithPerson>{(ctx) => <RecordForm key={params.type} ctx={ctx} type={params.type ?? ''} />}</WithPerson>;
}
