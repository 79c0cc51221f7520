import { computed } from '@preact/signals';
import { device, reference } from '../appState';
import { currentPerson } from '../session';
import { today } from '../today';
import type { FormContext } from './fields';

/** What the record forms need, once the device is enrolled and someone is unlocked. */
export const formContext = computed<FormContext | null>(() => {
  const data = reference.value;
  const enrolled = device.value;
  const person = currentPerson.value;
  if (!data || !enrolled || !person) return null;
  return { reference: data, memberId: enrolled.memberId, person, today: today.value };
});
