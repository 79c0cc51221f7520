import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appBuild } from './support/app-builds';
import { fillDate, shownDate } from './recording-support';
import { axeCheck } from './support/axe';
import { launchBrowser, TABLET, type LaunchedBrowser } from './support/chromium';
import { startTestHub, type TestHub } from './support/hub';
import { enrolDemoDevice, extensionRequest, hubScreenshots, LAPTOP, pushChanges, returnFromHistory, signInThroughPage, ZOOMED_LAPTOP } from './support/hub-staff';

const WELLBEING = 'Riverside Health and Wellbeing Programme';

describe('hub staff: returns grid, return detail, queries, accepting and extensions', () => {
  let hub: TestHub;
  let browser: LaunchedBrowser;
  let page: Page;
  let youthToken = '';

  beforeAll(async () => {
    hub = await startTestHub(appBuild().dir);
    // What members' devices sent: a return with a blank required figure, and two requests for more time.
    const youth = await enrolDemoDevice(hub, 'm-youth');
    youthToken = youth.token;
    const blank = returnFromHistory('sc-youth', '2026-Q3', (figures) =>
      figures.map((f) => (f.indicatorId === 'unique-clients' ? { ...f, value: null } : f)),
    );
    expect(await pushChanges(hub, youth.token, [blank])).toEqual(['applied']);
    const peer = await enrolDemoDevice(hub, 'm-peer');
    const lunch = await enrolDemoDevice(hub, 'm-lunch');
    expect(await pushChanges(hub, peer.token, [extensionRequest('m-peer', 'sc-peer', '2026-Q3', '2027-02-01', 'Our coordinator is on leave over the new year.')])).toEqual([
      'applied',
    ]);
    expect(await pushChanges(hub, lunch.token, [extensionRequest('m-lunch', 'sc-lunch', '2026-Q3', '2027-02-05', 'The lunch club closes for three weeks in January.')])).toEqual([
      'applied',
    ]);

    browser = await launchBrowser({ viewport: LAPTOP });
    page = browser.page;
    await signInThroughPage(page, hub, '/hub/returns');
  });

  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('lists the prime contracts, and says how many extension requests wait for a decision', async () => {
    await page.getByRole('heading', { level: 1, name: 'Returns' }).waitFor();
    const table = page.getByTestId('prime-contracts-table');
    await table.waitFor();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(2);
    await expect.poll(() => page.getByTestId('extensions-waiting').textContent()).toBe('2 extension requests waiting for a decision');
    await axeCheck(page);
    await hubScreenshots(page, 'returns');
  });

  it('shows the grid of members × quarters with the demo history and the rates per quarter, and earlier quarters on request', async () => {
    await page.getByRole('link', { name: WELLBEING }).click();
    await page.getByRole('heading', { level: 1, name: WELLBEING }).waitFor();
    const grid = page.getByTestId('returns-grid');
    await expect.poll(() => grid.getByTestId('grid-row').count()).toBe(6);

    const cell = (member: string, quarter: string) => grid.getByTestId('grid-row').filter({ hasText: member }).locator(`[data-quarter="${quarter}"]`);
    const youthQ1 = await cell('Northbank Youth Club', '2025-Q1').innerText();
    expect(youthQ1).toContain('Accepted');
    expect(youthQ1).toContain('On time');
    expect(youthQ1).toContain('100% complete');
    await expect.poll(() => cell('Good Neighbours Befriending', '2026-Q1').innerText()).toMatch(/Late \(\d+ working days\)/);
    const youthQ3 = await cell('Northbank Youth Club', '2026-Q3').innerText();
    expect(youthQ3).toContain('Checked');
    expect(youthQ3).toMatch(/1 error, \d+ warnings/);
    const lunchQ3 = await cell('Millbrook Lunch Club', '2026-Q3').innerText();
    expect(lunchQ3).toContain('Not received');
    expect(lunchQ3).toMatch(/Due \w{3} \d{1,2} \w{3} 2027/);
    expect(lunchQ3).toContain('Extension requested');

    const reporting = grid.getByTestId('reporting-rate');
    await expect.poll(() => reporting.locator('td').first().innerText()).toBe('100%\n6 of 6');
    await expect.poll(() => grid.getByTestId('on-time-rate').locator('td').nth(4).innerText()).toBe('83.3%\n5 of 6');
    await axeCheck(page);
    await hubScreenshots(page, 'grid', [LAPTOP, TABLET, ZOOMED_LAPTOP]);
    // Earlier quarters, before the contract began: none expected; the back button comes back.
    await page.getByRole('link', { name: /^Earlier quarters/ }).click();
    await page.getByText('Returns by member, Q2 2023/24 (Jul–Sep 2023) to Q4 2024/25 (Jan–Mar 2025)').waitFor();
    expect(new URL(page.url()).search).toBe('?from=2023-Q2&to=2024-Q4');
    await expect.poll(() => grid.getByTestId('grid-cell').count()).toBe(0);
    await expect.poll(() => grid.getByText('Not expected').count()).toBe(6 * 7);
    await page.goBack();
    await page.getByText('Returns by member, Q1 2025/26 (Apr–Jun 2025) to Q3 2026/27 (Oct–Dec 2026)').waitFor();
  });

  it('shows a return: figures against the profile with RAG in words, findings with explanations, versions and audit trail', async () => {
    await page.getByRole('link', { name: 'Accepted for Northbank Youth Club, Youth wellbeing sessions, Q2 2026/27 (Jul–Sep 2026)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Return for Q2 2026/27 (Jul–Sep 2026)' }).waitFor();
    await expect.poll(() => page.getByTestId('return-summary').innerText()).toContain('Accepted');
    const figures = page.getByTestId('figures-table');
    await expect.poll(() => figures.getByTestId('figure-row').count()).toBeGreaterThan(3);
    await expect.poll(() => figures.innerText()).toMatch(/\d+(\.\d)?% (Green|Amber|Red)/);
    const explained = page.getByTestId('finding').filter({ has: page.getByTestId('finding-explanation') });
    await expect.poll(() => explained.count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('version').first().innerText()).toContain('Version 1 (current)');
    await expect.poll(() => page.getByTestId('audit-trail').innerText()).toContain('Version 1 accepted');
    await axeCheck(page);
    await hubScreenshots(page, 'return', [LAPTOP, TABLET, ZOOMED_LAPTOP]);
  });

  it('says why a return with errors cannot be accepted', async () => {
    await page.goto(new URL('/hub/returns/sc-youth/2026-Q3', hub.url).href);
    const blockers = page.getByTestId('accept-blockers');
    await blockers.waitFor();
    await expect.poll(() => blockers.innerText()).toContain('1 error remains, for example: Enter the number of unique clients supported');
    await expect.poll(() => page.getByRole('link', { name: 'Accept this return' }).count()).toBe(0);
    await page.goto(new URL('/hub/returns/sc-youth/2026-Q3/accept', hub.url).href);
    await page.getByRole('heading', { level: 1, name: 'You cannot accept this return yet' }).waitFor();
    await axeCheck(page);
  });

  it('raises a query on a field of the return, which the member then sees', async () => {
    await page.getByRole('link', { name: 'Back to the return' }).first().click();
    await page.getByRole('link', { name: 'Query Unique clients supported' }).click();
    await page.getByRole('heading', { level: 1, name: 'Raise a query' }).waitFor();
    await expect.poll(() => page.getByLabel('What is the query about?').inputValue()).toBe('figures.unique-clients.value');
    await page.getByRole('button', { name: 'Send the query' }).click();
    await page.getByTestId('error-summary').getByRole('link', { name: 'Write the question' }).waitFor();
    await axeCheck(page);
    await hubScreenshots(page, 'raise-query');

    await page.getByLabel('Your question').fill('The number of unique clients is blank. How many did you support this quarter?');
    await page.getByRole('button', { name: 'Send the query' }).click();
    await page.getByText('Query sent to Northbank Youth Club. It reaches their devices when they next sync.').waitFor();
    const query = page.getByTestId('query');
    await expect.poll(() => query.innerText()).toContain('Open');
    await expect.poll(() => query.innerText()).toContain('How many did you support this quarter?');
    await expect.poll(() => page.getByTestId('return-summary').innerText()).toContain('Queried');

    const pull = await fetch(new URL('/api/sync/pull', hub.url), { headers: { Authorization: `Bearer ${youthToken}` } });
    const { queries } = (await pull.json()) as { queries: { path: string; question: string }[] };
    expect(queries).toContainEqual(
      expect.objectContaining({ path: 'figures.unique-clients.value', question: 'The number of unique clients is blank. How many did you support this quarter?' }),
    );
  });

  it('closes the query with a note for the audit trail', async () => {
    await page.getByRole('link', { name: /^Close this query on Unique clients supported/ }).click();
    await page.getByRole('heading', { level: 1, name: /^Close the query on Unique clients supported/ }).waitFor();
    await page.getByText('The member has not answered yet.').waitFor();
    await page.getByLabel('Note (optional)').fill('Agreed on the phone: the figure follows in the next version.');
    await page.getByRole('button', { name: 'Close the query' }).click();
    await page.getByText('Query closed.').waitFor();
    await expect.poll(() => page.getByTestId('query').innerText()).toContain('Closed');
    await expect.poll(() => page.getByTestId('audit-trail').innerText()).toContain('Agreed on the phone: the figure follows in the next version.');
    await expect.poll(() => page.getByRole('link', { name: /^Close this query on Unique clients supported/ }).count()).toBe(0);
  });

  it('reopens an accepted return with a reason, then accepts and locks it again', async () => {
    const address = new URL('/hub/returns/sc-youth/2026-Q2', hub.url).href;
    await page.goto(address);
    await page.getByRole('link', { name: 'Reopen this return' }).click();
    await page.getByRole('button', { name: 'Reopen the return' }).click();
    await page.getByTestId('error-summary').getByRole('link', { name: /at least 10 characters/ }).waitFor();
    // GOV.UK: the error summary is the first thing on the page, above the heading.
    await expect.poll(() => page.locator('[data-testid="error-summary"] ~ h1').count()).toBe(1);
    await page.getByLabel('Why are you reopening it?').fill('The commissioner asked us to check the sessions figure again.');
    await page.getByRole('button', { name: 'Reopen the return' }).click();
    await page.getByText('Return reopened. The member can send a new version.').waitFor();
    await expect.poll(() => page.getByTestId('return-summary').innerText()).toContain('Checked');

    await page.getByRole('link', { name: 'Accept this return' }).click();
    await page.getByRole('heading', { level: 1, name: 'Accept this return?' }).waitFor();
    await axeCheck(page);
    await hubScreenshots(page, 'accept');
    await page.getByRole('button', { name: 'Accept and lock the return' }).click();
    await page.getByText('Return accepted and locked. Northbank Youth Club can no longer change it.').waitFor();
    await expect.poll(() => page.getByTestId('return-summary').innerText()).toContain('Accepted');
    const trail = await page.getByTestId('audit-trail').innerText();
    expect(trail).toContain('Reason: “The commissioner asked us to check the sessions figure again.”');
    expect(trail).toMatch(/Accepted → Locked[\s\S]*Checked → Accepted[\s\S]*Locked → Checked/);
  });

  it('grants one extension request with a new due date and declines another with a reason', async () => {
    await page.getByRole('navigation', { name: 'Hub staff' }).getByRole('link', { name: 'Extensions' }).click();
    const table = page.getByTestId('extensions-table');
    await table.waitFor();
    await expect.poll(() => table.getByTestId('extension-row').count()).toBe(2);
    await axeCheck(page);
    await hubScreenshots(page, 'extensions');

    await page.getByRole('link', { name: 'Grant the extension for Open Minds Peer Support, Q3 2026/27 (Oct–Dec 2026)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Grant the extension' }).waitFor();
    await expect.poll(() => shownDate(page, 'New due date')).toBe('01/02/2027');
    await fillDate(page, 'New due date', { day: '29', month: '1', year: '2027' });
    await page.getByLabel('Why are you granting it?').fill('Agreed: the coordinator is back on 25 January.');
    await axeCheck(page);
    await hubScreenshots(page, 'grant-extension');
    await page.getByRole('button', { name: 'Grant the extension' }).click();
    await page.getByText('Extension granted to Open Minds Peer Support: the return is now due Fri 29 Jan 2027.').waitFor();

    await page.getByRole('link', { name: 'Decline the extension for Millbrook Lunch Club, Q3 2026/27 (Oct–Dec 2026)' }).click();
    await page.getByLabel('Why are you declining it?').fill('Too short');
    await page.getByRole('button', { name: 'Decline the extension' }).click();
    await page.getByTestId('error-summary').getByRole('link', { name: /at least 10 characters/ }).waitFor();
    await page.getByLabel('Why are you declining it?').fill('The return needs only the figures you already hold.');
    await page.getByRole('button', { name: 'Decline the extension' }).click();
    await page.getByText('Extension declined for Millbrook Lunch Club.').waitFor();
    await page.getByTestId('no-extensions').waitFor();

    await page.getByRole('link', { name: 'Declined' }).click();
    await expect.poll(() => page.getByTestId('extensions-table').innerText()).toContain('The return needs only the figures you already hold.');
  });

  it('grants an extension nobody asked for, and the return shows as excused', async () => {
    await page.goto(new URL('/hub/returns/sc-befriending/2026-Q3', hub.url).href);
    await page.getByRole('link', { name: 'Grant an extension' }).click();
    await page.getByRole('heading', { level: 1, name: 'Grant an extension' }).waitFor();
    await fillDate(page, 'New due date', { day: '12', month: '2', year: '2027' });
    await page.getByLabel('Why are you granting it?').fill('Agreed on the phone: the volunteer coordinator left.');
    await page.getByRole('button', { name: 'Grant the extension' }).click();
    await page.getByText('Extension granted: the return is now due Fri 12 Feb 2027.').waitFor();
    await expect.poll(() => page.getByTestId('return-timeliness').innerText()).toMatch(/^Excused/);
    await page.getByRole('link', { name: 'Back to the returns grid' }).click();
    const cell = page.getByTestId('grid-row').filter({ hasText: 'Good Neighbours Befriending' }).locator('[data-quarter="2026-Q3"]');
    await expect.poll(() => cell.innerText()).toContain('Excused');
  });
});
