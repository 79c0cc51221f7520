import { GrantExtensionRequest } from '../../../../core/hub-api';
import { typedDate } from '../../../state/forms/fields';

/** Granting an extension as staff type it: the hub's request, with the due date typed in Day, Month and Year. */
export const GrantExtensionForm = GrantExtensionRequest.extend({ dueDate: typedDate('the new due date') });
