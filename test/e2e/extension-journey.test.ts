import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describeDate } from '../../src/core/time';
import { quarterLabel } from '../../src/core/time/quarterLabel';
import type { LaunchedBrowser } from './support/chromium';
import type { TestHub } from './support/hub';
import { tabletAndOfficeForFile } from './support/tablet-and-office';
import { signInThroughPage } from './support/hub-staff';
import { goOffline, goOnline } from './support/network';
import { waitForServiceWorkerControl } from './support/service-worker';
import { enrol, enrolmentCodeFor, fillDate, unlockAs } from './recording-support';
import { DEBT, currentQuarterId, hubReturnDetail } from './returns-support';
import { checkScreen } from './support/screen-check';

const SHOTS = new URL('../../screenshots/returns/extension/', import.meta.url);
const MEMBER = 'Riverside Advice Centre';
const REASON = 'Our finance officer is on leave for three weeks after the quarter ends.';
const DECISION = 'Agreed, but we need it a little sooner for the commissioner’s report.';

/** A London calendar date `days` from today, as YYYY-MM-DD: far enough ahead to be after any usual due date. */
function dateIn(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

function dayMonthYear(date: string): { day: string; month: string; year: string } {
  const [year, month, day] = date.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year: year! };
}

// Issue 6, an extension from end to end: the manager asks offline on the tablet; the request
// reaches the hub when the tablet is online; hub staff grant a shorter one; the tablet learns the
// decision by sync and judges its due date by it.
describe('an extension request, from the tablet to the hub’s decision and back', () => {
  let hub: TestHub;
  let tablet: LaunchedBrowser;
  let page: Page;
  let staff: Page;
  const quarter = currentQuarterId();
  const returnPath = `/returns/${DEBT}/${quarter}`;
  const requested = dateIn(150);
  const granted = dateIn(140);

  tabletAndOfficeForFile(SHOTS, (opened) => ({ hub, tablet, page, staff } = opened));

  it('the manager asks for more time while offline, and the tablet says the hub has not answered yet', async () => {
    await page.goto(hub.url);
    await waitForServiceWorkerControl(page);
    await enrol(page, enrolmentCodeFor(hub));
    await unlockAs(page, 'Priya Castell', '2468');
    await goOffline(tablet.context);

    await page.getByRole('link', { name: 'Returns', exact: true }).click();
    await page.getByTestId(`return-${DEBT}/${quarter}`).getByRole('link').click();
    await page.getByRole('link', { name: 'Ask the hub for an extension' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ask for an extension' }).waitFor();
    await fillDate(page, 'When could you send it?', dayMonthYear(requested));
    await page.getByLabel('Why do you need more time?').fill(REASON);
    await page.getByTestId('request-extension').click();
    await page.getByTestId('notice').getByText('Request saved — it will be sent to the hub with the next sync').waitFor();

    await expect
      .poll(() => page.getByTestId('extension-requested').textContent())
      .toContain(`You asked for an extension to ${describeDate(requested)}. The hub has not answered yet.`);
    await expect.poll(() => page.getByTestId('return-timeliness').textContent()).toMatch(/^Due /);
    await expect.poll(() => hubReturnDetail(hub, DEBT, quarter).then((d) => d.extensions.length)).toBe(0);
  });

  it('reaches the hub once the tablet is online, and hub staff grant a shorter extension', async () => {
    await goOnline(tablet.context);
    await page.goto(new URL(returnPath, hub.url).href);
    await expect.poll(() => page.getByTestId('waiting-count').textContent(), { timeout: 30_000 }).toBe('Nothing waiting to sync');

    await signInThroughPage(staff, hub, '/hub/extensions');
    const row = staff.getByTestId('extension-row').filter({ hasText: MEMBER });
    await expect.poll(() => row.innerText()).toContain(REASON);
    await staff.getByRole('link', { name: `Grant the extension for ${MEMBER}, ${quarterLabel(quarter)}` }).click();
    await staff.getByRole('heading', { level: 1, name: 'Grant the extension' }).waitFor();
    await fillDate(staff, 'New due date', dayMonthYear(granted));
    await staff.getByLabel('Why are you granting it?').fill(DECISION);
    await staff.getByRole('button', { name: 'Grant the extension' }).click();
    await staff.getByText(`Extension granted to ${MEMBER}: the return is now due ${describeDate(granted)}.`).waitFor();

    const detail = await hubReturnDetail(hub, DEBT, quarter);
    expect(detail.extensions).toEqual([
      expect.objectContaining({ state: 'granted', requestedDueDate: requested, grantedDueDate: granted, reason: REASON, decisionReason: DECISION }),
    ]);
  });

  it('the tablet learns the decision by sync and counts the days to the new due date', async () => {
    await page.goto(new URL(returnPath, hub.url).href);
    await page.getByTestId('extension-granted').waitFor({ timeout: 30_000 });
    await expect
      .poll(() => page.getByTestId('extension-granted').textContent())
      .toBe(`The hub granted an extension to ${describeDate(granted)}. They said: “${DECISION}”`);
    await expect.poll(() => page.getByTestId('return-timeliness').textContent()).toMatch(new RegExp(`^Excused — extended to ${describeDate(granted)}, \\d+ working days left$`));
    await expect.poll(() => page.getByTestId('extension-requested').count()).toBe(0);
    await checkScreen(page, 'granted', SHOTS);
  });
});
