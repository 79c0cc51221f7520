import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appBuild } from './support/app-builds';
import { launchBrowser, type LaunchedBrowser } from './support/chromium';
import { startTestHub, type TestHub } from './support/hub';
import { goOffline } from './support/network';
import { enrolmentCodeFor, fillContact, openForm, unlockAs } from './recording-support';
import { checkScreen } from './support/screen-check';

// Every recording screen, at 768×1024 and 360×640: no serious or critical axe violation, no
// sideways scrolling, and a screenshot for a person to look at (git-ignored folder).
const SHOTS = new URL('../../screenshots/recording/', import.meta.url);

describe('recording screens on a tablet and a phone', () => {
  let hub: TestHub;
  let browser: LaunchedBrowser;
  let page: Page;
  const checked: string[] = [];

  beforeAll(async () => {
    hub = await startTestHub(appBuild().dir);
    browser = await launchBrowser();
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  /** Checks the screen as it is now at both sizes, and leaves the page at tablet size. */
  async function check(name: string): Promise<void> {
    await checkScreen(page, name, SHOTS);
    checked.push(name);
  }

  it('setting up the device', async () => {
    await page.goto(hub.url);
    await page.getByTestId('start-enrol').waitFor();
    await check('01-start-not-enrolled');
    await page.getByTestId('start-enrol').click();
    await check('02-enrol');
    await page.getByTestId('enrol').click();
    await page.getByTestId('error-summary').waitFor();
    await check('03-enrol-errors');
    await page.getByLabel('Enrolment code').fill(enrolmentCodeFor(hub));
    await page.getByLabel('Name this device').fill('Hall tablet 2');
    await page.getByTestId('enrol').click();
    await page.getByRole('heading', { name: 'Who is using this device?' }).waitFor();
    await check('04-who');
    await page.getByLabel('Priya Castell').check();
    await page.getByTestId('unlock').click();
    await page.getByTestId('error-summary').waitFor();
    await check('05-who-first-pin-errors');
    await unlockAs(page, 'Priya Castell', '2468');
  });

  it('recording, offline', async () => {
    await goOffline(browser.context);
    await page.getByRole('heading', { name: 'What do you want to record?' }).waitFor();
    await check('06-record-menu-and-figures');
    await openForm(page, /^Contact or session/);
    await check('07-contact');
    await page.getByTestId('save').click();
    await page.getByTestId('error-summary').waitFor();
    await check('08-contact-errors');
    // Keyboard only: the summary has focus, its link moves focus to the field, Enter submits.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('error-summary');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Select the sub-contract');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-subContractId');
    await page.keyboard.press('Space'); // chooses the first sub-contract
    await expect.poll(() => page.locator('#field-subContractId').isChecked()).toBe(true);
    await fillContact(page);
    await page.getByTestId('save-and-add-another').click();
    await page.getByTestId('notice').getByText('Contact saved').waitFor();
    await check('09-contact-saved-add-another');
    await openForm(page, /^Outcome/);
    await page.locator('#field-subContractId').check();
    await check('10-outcome');
    await openForm(page, /^Volunteer hours/);
    await check('11-volunteer-hours');
    await openForm(page, /^Spend line/);
    await page.locator('#field-subContractId').check();
    await check('12-spend');
  });

  it('lists, changing, figures and settings', async () => {
    await page.getByRole('link', { name: 'Records', exact: true }).click();
    await page.getByTestId('record').first().waitFor();
    await check('13-records-contacts');
    await page.getByRole('button', { name: /^Delete/ }).first().click();
    await page.getByRole('button', { name: 'Undo' }).waitFor();
    await check('14-records-deleted-undo');
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('link', { name: /^Change/ }).first().click();
    await page.getByRole('heading', { name: 'Change contact or session' }).waitFor();
    await check('15-change-contact');
    await page.getByRole('link', { name: 'Figures' }).click();
    await page.getByRole('heading', { name: 'How the quarter is going' }).waitFor();
    await check('16-figures');
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByTestId('settings').waitFor();
    await check('17-settings');
  });

  it('a volunteer’s screens', async () => {
    await page.getByTestId('sign-out').click();
    await unlockAs(page, 'Len Whitby', '1357');
    await check('18-volunteer-home');
    await openForm(page, /^Log your volunteer hours/);
    await check('19-volunteer-log-hours');
    await page.getByLabel('Debt and benefits advice').check();
    await page.getByLabel('Hours').fill('2');
    await page.getByLabel('What did the volunteer do?').fill('Reception');
    await page.getByTestId('save').click();
    await page.getByRole('heading', { name: 'Your volunteer hours' }).waitFor();
    await check('20-volunteer-hours-list');
    expect(checked).toHaveLength(20);
  });
});
