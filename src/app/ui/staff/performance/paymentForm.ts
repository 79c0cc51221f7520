import { RecordPaymentRequest } from '../../../../core/hub-api';
import { moneyOrNothingField } from '../../../state/forms/fields';

/**
 * Recording a payment as staff type it: the amount in pounds and pence ("£4,165.00", "4165.5"),
 * read as the app reads money (£0 allowed: nothing was paid) and then held to the hub's own limits; the reason as the hub
 * checks it. Named as the hub names them, so its field errors land on the same fields.
 */
export const RecordPaymentForm = RecordPaymentRequest.pick({ reason: true }).extend({
  paidPence: moneyOrNothingField.pipe(RecordPaymentRequest.shape.paidPence),
});
