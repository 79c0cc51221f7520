import { z } from 'zod';
import { Pin } from '../../store/pinHash';

export type UnlockValues = { personId: string; pin: string; confirm: string };

/**
 * Who is using the device, and their PIN — or, the first time on this device, a new PIN typed
 * twice. `hasPin` says which for the chosen person.
 */
export function unlockSchema(people: () => string[], hasPin: (personId: string) => boolean) {
  return z
    .object({ personId: z.string(), pin: z.string(), confirm: z.string() })
    .superRefine((v, issues) => {
      if (!people().includes(v.personId)) {
        issues.addIssue({ code: 'custom', path: ['personId'], message: 'Select who is using this device' });
        return;
      }
      const first = !hasPin(v.personId);
      if (v.pin === '') {
        issues.addIssue({ code: 'custom', path: ['pin'], message: first ? 'Create a PIN of 4 to 8 numbers' : 'Enter your PIN' });
      } else if (!Pin.safeParse(v.pin).success) {
        issues.addIssue({ code: 'custom', path: ['pin'], message: 'A PIN is 4 to 8 numbers' });
      } else if (first && v.confirm !== v.pin) {
        issues.addIssue({ code: 'custom', path: ['confirm'], message: v.confirm === '' ? 'Type your new PIN again' : 'The two PINs are different: type the same PIN twice' });
      }
    });
}
