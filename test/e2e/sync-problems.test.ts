import { describe, expect, it } from 'vitest';
import type { ContactRecord } from '../../src/core/schemas';
import type { RecordChange } from '../../src/core/sync';
import { enrolWithCode, httpFetch, issueCode, pushOk, signInStaff, staffHeaders } from '../hub/support/hub-client';
import { enrol, enrolmentCodeFor, fillContact, openForm, unlockAs } from './recording-support';
import { axeCheck } from './support/axe';
import type { LaunchedBrowser } from './support/chromium';
import type { TestHub } from './support/hub';
import { hubAndBrowserForFile } from './support/hub-and-browser';
import { staffSignIn } from './support/hub-staff';
import { goOffline, goOnline } from './support/network';
import { hubRecordsWithRefs, waitUntilSynced } from './sync-support';

// When the hub cannot simply take a change: the same record changed on another device (the
// person sees both versions and chooses), and a device the hub has removed (set it up again;
// nothing recorded is lost).
describe('sync problems a person sorts out', () => {
  let hub: TestHub;
  let browser: LaunchedBrowser;
  let ref: string;

  hubAndBrowserForFile((h, b) => {
    hub = h;
    browser = b;
  });

  const api = () => httpFetch(hub.url);
  const staff = () => signInStaff(api(), staffSignIn(hub).email, staffSignIn(hub).password);
  const newCode = async () => (await issueCode(api(), await staff(), 'm-advice')).code;

  it('records a contact that reaches the hub', async () => {
    const { page } = browser;
    await page.goto(hub.url);
    await enrol(page, enrolmentCodeFor(hub));
    await unlockAs(page, 'Priya Castell', '2468');
    await openForm(page, /^Contact or session/);
    ref = await fillContact(page, { interventions: '2' });
    await page.getByTestId('save').click();
    // Right after a save the status bar can still read "Nothing waiting" from the sync at
    // enrolment, so wait for the contact itself to arrive at the hub.
    await expect
      .poll(() => hubRecordsWithRefs(hub, [ref]), { timeout: 30_000 })
      .toMatchObject([{ version: 1, data: { interventions: 2 } }]);
    await waitUntilSynced(page);
  });

  it('shows both versions of a record changed here and on another device, and keeps mine', async () => {
    const { context, page } = browser;
    const [atHub] = await hubRecordsWithRefs(hub, [ref]);
    // Changed here while offline…
    await page.goto(new URL(`/records/${atHub!.id}/edit`, hub.url).href);
    await goOffline(context);
    await page.getByLabel('Number of interventions').fill('5');
    await page.getByTestId('save').click();
    await page.getByTestId('waiting-count').getByText('1 waiting to sync').waitFor();
    // …and meanwhile on another device of the member, which got to the hub first.
    const other = await enrolWithCode(api(), await newCode(), 'Office laptop');
    const data: ContactRecord = { ...atHub!.data, version: 2, interventions: 9, updatedAt: new Date().toISOString() };
    const edit: RecordChange = { changeId: crypto.randomUUID(), entity: 'record', entityId: atHub!.id, op: 'upsert', version: 2, baseVersion: 1, personId: data.personId, deviceTime: data.updatedAt, data };
    expect((await pushOk(api(), other.token, { deviceTime: data.updatedAt, changes: [edit] })).results[0]!.status).toBe('applied');

    await goOnline(context);
    await page.getByTestId('waiting-count').getByText('1 needs checking', { exact: false }).waitFor({ timeout: 30_000 });

    await page.getByRole('link', { name: 'Sync details' }).click();
    await page.getByRole('heading', { name: 'Records changed in two places' }).waitFor();
    await page.getByRole('link', { name: /^Choose which version to keep/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Choose which version to keep' }).waitFor();
    const row = page.getByTestId('conflict-compare').getByRole('row', { name: /Interventions/ });
    await expect.poll(() => row.locator('td').allTextContents()).toEqual(['5', '9']);
    await axeCheck(page);

    await page.getByRole('button', { name: 'Keep mine' }).click();
    await page.getByTestId('notice').getByText('Your version will be sent to the hub').waitFor();
    await waitUntilSynced(page);
    await expect(hubRecordsWithRefs(hub, [ref])).resolves.toMatchObject([{ version: 3, data: { interventions: 5 } }]);
  });

  it('asks to set the device up again when the hub has removed it, and keeps what was recorded', async () => {
    const { page } = browser;
    const { rows } = await hub.db.query<{ id: string }>(`select id from devices where name = 'Hall tablet 1'`);
    const login = await staff();
    const revoked = await api()(`/api/devices/${rows[0]!.id}/revoke`, { method: 'POST', headers: staffHeaders(login) });
    expect(revoked.status).toBe(200);

    await openForm(page, /^Contact or session/);
    const later = await fillContact(page, { interventions: '3' });
    await page.getByTestId('save').click();
    await page.getByTestId('re-enrol').getByText('Set this device up again to keep sending your work').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('waiting-count').textContent()).toBe('1 waiting to sync');
    await axeCheck(page);

    await page.getByRole('link', { name: 'Set up this device again' }).first().click();
    await page.getByLabel('Enrolment code').fill(await newCode());
    await page.getByLabel('Name this device').fill('Hall tablet 1 (again)');
    await page.getByTestId('enrol').click();
    await waitUntilSynced(page);
    await expect.poll(() => page.getByTestId('re-enrol').count()).toBe(0);
    await expect(hubRecordsWithRefs(hub, [later])).resolves.toMatchObject([{ version: 1, data: { interventions: 3 } }]);
  });
});
