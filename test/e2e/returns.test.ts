import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { appBuild } from './support/app-builds';
import { launchBrowser, type LaunchedBrowser } from './support/chromium';
import { startTestHub, type TestHub } from './support/hub';
import { goOffline, goOnline } from './support/network';
import { waitForServiceWorkerControl } from './support/service-worker';
import { enrol, enrolmentCodeFor, fillDate, unlockAs } from './recording-support';
import { CASE_STUDY, DEBT, PROGRESS, currentQuarterId, explainEveryWarning, hubReturnDetail, openTask, recordADay, saveAndReturn } from './returns-support';
import { checkScreen } from './support/screen-check';

const SHOTS = new URL('../../screenshots/returns/', import.meta.url);

// A member manager, tried as a new user would: assembles this quarter's return from what was
// recorded offline, sees a finding and fixes it, checks the answers and seals — all offline —
// then comes online, and the hub has the sealed version (issue 6).
describe('a manager’s quarterly return, sealed offline', () => {
  let hub: TestHub;
  let browser: LaunchedBrowser;
  let page: Page;
  const quarter = currentQuarterId();
  const returnPath = `/returns/${DEBT}/${quarter}`;

  beforeAll(async () => {
    hub = await startTestHub(appBuild().dir);
    browser = await launchBrowser();
    page = browser.page;
    await mkdir(new URL('failures/', SHOTS), { recursive: true });
  });

  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail') return;
    await page.screenshot({ path: new URL(`failures/${task.name.replace(/\W+/g, '-')}.png`, SHOTS).pathname, fullPage: true });
  });

  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  /** No serious or critical axe violation and no sideways scrolling, at tablet and phone size; screenshots of both. */
  const check = (name: string) => checkScreen(page, name, SHOTS);

  it('enrols online, then records a day’s work offline', async () => {
    await page.goto(hub.url);
    await waitForServiceWorkerControl(page);
    await enrol(page, enrolmentCodeFor(hub));
    await unlockAs(page, 'Priya Castell', '2468');
    await goOffline(browser.context);
    await recordADay(page);
    await page.getByTestId('waiting-count').getByText('5 waiting to sync').waitFor();
  });

  it('lists the quarter’s return as not started, with its due date and working days left', async () => {
    await page.getByRole('link', { name: 'Returns', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Quarterly returns' }).waitFor();
    const row = page.getByTestId(`return-${DEBT}/${quarter}`);
    await expect.poll(() => row.getByTestId('return-stage').textContent()).toBe('Not started');
    await expect.poll(() => row.textContent()).toMatch(/Due \w{3} \d{1,2} \w{3} \d{4} — \d+ working days? left/);
    await check('01-returns-list');
  });

  it('starts the return with its figures from the records, and shows what is missing', async () => {
    await page.getByTestId(`return-${DEBT}/${quarter}`).getByRole('link').click();
    await page.getByTestId('start-return').click();
    await page.getByTestId('task-list').waitFor();
    await expect.poll(() => page.getByTestId('completeness').textContent()).toMatch(/^Completeness: \d+%/);
    await expect.poll(() => page.getByTestId('live-check').textContent()).toContain('Enter the amount of benefits gained for clients');
    await check('02-return-task-list');
    await openTask(page, 'Figures');
    // Two contacts, two clients, one outcome: straight from the records.
    await expect.poll(() => page.getByTestId('figure-unique-clients').getByTestId('figure-value').textContent()).toBe('2');
    await expect.poll(() => page.getByTestId('figure-sessions').getByTestId('figure-value').textContent()).toBe('2');
    await expect.poll(() => page.getByTestId('figure-debt-managed').getByTestId('figure-value').textContent()).toBe('1');
    await expect.poll(() => page.getByTestId('figure-volunteer-hours').getByTestId('figure-value').textContent()).toBe('2.5 hours');
    await check('03-figures');
  });

  it('follows a finding to its field and fixes it, with an inline error for a figure that is not one', async () => {
    await page.goto(new URL(returnPath, hub.url).href);
    await page.getByTestId('live-check').getByRole('link', { name: /^Enter the amount of benefits gained for clients/ }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'field-figures-benefits-gained-value');
    await page.keyboard.type('12a');
    const field = page.getByTestId('figure-benefits-gained');
    await field.getByText('Enter benefits gained for clients in pounds and pence, like 1250.50').waitFor();
    await page.locator('#field-figures-benefits-gained-value').fill('3,400');
    await expect.poll(() => field.locator('.app-error-message').count()).toBe(0);

    // Changing a figure from the records needs a reason (A4).
    await page.getByTestId('figure-sessions').getByRole('button', { name: /^Change this figure/ }).click();
    await page.locator('#field-figures-sessions-value').fill('3');
    await page.getByTestId('figure-sessions').getByText('Sessions delivered is 3 but the records give 2 — enter 2, or give a reason for the change').waitFor();
    await page.getByLabel('Why is your figure different from the records?').fill('One group session was recorded on paper at the library.');
    await page.getByTestId('figure-sessions').getByText(/was changed from 2 \(the records\) to 3/).waitFor();
    await check('04-figures-fixed');
    await saveAndReturn(page);
  });

  it('fills spend, narrative and explanations, and the task list follows', async () => {
    await openTask(page, 'Spend by budget line');
    await expect.poll(() => page.locator('#field-finance-staff-costs').inputValue()).toBe('1250.50');
    await page.getByLabel('Volunteer expenses').fill('0');
    await page.getByLabel('Running costs (venue, travel, materials)').fill('150');
    await check('05-spend');
    await saveAndReturn(page);

    await openTask(page, 'Narrative and case study');
    await page.getByLabel('Progress this quarter').fill(PROGRESS);
    await expect.poll(() => page.getByTestId('count-progress').textContent()).toMatch(/^At least 150 characters\. You have written \d+ — enough\.$/);
    await page.getByLabel('Case study').fill(CASE_STUDY.slice(0, 120));
    await expect.poll(() => page.getByTestId('count-case-study').textContent()).toBe('At least 300 characters. You have written 120.');
    await page.getByLabel('Case study').fill(CASE_STUDY);
    await check('06-narrative');
    await saveAndReturn(page);

    await openTask(page, 'Activity this quarter');
    await expect.poll(() => page.getByLabel('Yes, report the figures').isChecked()).toBe(true);
    await check('06b-activity');
    await saveAndReturn(page);

    await page.getByRole('link', { name: 'Ask the hub for an extension' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ask for an extension' }).waitFor();
    await page.getByTestId('request-extension').click();
    await page.getByTestId('error-summary').getByText('Enter the date you need the return to be due').waitFor();
    await check('06c-extension-errors');
    await fillDate(page, 'When could you send it?', { day: '29', month: '1', year: '2099' });
    await page.getByLabel('Why do you need more time?').fill('Our coordinator is away for two weeks after the quarter ends.');
    await page.getByTestId('request-extension').click();
    await page.getByTestId('notice').getByText('Request saved — it will be sent to the hub with the next sync').waitFor();
    await page.getByTestId('task-list').waitFor();

    await openTask(page, 'Explain warnings');
    expect(await explainEveryWarning(page)).toBeGreaterThan(0);
    await check('07-explanations');
    await saveAndReturn(page);
    await expect.poll(() => page.getByTestId('live-check').count()).toBe(0);
  });

  it('keeps the draft when the app is reloaded offline', async () => {
    await page.reload();
    await page.getByTestId('task-list').waitFor();
    await openTask(page, 'Figures');
    await expect.poll(() => page.locator('#field-figures-benefits-gained-value').inputValue()).toBe('3,400');
    await page.goto(new URL(returnPath, hub.url).href);
    await page.getByTestId('task-list').waitFor();
  });

  it('checks the answers, refuses to seal without the declaration, and seals offline', async () => {
    await openTask(page, 'Check your answers and seal');
    await expect.poll(() => page.getByTestId('seal-blockers').count()).toBe(0);
    await expect.poll(() => page.getByTestId('return-content').textContent()).toContain('£3,400.00');
    await check('08-check-answers');
    await page.getByTestId('seal-button').click();
    await page.getByTestId('error-summary').getByRole('link', { name: 'Confirm the declaration to seal the return' }).waitFor();
    await check('09-check-answers-error');
    await page.getByLabel(/^I confirm that this return is complete and accurate/).check();
    await page.getByTestId('seal-button').click();
    await page.getByTestId('sealed-heading').getByText('Sealed — it will be sent when you are online').waitFor();
    await expect.poll(() => page.getByTestId('return-stage').textContent()).toBe('Sealed — it will be sent when you are online');
    await expect.poll(() => page.getByTestId('return-sealed').textContent()).toContain('Sealed by Priya Castell on');
    await check('10-sealed-offline');
    // The five records, the request for more time and the sealed return.
    await page.getByTestId('waiting-count').getByText('7 waiting to sync').waitFor();
  });

  it('makes the quarter’s records read-only', async () => {
    await page.getByRole('link', { name: 'Records', exact: true }).click();
    await page.getByText(/return for Debt and benefits advice was sealed on .*, so its records can no longer be changed\./).first().waitFor();
  });

  it('sends the sealed return when the device comes online, and the hub has it: received, on time and complete', async () => {
    await goOnline(browser.context);
    await page.goto(new URL(returnPath, hub.url).href);
    await page.getByTestId('return-stage').getByText('Received by the hub').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('waiting-count').textContent()).toBe('Nothing waiting to sync');
    await check('11-received');

    const detail = await hubReturnDetail(hub, DEBT, quarter);
    expect(detail.currentVersion).toBe(1);
    expect(detail.state === 'received' || detail.state === 'validated').toBe(true);
    expect(detail.timeliness.status).toBe('on time');
    expect(detail.completeness?.score).toBe(1);
    expect(detail.versions[0]).toMatchObject({ version: 1, sealedBy: 'Priya Castell' });
    expect(detail.figures.find((f) => f.indicatorId === 'sessions')).toMatchObject({ value: 3, derived: 2 });
    expect(detail.findings.filter((f) => f.severity === 'error')).toEqual([]);
    // The request for more time went with it; until the hub decides, the usual due date stands.
    expect(detail.extensions).toEqual([
      expect.objectContaining({ state: 'requested', requestedDueDate: '2099-01-29', reason: 'Our coordinator is away for two weeks after the quarter ends.' }),
    ]);
  });
});
