import type { Page } from 'playwright-core';
import { ReturnDetail } from '../../src/core/hub-api';
import { signInStaff, staffHeaders, httpFetch } from '../hub/support/hub-client';
import type { TestHub } from './support/hub';
import { staffSignIn } from './support/hub-staff';
import { fillContact, openForm, recordStaffCosts } from './recording-support';

export const DEBT = 'sc-advice-debt';

/** The quarter the test hub's clock is in, as the app names it (e.g. "2026-Q3"). */
export function currentQuarterId(now = new Date()): string {
  const [y, m] = [now.getUTCFullYear(), now.getUTCMonth() + 1];
  const fy = m >= 4 ? y : y - 1;
  const q = m >= 4 ? Math.floor((m - 4) / 3) + 1 : 4;
  return `${fy}-Q${q}`;
}

/** What a frontline day leaves: two contacts, an outcome, volunteer hours and a spend line, for debt advice. */
export async function recordADay(page: Page): Promise<void> {
  const refs: string[] = [];
  for (let i = 0; i < 2; i++) {
    await openForm(page, /^Contact or session/);
    refs.push(await fillContact(page, { interventions: String(i + 2) }));
    await page.getByTestId('save').click();
    await page.getByTestId('notice').getByText('Contact saved').waitFor();
  }
  await openForm(page, /^Outcome/);
  await page.getByLabel('Debt and benefits advice').check();
  await page.getByLabel('Client ref').fill(refs[0]!);
  await page.getByLabel(/^Clients with debt managed or written off/).check();
  await page.getByLabel('Evidence').fill('Repayment plan agreed with two creditors');
  await page.getByTestId('save').click();
  await page.getByTestId('notice').getByText('Outcome saved').waitFor();
  await openForm(page, /^Volunteer hours/);
  await page.getByLabel('Volunteer', { exact: true }).selectOption({ label: 'Len Whitby' });
  await page.getByLabel('Debt and benefits advice').check();
  await page.getByLabel('Hours').fill('2.5');
  await page.getByLabel('What did the volunteer do?').fill('Reception and call-backs');
  await page.getByTestId('save').click();
  await page.getByTestId('notice').getByText('Volunteer hours saved').waitFor();
  await recordStaffCosts(page);
}

export const PROGRESS =
  'We opened the new Tuesday drop-in at the library this quarter. Referrals from the council contact centre rose, and two volunteers ' +
  'now run call-backs, so people wait less than a week for a first appointment.';

export const CASE_STUDY =
  'A man in his forties came to us after losing shifts at work. He was behind on rent, council tax and an energy bill and had stopped ' +
  'opening letters. We went through each one with him, checked his benefits and found he could claim the housing element of ' +
  'Universal Credit. We agreed affordable payments with his creditors. He says he is sleeping again and now opens his post.';

/** Goes to a task of the return from its task list. */
export async function openTask(page: Page, name: string): Promise<void> {
  await page.getByTestId('task-list').getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
}

/** Saves the screen of a return and goes back to its task list. */
export async function saveAndReturn(page: Page): Promise<void> {
  await page.getByTestId('save-and-return').click();
  await page.getByTestId('task-list').waitFor();
}

/** Explains every warning on the "Explain warnings" screen. */
export async function explainEveryWarning(page: Page, why = 'Only the first weeks of the quarter are recorded on this tablet so far.'): Promise<number> {
  const boxes = page.locator('textarea[id^="field-explanations-"]');
  const count = await boxes.count();
  for (let i = 0; i < count; i++) await boxes.nth(i).fill(why);
  return count;
}

/** The return as hub staff see it (GET /api/returns/:subContractId/:quarter), signed in as the demo staff user. */
export async function hubReturnDetail(hub: TestHub, subContractId: string, quarter: string): Promise<ReturnDetail> {
  const api = httpFetch(hub.url);
  const { email, password } = staffSignIn(hub);
  const login = await signInStaff(api, email, password);
  const response = await api(`/api/returns/${subContractId}/${quarter}`, { headers: staffHeaders(login) });
  if (response.status !== 200) throw new Error(`The hub's return detail failed: ${response.status} ${await response.text()}`);
  return ReturnDetail.parse(await response.json());
}
