import type { Page } from 'playwright-core';
import type { TestHub } from './support/hub';

/** A fresh one-time code for the demo member, as the hub printed it at start. */
export function enrolmentCodeFor(hub: TestHub, memberId = 'm-advice'): string {
  const issued = hub.start.enrolmentCodes.find((c) => c.memberId === memberId);
  if (!issued) throw new Error(`The test hub issued no enrolment code for ${memberId}: is the demo consortium loaded?`);
  return issued.code;
}

/** From the start page of a device that is not enrolled, through the enrolment screen. */
export async function enrol(page: Page, code: string, deviceName = 'Hall tablet 1'): Promise<void> {
  await page.getByTestId('start-enrol').click();
  await page.getByLabel('Enrolment code').fill(code);
  await page.getByLabel('Name this device').fill(deviceName);
  await page.getByTestId('enrol').click();
  await page.getByRole('heading', { name: 'Who is using this device?' }).waitFor();
}

/** Chooses the person and enters their PIN, or creates it the first time on this device. */
export async function unlockAs(page: Page, name: string, pin: string): Promise<void> {
  await page.getByRole('heading', { name: 'Who is using this device?' }).waitFor();
  await page.getByLabel(name).check();
  const creating = page.getByLabel('Type the PIN again');
  await page.locator('#field-pin').fill(pin);
  if (await creating.isVisible()) await creating.fill(pin);
  await page.getByTestId('unlock').click();
  await page.getByTestId('current-person').getByText(name).waitFor();
}

/** Opens a form from the record menu ("/"). */
export async function openForm(page: Page, linkName: RegExp): Promise<void> {
  await page.getByRole('link', { name: 'Record', exact: true }).click();
  await page.getByRole('link', { name: linkName }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
}

/** Fills the contact form for a new client (made by the app) and saves it. */
export async function fillContact(page: Page, { interventions = '1', subContract = 'Debt and benefits advice' } = {}): Promise<string> {
  const subContractRadio = page.getByLabel(subContract);
  if (await subContractRadio.isVisible()) await subContractRadio.check();
  await page.getByTestId('make-client-ref').click();
  await page.waitForFunction(() => (document.getElementById('field-clientRef') as HTMLInputElement | null)?.value !== '');
  const ref = await page.locator('#field-clientRef').inputValue();
  for (const select of await page.locator('select[id^="field-demographics-"]').all()) await select.selectOption({ index: 1 });
  await page.getByLabel('Number of interventions').fill(interventions);
  return ref;
}

/** The records shown in a list now. */
export async function listedRecords(page: Page): Promise<string[]> {
  return page.locator('[data-testid="record"] h3').allTextContents();
}

/** Waits for the list's count line, e.g. "5 records this quarter". */
export async function waitForCount(page: Page, text: string): Promise<void> {
  await page.getByTestId('record-count').getByText(text, { exact: true }).waitFor();
}

/** Types a date into a GOV.UK date input (its Day, Month and Year boxes), as a person would. */
export async function fillDate(page: Page, legend: string, { day, month, year }: { day: string; month: string; year: string }): Promise<void> {
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel('Day').fill(day);
  await group.getByLabel('Month').fill(month);
  await group.getByLabel('Year').fill(year);
}

/** What a GOV.UK date input shows, as D/M/YYYY. */
export async function shownDate(page: Page, legend: string): Promise<string> {
  const group = page.getByRole('group', { name: legend });
  return [await group.getByLabel('Day').inputValue(), await group.getByLabel('Month').inputValue(), await group.getByLabel('Year').inputValue()].join('/');
}

/** Records £1,250.50 of staff costs on debt and benefits advice, as a manager does. */
export async function recordStaffCosts(page: Page): Promise<void> {
  await openForm(page, /^Spend line/);
  await page.getByLabel('Debt and benefits advice').check();
  await page.getByLabel('Staff costs', { exact: true }).check();
  await page.getByLabel('Amount').fill('£1,250.50');
  await page.getByTestId('save').click();
  await page.getByTestId('notice').getByText('Spend line saved').waitFor();
}
