import { describe, expect, it } from 'vitest';
import { TeamList } from '../../src/core/hub-api';
import { formatPence } from '../../src/core/performance/format';
import { quarterLabel } from '../../src/core/time';
import { axeCheck } from './support/axe';
import { BEFRIENDING, checkEverySize, performanceFromApi, QUARTER } from './support/performance';
import type { LaunchedBrowser } from './support/chromium';
import type { TestHub } from './support/hub';
import { hubAndBrowserForFile } from './support/hub-and-browser';
import { LAPTOP, signInThroughPage, staffSignIn } from './support/hub-staff';

// The demo's Good Neighbours Befriending is paid by results and delivers below its profile in
// Q2 2026/27 (src/core/demo/history.ts): its reduced-isolation line is paid £4,165.00 on profile
// and earns £2,890.00, so £1,275.00 is proposed until hub staff record what was really paid.

describe('hub staff: recording what was really paid for a payment-by-results line (P4)', () => {
  let hub: TestHub;
  let browser: LaunchedBrowser;

  hubAndBrowserForFile(
    (h, b) => {
      hub = h;
      browser = b;
    },
    { viewport: LAPTOP },
  );

  it('replaces the on-profile amount with the one recorded, and says who recorded it and why', async () => {
    const { page } = browser;
    await signInThroughPage(page, hub, `/hub/performance/pc-wellbeing?quarter=${QUARTER}`);
    const before = await performanceFromApi(page, QUARTER);
    const befriending = before.subContracts.find((s) => s.subContractId === 'sc-befriending');
    const line = befriending?.clawBack?.lines.find((l) => l.name.toLowerCase().includes('isolation'));
    if (!befriending || !line) throw new Error('Good Neighbours Befriending should have a reduced-isolation claw back line');
    expect(line.paid).toEqual({ kind: 'profile' });
    expect([line.paidPence, line.earnedPence, line.proposalPence]).toEqual([416_500, 289_000, 127_500]);

    const section = page.getByTestId('sub-contract-performance').filter({ has: page.getByRole('heading', { level: 2, name: BEFRIENDING }) });
    const lineOnPage = section.getByTestId('claw-back-line').filter({ has: page.getByRole('heading', { level: 4, name: line.name }) });
    await expect.poll(() => lineOnPage.getByTestId('paid-from').textContent()).toBe('Paid on profile (the contract’s rule)');
    await expect.poll(() => lineOnPage.getByRole('heading', { level: 4 }).textContent()).toBe(`${line.name}: £1,275.00 proposed`);

    // Every line paid by results has its own link, named for screen readers by indicator and member.
    await lineOnPage.getByRole('link', { name: `Record what was paid for ${line.name}, ${befriending.memberName}`, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Record what was paid' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/hub/performance/pc-wellbeing/payments/sc-befriending/${line.indicatorId}`);
    await expect.poll(() => page.getByTestId('payment-caption').textContent()).toBe(`${BEFRIENDING}, ${quarterLabel(QUARTER)}`);
    await expect.poll(() => page.getByTestId('payment-line').textContent()).toContain(line.name);
    await expect.poll(() => page.getByTestId('paid-now').textContent()).toContain('£4,165.00');
    await expect.poll(() => page.getByTestId('paid-now').textContent()).toContain('Paid on profile (the contract’s rule)');

    // Nothing typed: the error summary above the heading, and each field says what it needs.
    await page.getByRole('button', { name: 'Record the payment' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.getByRole('link', { name: 'Enter the amount, like 125.50' }).waitFor();
    await summary.getByRole('link', { name: 'Say where the amount comes from, in at least 10 characters' }).waitFor();
    await expect.poll(() => page.locator('#field-paidPence-error').textContent()).toContain('Enter the amount, like 125.50');
    await expect.poll(() => page.locator('#field-reason-error').textContent()).toContain('at least 10 characters');
    await checkEverySize(page, 'record-payment-errors');

    // A slip the app reads as money but the hub would never record is refused before it is sent.
    await page.getByLabel('Amount paid').fill('£4,16.5x');
    await page.getByRole('button', { name: 'Record the payment' }).click();
    await expect.poll(() => page.locator('#field-paidPence-error').textContent()).toContain('Enter the amount in pounds and pence, like 125.50');

    await page.getByLabel('Amount paid').fill('£3,500.00');
    await page.getByLabel('Where does this amount come from?').fill('Remittance advice 2026-07-04, invoice 118');
    await page.getByRole('button', { name: 'Record the payment' }).click();

    await page.getByRole('heading', { level: 1, name: /^Performance: / }).waitFor();
    expect(new URL(page.url()).search).toBe(`?quarter=${QUARTER}`);
    await expect.poll(() => page.getByTestId('notice').textContent()).toContain(`Payment recorded: the claw back for ${line.name} now uses £3,500.00 paid.`);

    const { email } = staffSignIn(hub);
    const team = TeamList.parse(await (await page.request.get(new URL('/api/staff', page.url()).href)).json());
    const me = team.staff.find((s) => s.email === email);
    if (!me) throw new Error('The signed-in staff user is not in the team list');
    await expect.poll(() => lineOnPage.getByTestId('paid-from').textContent()).toMatch(
      new RegExp(`^Paid £3,500\\.00, recorded by ${me.displayName} on \\w{3} \\d{1,2} \\w{3} \\d{4}: “Remittance advice 2026-07-04, invoice 118”$`),
    );
    // 3,500.00 paid − 2,890.00 earned.
    await expect.poll(() => lineOnPage.getByRole('heading', { level: 4 }).textContent()).toBe(`${line.name}: £610.00 proposed`);
    await expect.poll(() => lineOnPage.textContent()).toContain(`£3,500.00 paid − ${formatPence(line.earnedPence)} earned = £610.00`);

    const after = await performanceFromApi(page, QUARTER);
    const recorded = after.subContracts.find((s) => s.subContractId === 'sc-befriending')!.clawBack!.lines.find((l) => l.indicatorId === line.indicatorId)!;
    expect(recorded.paidPence).toBe(350_000);
    expect(recorded.proposalPence).toBe(61_000);
    expect(recorded.paid).toMatchObject({ kind: 'recorded', recordedBy: me.displayName, reason: 'Remittance advice 2026-07-04, invoice 118' });
    await checkEverySize(page, 'performance-payment-recorded');
  });

  it('shows a line recorded before as the one in use, and the hub’s refusal beside its field', async () => {
    const { page } = browser;
    const performance = await performanceFromApi(page, QUARTER);
    const befriending = performance.subContracts.find((s) => s.subContractId === 'sc-befriending')!;
    const line = befriending.clawBack!.lines.find((l) => l.paid.kind === 'recorded')!;

    await page.getByRole('link', { name: `Record what was paid for ${line.name}, ${befriending.memberName}`, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Record what was paid' }).waitFor();
    await expect.poll(() => page.getByTestId('paid-now').textContent()).toContain('£3,500.00');
    await expect.poll(() => page.getByTestId('paid-now').textContent()).toContain('recorded by');
    await expect.poll(() => page.getByTestId('paid-now').textContent()).toContain('“Remittance advice 2026-07-04, invoice 118”');

    // The hub's own refusal of a field shows beside that field and in the summary, and the page
    // stays. Faked here: the form already checks everything the hub checks of these two fields.
    const refusal = 'The amount paid must be £100,000,000 or less';
    await page.route('**/api/sub-contracts/*/payments', (route) =>
      route.fulfill({
        status: 400,
        contentType: 'application/problem+json',
        body: JSON.stringify({ title: 'Some fields in the request are not valid', status: 400, code: '400.2', detail: refusal, errors: [{ path: 'paidPence', message: refusal }] }),
      }),
    );
    await page.getByLabel('Amount paid').fill('3600');
    await page.getByLabel('Where does this amount come from?').fill('Remittance advice 2026-07-11, invoice 121');
    await page.getByRole('button', { name: 'Record the payment' }).click();
    await page.getByTestId('error-summary').getByRole('link', { name: refusal }).waitFor();
    await expect.poll(() => page.locator('#field-paidPence-error').textContent()).toContain(refusal);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Record what was paid');
    await page.unroute('**/api/sub-contracts/*/payments');

    await page.getByRole('link', { name: 'Cancel' }).click();
    await page.getByRole('heading', { level: 1, name: /^Performance: / }).waitFor();
    expect(new URL(page.url()).search).toBe(`?quarter=${QUARTER}`);
  });

  it('has a link for a line that is not assessed, whose form says why', async () => {
    const { page } = browser;
    // The quarter after: no return yet, so the payment-by-results lines have no figure to assess.
    const current = await performanceFromApi(page, QUARTER);
    const next = current.nextQuarter;
    if (!next) throw new Error(`The prime contract should have a quarter after ${QUARTER}`);
    const performance = await performanceFromApi(page, next);
    const befriending = performance.subContracts.find((s) => s.subContractId === 'sc-befriending');
    const notAssessed = befriending?.clawBack?.notAssessed[0];
    if (!befriending || !notAssessed) throw new Error(`Good Neighbours Befriending should have a line not assessed in ${next}`);
    const name = befriending.indicators.find((i) => i.indicatorId === notAssessed.indicatorId)!.name;

    await page.getByRole('link', { name: `Next quarter: ${quarterLabel(next)}` }).click();
    await expect.poll(() => page.getByTestId('performance-quarter').textContent()).toBe(quarterLabel(next));
    const section = page.getByTestId('sub-contract-performance').filter({ has: page.getByRole('heading', { level: 2, name: BEFRIENDING }) });
    const listed = section.getByTestId('claw-back-not-assessed');
    await expect.poll(() => listed.getByRole('link', { name: /^Record what was paid for / }).count()).toBe(befriending.clawBack!.notAssessed.length);
    await listed.getByRole('link', { name: `Record what was paid for ${name}, ${befriending.memberName}`, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Record what was paid' }).waitFor();
    await expect.poll(() => page.getByTestId('payment-caption').textContent()).toBe(`${BEFRIENDING}, ${quarterLabel(next)}`);
    await expect.poll(() => page.getByTestId('paid-now').textContent()).toBe(notAssessed.reason);
    await axeCheck(page);
  });

  it('says so when the sub-contract pays nothing by results for the indicator', async () => {
    const { page } = browser;
    await page.goto(new URL(`/hub/performance/pc-wellbeing/payments/sc-befriending/no-such-indicator?quarter=${QUARTER}`, hub.url).href);
    await page.getByRole('heading', { level: 1, name: 'No payment-by-results line to record' }).waitFor();
    await expect.poll(() => page.getByTestId('no-payment-line').textContent()).toContain('‘no-such-indicator’');
    await expect.poll(() => page.getByRole('button', { name: 'Record the payment' }).count()).toBe(0);
  });
});
