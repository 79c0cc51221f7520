import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeCheck } from './support/axe';
import { TABLET, type LaunchedBrowser } from './support/chromium';
import type { TestHub } from './support/hub';
import { hubAndBrowserForFile } from './support/hub-and-browser';
import { enrolWithCode, hubScreenshots, LAPTOP, signInThroughPage, staffSignIn, ZOOMED_LAPTOP } from './support/hub-staff';

describe('hub staff: sign in, members, enrolment codes and devices', () => {
  let hub: TestHub;
  let browser: LaunchedBrowser;

  hubAndBrowserForFile((h, b) => {
    hub = h;
    browser = b;
  }, { viewport: LAPTOP });

  it('links to the hub sign-in from the member app’s start page', async () => {
    const { page } = browser;
    await page.goto(hub.url);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Hub staff sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in to the hub' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/hub/sign-in');
    await axeCheck(page);
    await hubScreenshots(page, 'sign-in');
  });

  it('sends someone who is not signed in to the sign-in page', async () => {
    const { page } = browser;
    await page.goto(new URL('/hub/members', hub.url).href);
    await page.getByRole('heading', { level: 1, name: 'Sign in to the hub' }).waitFor();
    const url = new URL(page.url());
    expect(url.pathname).toBe('/hub/sign-in');
    expect(url.searchParams.get('next')).toBe('/hub/members');
  });

  it('says what is missing, in an error summary linked to each field', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Sign in' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    await expect.poll(() => summary.getByRole('link').allTextContents()).toEqual(['Enter your email address', 'Enter your password']);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('error-summary');
    await summary.getByRole('link', { name: 'Enter your password' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-password');
    await axeCheck(page);
  });

  it('refuses wrong details with the hub’s reason, and says when there have been too many attempts', async () => {
    const { page } = browser;
    const { email } = staffSignIn(hub);
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('error-summary').getByText('The email address or password is not right').waitFor();
    await expect.poll(() => page.locator('#field-email-error').textContent()).toContain('The email address or password is not right');
    await hubScreenshots(page, 'sign-in-wrong');

    // Another address, so the real one is not locked out: five failures are allowed per address.
    await page.getByLabel('Email address').fill('nobody@hub.example');
    for (let i = 0; i < 5; i++) {
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByTestId('error-summary').getByText('The email address or password is not right').waitFor();
    }
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('error-summary').getByText('too many failed sign-ins for this email address').waitFor();
    await expect.poll(() => page.getByTestId('error-summary').textContent()).toMatch(/Try again in \d+ minutes/);
  });

  it('signs in, comes back to the page asked for, and says who is signed in', async () => {
    const { page } = browser;
    await signInThroughPage(page, hub, '/hub/members');
    await page.getByRole('heading', { level: 1, name: 'Members and devices' }).waitFor();
    await expect.poll(() => page.getByTestId('signed-in-as').textContent()).toBe(`Signed in as Hub staff (${staffSignIn(hub).email})`);
    const table = page.getByTestId('members-table');
    await table.waitFor();
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(1);
    await axeCheck(page);
    await hubScreenshots(page, 'members', [LAPTOP, TABLET, ZOOMED_LAPTOP]);
  });

  let memberName = '';
  let code = '';

  it('creates an enrolment code for a member and shows it large, with its expiry and what to do', async () => {
    const { page } = browser;
    const firstMember = page.getByTestId('members-table').locator('tbody tr').first().getByRole('link');
    memberName = (await firstMember.textContent()) ?? '';
    await firstMember.click();
    await page.getByRole('heading', { level: 1, name: memberName }).waitFor();
    await page.getByTestId('no-devices').waitFor();
    await axeCheck(page);
    await hubScreenshots(page, 'member-no-devices');

    await page.getByRole('button', { name: 'Create an enrolment code' }).click();
    await page.getByRole('heading', { level: 1, name: `Enrolment code for ${memberName}` }).waitFor();
    code = (await page.getByTestId('enrolment-code').textContent()) ?? '';
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await expect.poll(() => page.getByTestId('enrolment-code-expiry').textContent()).toMatch(/^It works once, until \w{3} \d{1,2} \w{3} \d{4} at \d{2}:\d{2}$/);
    await page.getByRole('heading', { name: 'What to do on the tablet' }).waitFor();
    await axeCheck(page);
    await hubScreenshots(page, 'enrolment-code');
  });

  it('shows the device once a tablet has enrolled with the code', async () => {
    const { page } = browser;
    await enrolWithCode(hub, code, 'Hall tablet 1');
    await page.getByRole('link', { name: `Back to ${memberName}’s devices` }).click();
    const row = page.getByTestId('device-row').filter({ hasText: 'Hall tablet 1' });
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain('In use');
    await expect.poll(() => row.textContent()).toContain('Not synced yet');
    await axeCheck(page);
    await hubScreenshots(page, 'member-devices', [LAPTOP, TABLET, ZOOMED_LAPTOP]);
  });

  it('revokes the device after asking, and the device is refused from then on', async () => {
    const { page } = browser;
    const enrolled = await enrolWithCode(hub, await newCode(page), 'Outreach phone');
    await backToDevices(page);
    await page.getByTestId('device-row').filter({ hasText: 'Outreach phone' }).waitFor();
    const pullBefore = await fetch(new URL('/api/sync/pull', hub.url), { headers: { Authorization: `Bearer ${enrolled.token}` } });
    expect(pullBefore.status).toBe(200);

    await page.getByRole('link', { name: 'Revoke Outreach phone' }).click();
    await page.getByRole('heading', { level: 1, name: 'Revoke Outreach phone?' }).waitFor();
    await axeCheck(page);
    await hubScreenshots(page, 'revoke-device');
    await page.getByRole('button', { name: 'Revoke this device' }).click();

    await page.getByText('Outreach phone has been revoked. It can no longer sync with the hub.').waitFor();
    const row = page.getByTestId('device-row').filter({ hasText: 'Outreach phone' });
    await expect.poll(() => row.textContent()).toContain('Revoked');
    await expect.poll(() => row.getByRole('link').count()).toBe(0);
    await expect.poll(() => page.getByTestId('device-row').filter({ hasText: 'Hall tablet 1' }).textContent()).toContain('In use');

    const pullAfter = await fetch(new URL('/api/sync/pull', hub.url), { headers: { Authorization: `Bearer ${enrolled.token}` } });
    expect(pullAfter.status).toBe(401);
  });

  it('does not show a code again after a reload: the hub keeps only a hash', async () => {
    const { page } = browser;
    await newCode(page);
    await page.getByTestId('enrolment-code').waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'This enrolment code can no longer be shown' }).waitFor();
    await expect.poll(() => page.getByTestId('enrolment-code').count()).toBe(0);
  });

  it('asks to sign in again when the session has ended, and comes back to the page afterwards', async () => {
    const { page, context } = browser;
    await page.goto(new URL('/hub/members', hub.url).href);
    await page.getByTestId('members-table').waitFor();
    await context.clearCookies();
    await page.getByTestId('members-table').locator('tbody tr').nth(1).getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Sign in to the hub' }).waitFor();
    await expect.poll(() => page.getByTestId('sign-in-notice').textContent()).toBe('Your session has ended. Sign in again to carry on.');
    const next = new URL(page.url()).searchParams.get('next') ?? '';
    expect(next).toMatch(/^\/hub\/members\/[^/]+$/);
    await signInThroughPage(page, hub, next);
    await page.getByRole('button', { name: 'Create an enrolment code' }).waitFor();
  });

  it('signs out, and the hub pages then ask to sign in again', async () => {
    const { page } = browser;
    await page.goto(new URL('/hub/members', hub.url).href);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in to the hub' }).waitFor();
    await expect.poll(() => page.getByTestId('sign-in-notice').textContent()).toBe('You have signed out.');
    const me = await page.evaluate(async () => (await fetch('/api/auth/me')).status);
    expect(me).toBe(401);
    await page.goto(new URL('/hub/members', hub.url).href);
    await page.getByRole('heading', { level: 1, name: 'Sign in to the hub' }).waitFor();
  });
});

/** From a member's page, creates a code; stays on the page that shows it. */
async function newCode(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Create an enrolment code' }).click();
  return (await page.getByTestId('enrolment-code').textContent()) ?? '';
}

async function backToDevices(page: Page): Promise<void> {
  await page.getByRole('link', { name: /^Back to .*’s devices$/ }).click();
  await page.getByTestId('devices-table').or(page.getByTestId('no-devices')).first().waitFor();
}
