import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoRecords } from '../../src/core/demo';
import type { RecordChange } from '../../src/core/sync';
import { formatPence, formatPercent } from '../../src/core/performance/format';
import { quarterLabel } from '../../src/core/time';
import { axeCheck } from './support/axe';
import { BEFRIENDING, checkEverySize, performanceFromApi, QUARTER } from './support/performance';
import type { LaunchedBrowser } from './support/chromium';
import type { TestHub } from './support/hub';
import { hubAndBrowserForFile } from './support/hub-and-browser';
import { enrolDemoDevice, LAPTOP, pushChanges, signInThroughPage } from './support/hub-staff';

const WELLBEING = 'Riverside Health and Wellbeing Programme';

describe('hub staff: the performance of a prime contract in a quarter (P1–P6)', () => {
  let hub: TestHub;
  let browser: LaunchedBrowser;

  hubAndBrowserForFile(
    (h, b) => {
      hub = h;
      browser = b;
    },
    { viewport: LAPTOP },
  );

  // The hub values only the volunteer hours devices have synced (P5): Good Neighbours' tablet
  // sends the quarter's volunteer-hours records, as the demo makes them.
  beforeAll(async () => {
    const device = await enrolDemoDevice(hub, 'm-befriending');
    const hours = demoRecords({ subContractId: 'sc-befriending', quarter: QUARTER, count: 60 }).filter((r) => r.type === 'volunteer-hours');
    expect(hours.length).toBeGreaterThan(0);
    // And one for a role the rate table does not have yet: counted, but not valued.
    const records = [...hours, { ...hours[0]!, id: 'rec-befriending-gardening', roleId: 'gardener', hours: 2.5 }];
    const changes: RecordChange[] = records.map((data) => ({
      changeId: randomUUID(),
      entity: 'record',
      entityId: data.id,
      op: 'upsert',
      version: 1,
      baseVersion: 0,
      personId: data.personId,
      deviceTime: new Date().toISOString(),
      data,
    }));
    expect(await pushChanges(hub, device.token, changes)).toEqual(changes.map(() => 'applied'));
  });

  it('is reached from the returns grid, for the latest quarter that has ended', async () => {
    const { page } = browser;
    await signInThroughPage(page, hub, '/hub/returns');
    const table = page.getByTestId('prime-contracts-table');
    await table.waitFor();
    await expect.poll(() => table.getByRole('link', { name: 'Latest quarter' }).count()).toBe(2);
    await table.getByRole('link', { name: WELLBEING }).click();
    await page.getByRole('heading', { level: 1, name: WELLBEING }).waitFor();
    await page.getByRole('link', { name: 'Performance in the latest quarter ended' }).click();
    await page.getByRole('heading', { level: 1, name: `Performance: ${WELLBEING}` }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/hub/performance/pc-wellbeing');
    const latest = await performanceFromApi(page);
    await expect.poll(() => page.getByTestId('performance-quarter').textContent()).toBe(latest.quarterLabel);
    await expect.poll(() => page.getByRole('navigation', { name: 'Hub staff' }).getByRole('link', { name: 'Returns' }).getAttribute('aria-current')).toBe('page');
  });

  it('shows each sub-contract: return, early warning, delivery with RAG in words, claw back and volunteer dividend', async () => {
    const { page } = browser;
    await page.goto(new URL(`/hub/performance/pc-wellbeing?quarter=${QUARTER}`, hub.url).href);
    await page.getByRole('heading', { level: 1, name: `Performance: ${WELLBEING}` }).waitFor();
    const expected = await performanceFromApi(page, QUARTER);
    await expect.poll(() => page.getByTestId('performance-quarter').textContent()).toBe(quarterLabel(QUARTER));

    const sections = page.getByTestId('sub-contract-performance');
    await expect.poll(() => sections.count()).toBe(expected.subContracts.length);
    const flagged = expected.subContracts.filter((s) => s.earlyWarning.warning).length;
    expect(flagged).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('performance-summary').textContent()).toBe(
      `${flagged} of ${expected.subContracts.length} sub-contracts ${flagged === 1 ? 'has' : 'have'} an early warning:`,
    );

    const befriending = expected.subContracts.find((s) => s.subContractId === 'sc-befriending');
    if (!befriending) throw new Error('The hub has no performance row for sc-befriending');
    const section = sections.filter({ has: page.getByRole('heading', { level: 2, name: BEFRIENDING }) });
    await expect.poll(() => section.getByTestId('return-state').textContent()).toContain('Accepted');

    // P3: flagged, with the hub's reasons in words.
    expect(befriending.earlyWarning.warning).toBe(true);
    const reason = befriending.earlyWarning.reasons[0]!.message;
    await expect.poll(() => section.getByTestId('early-warning').textContent()).toContain('Early warning');
    await expect.poll(() => section.getByTestId('early-warning').textContent()).toContain(reason);

    // P1, P2: a red key indicator shows its % and the word "Red".
    const red = befriending.indicators.find((i) => i.rag === 'red' && i.percent !== null);
    if (!red) throw new Error('Good Neighbours Befriending has no red indicator in the demo quarter');
    const row = section.getByTestId('indicator-row').filter({ has: page.getByRole('rowheader', { name: red.name }) });
    await expect.poll(() => row.innerText()).toContain(`${formatPercent(red.percent!)} Red`);
    if (red.key) await expect.poll(() => row.innerText()).toContain('Key indicator');

    // P4: each line's workings, the total and how "paid" was taken.
    if (!befriending.clawBack) throw new Error('Good Neighbours Befriending should be paid by results');
    const line = befriending.clawBack.lines[0]!;
    expect(line.workings).toContain('Proposed claw back:');
    const clawBack = section.getByTestId('claw-back');
    await expect.poll(() => clawBack.getByTestId('claw-back-line').first().textContent()).toContain(line.workings);
    await expect.poll(() => clawBack.textContent()).toContain(expected.paidBasis);
    await expect.poll(() => clawBack.textContent()).toMatch(/Total proposed claw back: £[\d,]+\.\d\d/);

    // P5: hours × rate = value for each role, in pounds.
    const dividend = section.getByTestId('volunteer-dividend');
    await expect.poll(() => dividend.getByTestId('dividend-line').count()).toBe(befriending.volunteerDividend.lines.length);
    const role = befriending.volunteerDividend.lines[0]!;
    const roleRow = dividend.getByTestId('dividend-line').filter({ has: page.getByRole('rowheader', { name: role.roleName }) });
    await expect.poll(() => roleRow.innerText()).toMatch(/ h\s+£[\d,]+\.\d\d\s+£[\d,]+\.\d\d$/);
    await expect.poll(() => roleRow.innerText()).toContain(formatPence(role.hourlyRatePence));
    await expect.poll(() => roleRow.innerText()).toContain(formatPence(role.valuePence));
    await expect.poll(() => dividend.getByTestId('dividend-total').textContent()).toBe(formatPence(befriending.volunteerDividend.totalPence));
    await expect.poll(() => dividend.textContent()).toContain('(2025)');
    expect(befriending.volunteerDividend.unpricedHours).toBe(2.5);
    await expect.poll(() => dividend.getByTestId('unpriced-hours').textContent()).toContain('2.5 h of roles with no hourly rate are not valued');

    // A sub-contract that pays nothing by results shows no claw back.
    const unpaid = expected.subContracts.find((s) => s.clawBack === null);
    if (unpaid) {
      const other = sections.filter({ has: page.getByRole('heading', { level: 2, name: `${unpaid.memberName} — ${unpaid.subContractName}` }) });
      await expect.poll(() => other.getByTestId('claw-back').count()).toBe(0);
    }
  });

  it('shows the consolidated return, and downloads it as CSV for the commissioner', async () => {
    const { page } = browser;
    const expected = await performanceFromApi(page, QUARTER);
    const consolidated = page.getByTestId('consolidated-return');
    const figures = consolidated.getByTestId('consolidated-figures');
    await expect.poll(() => figures.getByTestId('consolidated-row').count()).toBe(expected.consolidated.figures.length);
    await expect.poll(() => figures.locator('caption').textContent()).toBe(`Consolidated figures, ${quarterLabel(QUARTER)}`);
    // Unique clients cannot be summed across members: only an upper bound.
    const unique = figures.getByTestId('consolidated-row').filter({ has: page.getByRole('rowheader', { name: 'Unique clients supported', exact: true }) });
    await expect.poll(() => unique.innerText()).toContain('Not summed');
    await expect.poll(() => unique.innerText()).toMatch(/At most [\d,]+ \(upper bound\)/);
    const sessions = expected.consolidated.figures.find((f) => f.summable && f.kind === 'count' && f.value !== null);
    if (sessions) {
      const row = figures.getByTestId('consolidated-row').filter({ has: page.getByRole('rowheader', { name: sessions.name, exact: true }) });
      await expect.poll(() => row.innerText()).toContain(sessions.value!.toLocaleString('en-GB'));
    }
    const included = consolidated.getByTestId('consolidated-included');
    await expect.poll(() => included.locator('li').count()).toBe(expected.consolidated.included.length);
    await expect.poll(() => included.textContent()).toContain(BEFRIENDING);

    const link = page.getByRole('link', { name: 'Download the consolidated return for the commissioner (CSV)' });
    await expect.poll(() => link.getAttribute('href')).toBe(`/api/prime-contracts/pc-wellbeing/consolidated.csv?quarter=${QUARTER}`);
    await expect.poll(() => consolidated.textContent()).toContain('Counts of 1 to 4 are shown as “<5”');
    const href = (await link.getAttribute('href'))!;
    const download = await page.request.get(new URL(href, page.url()).href);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toMatch(/^text\/csv/);
    const header = (await download.text()).split('\r\n')[0]!.split(',').map((cell) => cell.replaceAll('"', ''));
    expect(header).toEqual(['Indicator', 'Breakdown', 'Category', 'Figure', 'Note']);

    await checkEverySize(page, 'performance');
  });

  it('moves to the previous quarter by its link', async () => {
    const { page } = browser;
    const expected = await performanceFromApi(page, QUARTER);
    const previous = expected.previousQuarter;
    if (!previous) throw new Error(`The prime contract should have a quarter before ${QUARTER}`);
    await page.getByRole('link', { name: `Previous quarter: ${quarterLabel(previous)}` }).click();
    await expect.poll(() => page.getByTestId('performance-quarter').textContent()).toBe(quarterLabel(previous));
    expect(new URL(page.url()).search).toBe(`?quarter=${previous}`);
    const before = await performanceFromApi(page, previous);
    await expect.poll(() => page.getByTestId('sub-contract-performance').count()).toBe(before.subContracts.length);
    await expect.poll(() => page.getByTestId('consolidated-csv').getAttribute('href')).toBe(`/api/prime-contracts/pc-wellbeing/consolidated.csv?quarter=${previous}`);
    await expect.poll(() => page.getByRole('link', { name: `Next quarter: ${quarterLabel(QUARTER)}` }).count()).toBe(1);
    await checkEverySize(page, 'performance-previous');
    // The back button returns to the quarter before.
    await page.goBack();
    await expect.poll(() => page.getByTestId('performance-quarter').textContent()).toBe(quarterLabel(QUARTER));
  });

  it('says what is wrong with a quarter that is not a quarter, and with a prime contract that does not exist', async () => {
    const { page } = browser;
    await page.goto(new URL('/hub/performance/pc-wellbeing?quarter=2026-Q9', hub.url).href);
    const problem = page.getByTestId('hub-load-problem');
    await expect.poll(() => problem.textContent()).toContain('Sorry, the performance could not be loaded');
    await expect.poll(() => problem.textContent()).toContain("Enter a quarter as YYYY-Qn, e.g. '2026-Q1' for April to June 2026");
    await page.goto(new URL('/hub/performance/pc-nowhere', hub.url).href);
    await expect.poll(() => problem.textContent()).toContain("There is no prime contract with id 'pc-nowhere'");
    await expect.poll(() => page.getByTestId('performance-quarter').textContent()).toBe('Latest quarter ended');
    await axeCheck(page);
  });
});
