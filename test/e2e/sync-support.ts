import type { Page } from 'playwright-core';
import type { ContactRecord } from '../../src/core/schemas';
import type { Hub } from '../../src/hub/server';
import { fillContact, openForm } from './recording-support';

/** Records `count` contacts in a row with "Save and add another"; their client refs. */
export async function recordContacts(page: Page, count: number): Promise<string[]> {
  const refs: string[] = [];
  await openForm(page, /^Contact or session/);
  for (let i = 1; i <= count; i++) {
    refs.push(await fillContact(page, { interventions: String(1 + (i % 3)) }));
    await page.getByTestId('save-and-add-another').click();
    await page.getByTestId('waiting-count').getByText(`${i} waiting to sync`).waitFor();
  }
  return refs;
}

/** The hub's copies of the member's records with these client refs. */
export async function hubRecordsWithRefs(hub: Pick<Hub, 'db'>, refs: string[]) {
  const { rows } = await hub.db.query<{ id: string; version: number; deleted: boolean; data: ContactRecord }>(
    `select id, version, deleted, data from records where data->>'clientRef' = any($1::text[]) order by id`,
    [refs],
  );
  return rows;
}

/** Waits until the status bar says nothing is waiting and the last sync was just now. */
export async function waitUntilSynced(page: Page, timeout = 30_000): Promise<void> {
  await page.getByTestId('waiting-count').getByText('Nothing waiting to sync').waitFor({ timeout });
  await page.getByTestId('last-sync').getByText('Last synced just now').waitFor({ timeout });
}
