import { useEffect, useState } from 'preact/hooks';
import { describeDate, londonDateOf } from '../../../core/time';
import { device } from '../../state/appState';
import { showNotice } from '../../state/notice';
import { navigate } from '../../state/router';
import { devicePeople, lock, pinHoldersQuery, resetPersonPin } from '../../state/session';
import { type StorageInfo, describeBytes, describePersistence, readStorageInfo } from '../../state/storageInfo';
import { NoticeBanner } from '../components/NoticeBanner';
import { useLive } from '../hooks/useLive';
import type { RouteProps } from '../routes';
import { WithPerson } from './WithPerson';

/** /settings — this device, its storage, the people on it, and signing out. */
export function SettingsPage(_props: RouteProps) {
  const [storage, setStorage] = useState<StorageInfo | null>(null);
  const holders = useLive(pinHoldersQuery, [], [] as string[]);
  useEffect(() => {
    void readStorageInfo().then(setStorage);
  }, []);
  return (
    <WithPerson>
      {(ctx) => {
        const enrolled = device.value!;
        const member = ctx.reference.members.find((m) => m.id === ctx.memberId);
        const rows: [string, string][] = [
          ['Device name', enrolled.deviceName],
          ['Member', member?.name ?? ctx.memberId],
          ['Set up on', describeDate(londonDateOf(enrolled.enrolledAt))],
          ['Storage used', storage?.use ? `${describeBytes(storage.use.usedBytes)} of ${describeBytes(storage.use.quotaBytes)} available` : storage ? 'Not known' : 'Checking…'],
          ['Storage kept safe', describePersistence(storage?.persistedNow ?? enrolled.storagePersisted)],
          ['Using the device', ctx.person.displayName],
        ];
        return (
          <>
            <NoticeBanner />
            <h1 class="app-heading-l">Settings</h1>
            <dl class="app-summary-list" data-testid="settings">
              {rows.map(([k, v]) => (
                <div class="app-summary-list__row" key={k}>
                  <dt class="app-summary-list__key">{k}</dt>
                  <dd class="app-summary-list__value">{v}</dd>
                </div>
              ))}
            </dl>
            <button
              type="button"
              class="app-button"
              data-testid="sign-out"
              onClick={() => {
                lock();
                navigate('/who');
              }}
            >
              Sign out {ctx.person.displayName}
            </button>
            {ctx.person.role === 'manager' && (
              <>
                <h2 class="app-heading-m">PINs on this device</h2>
                <p>If someone forgets their PIN, reset it. They choose a new one the next time they use this device.</p>
                {!devicePeople.value.some((p) => p.id !== ctx.person.id && holders.includes(p.id)) && (
                  <p>Nobody else has set a PIN on this device yet.</p>
                )}
                <ul class="app-list">
                  {devicePeople.value
                    .filter((p) => p.id !== ctx.person.id && holders.includes(p.id))
                    .map((p) => (
                      <li key={p.id}>
                        <button
                          type="button"
                          class="app-button app-button--secondary app-button--small"
                          onClick={async () => {
                            await resetPersonPin(p.id);
                            showNotice({ message: `${p.displayName}’s PIN has been reset` });
                          }}
                        >
                          Reset PIN for {p.displayName}
                        </button>
                      </li>
                    ))}
                </ul>
              </>
            )}
          </>
        );
      }}
    </WithPerson>
  );
}
