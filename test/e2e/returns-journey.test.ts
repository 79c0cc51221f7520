import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeCheck } from './support/axe';
import type { LaunchedBrowser } from './support/chromium';
import type { TestHub } from './support/hub';
import { tabletAndOfficeForFile } from './support/tablet-and-office';
import { signInThroughPage } from './support/hub-staff';
import { goOffline, goOnline } from './support/network';
import { waitForServiceWorkerControl } from './support/service-worker';
import { enrol, enrolmentCodeFor, unlockAs } from './recording-support';
import { CASE_STUDY, DEBT, PROGRESS, currentQuarterId, explainEveryWarning, hubReturnDetail, openTask, recordADay, saveAndReturn } from './returns-support';
import { checkScreen } from './support/screen-check';

const SHOTS = new URL('../../screenshots/returns/journey/', import.meta.url);

// Issue 6, the whole journey in one go: enrol, record offline, assemble the return, see a finding
// and fix it, seal offline, come online; at the hub the return is received, on time and complete;
// hub staff query a figure; the manager answers and resubmits; hub staff accept; the return is
// locked on the tablet.
describe('the whole journey of a quarterly return, tablet and hub', () => {
  let hub: TestHub;
  let tablet: LaunchedBrowser;
  let page: Page;
  let staff: Page;
  const quarter = currentQuarterId();
  const returnPath = `/returns/${DEBT}/${quarter}`;
  const hubReturnPath = `/hub/returns/${DEBT}/${quarter}`;

  tabletAndOfficeForFile(SHOTS, (opened) => ({ hub, tablet, page, staff } = opened));

  const check = (name: string) => checkScreen(page, name, SHOTS);

  /** The tablet syncs when the app starts: reload the return's page and wait for `stage`. */
  async function tabletSyncsAndShows(stage: string | RegExp): Promise<void> {
    await page.goto(new URL(returnPath, hub.url).href);
    await page.getByTestId('return-stage').getByText(stage).waitFor({ timeout: 30_000 });
  }

  it('enrols, records offline, assembles the return, fixes a finding and seals it offline', async () => {
    await page.goto(hub.url);
    await waitForServiceWorkerControl(page);
    await enrol(page, enrolmentCodeFor(hub));
    await unlockAs(page, 'Priya Castell', '2468');
    await goOffline(tablet.context);
    await recordADay(page);

    await page.getByRole('link', { name: 'Returns', exact: true }).click();
    await page.getByTestId(`return-${DEBT}/${quarter}`).getByRole('link').click();
    await page.getByTestId('start-return').click();
    await page.getByTestId('live-check').getByRole('link', { name: /^Enter the amount of benefits gained for clients/ }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'field-figures-benefits-gained-value');
    await page.keyboard.type('2,000');
    await page.getByTestId('figure-benefits-gained').locator('.app-error-message').waitFor({ state: 'detached' });
    await saveAndReturn(page);
    await openTask(page, 'Spend by budget line');
    await page.getByLabel('Volunteer expenses').fill('0');
    await page.getByLabel('Running costs (venue, travel, materials)').fill('80');
    await saveAndReturn(page);
    await openTask(page, 'Narrative and case study');
    await page.getByLabel('Progress this quarter').fill(PROGRESS);
    await page.getByLabel('Case study').fill(CASE_STUDY);
    await saveAndReturn(page);
    await openTask(page, 'Explain warnings');
    await explainEveryWarning(page);
    await saveAndReturn(page);
    await openTask(page, 'Check your answers and seal');
    await page.getByLabel(/^I confirm that this return is complete and accurate/).check();
    await page.getByTestId('seal-button').click();
    await page.getByTestId('sealed-heading').getByText('Sealed — it will be sent when you are online').waitFor();
  });

  it('comes online: the hub receives the return, on time and complete', async () => {
    await goOnline(tablet.context);
    await page.getByTestId('return-stage').getByText('Received by the hub').waitFor({ timeout: 30_000 });

    await signInThroughPage(staff, hub, hubReturnPath);
    await staff.getByRole('heading', { level: 1, name: /^Return for / }).waitFor();
    await expect.poll(() => staff.getByTestId('return-timeliness').textContent()).toMatch(/^On time/);
    await expect.poll(() => staff.getByTestId('return-completeness').textContent()).toMatch(/^100%/);
    await expect.poll(() => staff.getByTestId('return-summary').textContent()).toContain('version 1');
    await axeCheck(staff);
  });

  it('hub staff query a figure; the query reaches the tablet on its field', async () => {
    await staff.getByTestId('return-actions').getByRole('link', { name: 'Raise a query' }).click();
    await staff.getByLabel('What is the query about?').selectOption({ label: 'Benefits gained for clients: this quarter' });
    await staff.getByLabel('Your question').fill('£2,000 of benefits for two clients looks low for debt advice. Is it the yearly value?');
    await staff.getByRole('button', { name: 'Send the query' }).click();
    await staff.getByRole('heading', { level: 1, name: /^Return for / }).waitFor();

    await tabletSyncsAndShows('The hub has a query');
    const queries = page.getByTestId('return-queries');
    await expect.poll(() => queries.textContent()).toContain('Is it the yearly value?');
    await expect.poll(() => queries.textContent()).toContain('Benefits gained for clients');
    await check('01-queried');
  });

  it('the manager answers with a comment, changes the figure and resubmits version 2', async () => {
    await page.getByTestId('return-queries').getByRole('link', { name: 'Answer this query' }).click();
    await page.getByRole('heading', { level: 1, name: 'Answer the hub’s query' }).waitFor();
    await check('02-answer-query');
    await page.getByLabel('Your answer').fill('You are right: we entered the monthly value. The yearly value is £24,000; version 2 corrects it.');
    await page.getByTestId('send-answer').click();
    await page.getByTestId('notice').getByText('Answer saved — it will be sent to the hub with the next sync').waitFor();

    await page.getByRole('button', { name: 'Change figures and resubmit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Figures' }).waitFor();
    // The query shows on its field.
    await page.getByTestId('figure-benefits-gained').getByText('Is it the yearly value?').waitFor();
    await page.locator('#field-figures-benefits-gained-value').fill('24000');
    await saveAndReturn(page);
    await openTask(page, 'Check your answers and seal');
    await expect.poll(() => page.getByTestId('return-content').textContent()).toContain('£24,000.00');
    await page.getByLabel(/^I confirm that this return is complete and accurate/).check();
    await page.getByTestId('seal-button').click();
    await page.getByTestId('return-stage').getByText(/^(Sealed and sent|Received by the hub|Resubmitted)$/).waitFor({ timeout: 30_000 });
    await tabletSyncsAndShows(/^(Received by the hub|Resubmitted)$/);

    const detail = await hubReturnDetail(hub, DEBT, quarter);
    expect(detail.currentVersion).toBe(2);
    expect(detail.figures.find((f) => f.indicatorId === 'benefits-gained')?.value).toBe(2_400_000);
    expect(detail.queries[0]?.answers.map((a) => a.comment)).toEqual([
      'You are right: we entered the monthly value. The yearly value is £24,000; version 2 corrects it.',
    ]);
  });

  it('hub staff accept version 2, and the return is locked on the tablet', async () => {
    await staff.reload();
    await staff.getByRole('heading', { level: 1, name: /^Return for / }).waitFor();
    await expect.poll(() => staff.getByTestId('return-summary').textContent()).toContain('version 2');
    await staff.getByRole('link', { name: 'Accept this return' }).click();
    await staff.getByRole('button', { name: 'Accept and lock the return' }).click();
    await staff.getByTestId('return-actions').getByText('This return is accepted and locked').waitFor();

    await tabletSyncsAndShows('Accepted by the hub — locked');
    await expect.poll(() => page.getByTestId('return-locked').textContent()).toMatch(/Accepted by the hub on \w{3} \d{1,2} \w{3} \d{4}; this return is locked\./);
    await expect.poll(() => page.getByRole('button', { name: 'Change figures and resubmit' }).count()).toBe(0);
    await check('03-locked');
  });
});
