import { mkdir } from 'node:fs/promises';
import { type Instant, londonDateOf } from '../../src/core/time';
import { afterEach, describe, expect, it } from 'vitest';
import type { LaunchedBrowser } from './support/chromium';
import type { TestHub } from './support/hub';
import { hubAndBrowserForFile } from './support/hub-and-browser';
import { goOffline, goOnline } from './support/network';
import { waitForServiceWorkerControl } from './support/service-worker';
import { checkScreen } from './support/screen-check';
import { enrol, enrolmentCodeFor, fillContact, fillDate, listedRecords, openForm, recordStaffCosts, shownDate, unlockAs, waitForCount } from './recording-support';

const FAILURES = new URL('../../screenshots/recording/failures/', import.meta.url);

// A frontline worker, tried as a new user would: enrol once online, then record every kind of
// record offline on a tablet, close and reopen the app, and find it all (issue 4).
describe('recording on a tablet, offline', () => {
  let hub: TestHub;
  let browser: LaunchedBrowser;
  const refs: string[] = [];

  hubAndBrowserForFile((h, b) => {
    hub = h;
    browser = b;
  });

  // A failing step leaves a picture of the screen in the git-ignored screenshots folder.
  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail') return;
    const page = browser.context.pages().at(-1);
    await mkdir(FAILURES, { recursive: true });
    await page?.screenshot({ path: new URL(`${task.name.replace(/\W+/g, '-')}.png`, FAILURES).pathname, fullPage: true });
  });

  it('says enrolment needs a connection once, then enrols with a real code from the hub', async () => {
    const { context, page } = browser;
    await page.goto(hub.url);
    await waitForServiceWorkerControl(page);
    await goOffline(context);
    await page.getByTestId('start-enrol').click();
    await page.getByLabel('Enrolment code').fill(enrolmentCodeFor(hub));
    await page.getByLabel('Name this device').fill('Hall tablet 1');
    await page.getByTestId('enrol').click();
    await expect.poll(() => page.getByTestId('error-summary').textContent()).toContain(
      'You are offline. Enrolment needs an internet connection once; after that the app works offline.',
    );

    await goOnline(context);
    await page.getByLabel('Enrolment code').fill('ABCD-EFGH');
    await page.getByTestId('enrol').click();
    await page.getByTestId('error-summary').getByText('That enrolment code is not recognised', { exact: false }).waitFor();

    await page.getByLabel('Enrolment code').fill(enrolmentCodeFor(hub).toLowerCase().replace('-', ' '));
    await page.getByTestId('enrol').click();
    await page.getByRole('heading', { name: 'Who is using this device?' }).waitFor();
    await unlockAs(page, 'Priya Castell', '2468');
    await page.getByRole('heading', { name: 'What do you want to record?' }).waitFor();
    await expect.poll(() => page.getByTestId('waiting-count').textContent()).toBe('Nothing waiting to sync');
  });

  it('records five contacts in a row offline without leaving the form', async () => {
    const { context, page } = browser;
    await goOffline(context);
    await openForm(page, /^Contact or session/);
    for (let i = 1; i <= 5; i++) {
      refs.push(await fillContact(page, { interventions: String(i) }));
      await page.getByTestId('save-and-add-another').click();
      await page.getByTestId('notice').getByText('Contact saved').waitFor();
      await page.getByTestId('waiting-count').getByText(`${i} waiting to sync`).waitFor();
      // Still in the form, ready for the next client, with the date and sub-contract kept.
      await expect.poll(() => page.locator('#field-clientRef').inputValue()).toBe('');
      await expect.poll(() => page.getByLabel('Debt and benefits advice').isChecked()).toBe(true);
    }
    expect(new Set(refs).size).toBe(5);
  });

  it('refuses a contact in a quarter whose return is sealed, keeping what was typed', async () => {
    const { page } = browser;
    await fillContact(page);
    await fillDate(page, 'Date of the contact', { day: '31', month: '2', year: '2026' });
    await page.getByTestId('save').click();
    await page.getByTestId('error-summary').getByRole('link', { name: 'The date of the contact must be a real date, for example 27 3 2026' }).click();
    // The summary's link lands on the Day box; what was typed stays as typed.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-date');
    await expect.poll(() => shownDate(page, 'Date of the contact')).toBe('31/2/2026');
    await fillDate(page, 'Date of the contact', { day: '3', month: '8', year: '2026' }); // Q2 2026/27: accepted at the hub
    await page.getByTestId('save').click();
    await page.getByTestId('error-summary').getByText('return for Debt and benefits advice was', { exact: false }).waitFor();
    await expect.poll(() => shownDate(page, 'Date of the contact')).toBe('3/8/2026');
    await expect.poll(() => page.getByTestId('waiting-count').textContent()).toBe('5 waiting to sync');
  });

  it('records an outcome, volunteer hours for two volunteers and a spend line, offline', async () => {
    const { page } = browser;
    await openForm(page, /^Outcome/);
    await page.getByLabel('Debt and benefits advice').check();
    await page.getByLabel('Client ref').fill(refs[0]!);
    await page.getByLabel(/^Clients with debt managed or written off/).check();
    await page.getByLabel('Evidence').fill('Client showed their budget plan');
    await page.getByTestId('save').click();
    await page.getByTestId('notice').getByText('Outcome saved').waitFor();

    for (const [volunteer, hours] of [['Len Whitby', '2.5'], ['Maya Sorensen', '1.25']] as const) {
      await openForm(page, /^Volunteer hours/);
      await page.getByLabel('Volunteer', { exact: true }).selectOption({ label: volunteer });
      await page.getByLabel('Debt and benefits advice').check();
      await page.getByLabel('Hours').fill('1.3');
      await page.getByTestId('save').click();
      await page.getByTestId('error-summary').getByText('Enter hours in quarter-hour steps, like 1.25, 1.5 or 1.75').waitFor();
      await page.getByLabel('Hours').fill(hours);
      await page.getByLabel('What did the volunteer do?').fill('Reception and befriending calls');
      await page.getByTestId('save').click();
      await page.getByTestId('notice').getByText('Volunteer hours saved').waitFor();
    }

    await recordStaffCosts(page);
    await page.getByTestId('waiting-count').getByText('9 waiting to sync').waitFor();
  });

  it('finds every record after the app is closed and opened again, still offline', async () => {
    const { context, page } = browser;
    await page.close();
    const reopened = await context.newPage();
    await reopened.goto(hub.url);
    await unlockAs(reopened, 'Priya Castell', '2468');
    await reopened.getByTestId('waiting-count').getByText('9 waiting to sync').waitFor();

    await reopened.getByRole('link', { name: 'Records', exact: true }).click();
    await waitForCount(reopened, '5 records this quarter');
    const contacts = await listedRecords(reopened);
    expect(contacts.map((title) => title.split(',')[0]).sort()).toEqual([...refs].sort());
    for (const [tab, count, text] of [
      ['Outcomes', '1 record this quarter', refs[0]!],
      ['Volunteer hours', '2 records this quarter', 'Maya Sorensen'],
      ['Spend', '1 record this quarter', 'Spend'],
    ] as const) {
      await reopened.getByRole('link', { name: tab, exact: true }).click();
      await waitForCount(reopened, count);
      expect((await listedRecords(reopened)).join('\n')).toContain(text);
    }
    await reopened.getByRole('link', { name: 'Spend', exact: true }).click();
    await reopened.getByText('£1250.50').waitFor();

    await reopened.getByRole('link', { name: 'Figures' }).click();
    const debt = reopened.getByTestId('figures-sc-advice-debt');
    await expect.poll(() => debt.getByTestId('figure-sessions').getByTestId('actual').textContent()).toBe('5');
    await expect.poll(() => debt.getByTestId('figure-clients').getByTestId('actual').textContent()).toBe('5');
    await expect.poll(() => debt.getByTestId('figure-outcomes').getByTestId('actual').textContent()).toBe('1');
    await expect.poll(() => debt.getByTestId('figure-volunteerHours').getByTestId('actual').textContent()).toBe('3.75 h');
  });

  it('changes a record, deletes one, and Undo brings it back', async () => {
    const page = browser.context.pages().at(-1)!;
    await page.getByRole('link', { name: 'Records', exact: true }).click();
    await waitForCount(page, '5 records this quarter');
    const card = page.locator('[data-testid="record"]', { hasText: refs[2]! });
    await card.getByRole('link', { name: /^Change/ }).click();
    await page.getByRole('heading', { name: 'Change contact or session' }).waitFor();
    await page.getByLabel('Number of interventions').fill('7');
    await page.getByTestId('save').click();
    await page.getByTestId('notice').getByText('Contact updated').waitFor();
    await expect.poll(() => card.textContent()).toContain('Interventions7');

    await card.getByRole('button', { name: /^Delete/ }).click();
    await page.getByTestId('notice').getByText('Contact deleted').waitFor();
    await waitForCount(page, '4 records this quarter');
    expect((await listedRecords(page)).join('\n')).not.toContain(refs[2]!);

    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByTestId('notice').getByText('Contact restored').waitFor();
    await waitForCount(page, '5 records this quarter');
    await expect.poll(() => card.textContent()).toContain('Interventions7');
    // create 9 + edit + delete + restore
    await page.getByTestId('waiting-count').getByText('12 waiting to sync').waitFor();
  });

  it('filters a list by dates typed in Day, Month and Year, and by volunteer, and clears the filters', async () => {
    const page = browser.context.pages().at(-1)!;
    const today = londonDateOf(new Date().toISOString() as Instant);
    const dayBefore = (date: string) => new Date(Date.parse(`${date}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const dateParts = (date: string) => ({ day: String(Number(date.slice(8))), month: String(Number(date.slice(5, 7))), year: date.slice(0, 4) });
    const range = (legend: 'From' | 'To') => page.getByRole('group', { name: legend, exact: true });
    const typeDate = async (legend: 'From' | 'To', { day, month, year }: { day: string; month: string; year: string }) => {
      await range(legend).getByLabel('Day').fill(day);
      await range(legend).getByLabel('Month').fill(month);
      await range(legend).getByLabel('Year').fill(year);
    };

    await page.getByText('Filter the records').click();
    // Every contact was made today: up to the day before, none; up to today, all five.
    await typeDate('To', dateParts(dayBefore(today)));
    await waitForCount(page, '0 of 5 records match the filters');
    await typeDate('To', dateParts(today));
    await waitForCount(page, '5 records this quarter');
    await typeDate('From', dateParts(today));
    await waitForCount(page, '5 records this quarter');

    // A date that cannot be one says so and filters nothing; half typed, it waits quietly.
    await typeDate('From', { day: '31', month: '2', year: '2026' });
    await range('From').getByText('From must be a real date, for example 27 3 2026').waitFor();
    await checkScreen(page, 'records-date-filter', new URL('../../screenshots/recording/', import.meta.url));
    await waitForCount(page, '5 records this quarter');
    await range('From').getByLabel('Year').fill('20');
    await expect.poll(() => range('From').locator('.app-error-message').count()).toBe(0);

    await page.getByRole('link', { name: 'Volunteer hours', exact: true }).click();
    await waitForCount(page, '2 records this quarter');
    await page.getByText('Filter the records').click();
    await page.getByLabel('Volunteer', { exact: true }).selectOption({ label: 'Maya Sorensen' });
    await waitForCount(page, '1 of 2 records match the filters');
    expect((await listedRecords(page)).join('\n')).toContain('Maya Sorensen');
    await range('From').getByLabel('Day').fill('1');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await waitForCount(page, '2 records this quarter');
    await expect.poll(() => page.getByLabel('Volunteer', { exact: true }).inputValue()).toBe('');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Filter the records');
    await expect.poll(() => range('From').getByLabel('Day').inputValue()).toBe('');
  });

  it('shows a volunteer only their own hours', async () => {
    const page = browser.context.pages().at(-1)!;
    await page.getByRole('button', { name: 'Switch person' }).click();
    await unlockAs(page, 'Len Whitby', '1357');
    await page.getByRole('heading', { name: 'What do you want to record?' }).waitFor();
    await expect.poll(() => page.getByRole('link', { name: 'Figures' }).count()).toBe(0);
    await expect.poll(() => page.locator('.app-choice-list a').allTextContents()).toEqual([expect.stringContaining('Log your volunteer hours')]);

    await page.getByRole('link', { name: 'Your hours' }).click();
    await page.getByRole('heading', { name: 'Your volunteer hours' }).waitFor();
    await waitForCount(page, '1 record this quarter');
    const listed = (await listedRecords(page)).join('\n');
    expect(listed).toContain('Len Whitby');
    expect(listed).not.toContain('Maya Sorensen');

    // Other lists are not there for a volunteer, whatever the address.
    await page.goto(new URL('/records/contact', hub.url).href);
    await page.getByRole('heading', { name: 'Your volunteer hours' }).waitFor();
    expect((await listedRecords(page)).join('\n')).not.toContain(refs[0]!);
  });
});
