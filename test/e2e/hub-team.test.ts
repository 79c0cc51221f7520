import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { axeCheck } from './support/axe';
import { launchBrowser, type LaunchedBrowser } from './support/chromium';
import type { TestHub } from './support/hub';
import { hubAndBrowserForFile } from './support/hub-and-browser';
import { hubScreenshots, LAPTOP, signInThroughPage } from './support/hub-staff';

const PRIYA = { name: 'Priya Shah', email: 'priya.shah@hub.example' };
const NEW_PASSWORD = 'river otter kettle lantern';

describe('hub staff: the team page, adding a colleague, changing and resetting a password, removing access', () => {
  let hub: TestHub;
  let browser: LaunchedBrowser;
  let temporaryPassword = '';
  let resetPassword = '';

  hubAndBrowserForFile((h, b) => {
    hub = h;
    browser = b;
  }, { viewport: LAPTOP });

  it('lists the hub staff on a Team page in the hub navigation', async () => {
    const { page } = browser;
    await signInThroughPage(page, hub, '/hub/members');
    await page.getByRole('navigation', { name: 'Hub staff' }).getByRole('link', { name: 'Team' }).click();
    await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor();
    const rows = page.getByTestId('team-row');
    await expect.poll(() => rows.count()).toBe(1);
    const me = await rows.first().textContent();
    expect(me).toContain('Hub staff');
    expect(me).toContain('(you)');
    expect(me).toContain('Can sign in');
    await expect.poll(() => rows.first().getByRole('link').count()).toBe(0);
    await axeCheck(page);
    await hubScreenshots(page, 'team');
  });

  it('says what is missing when adding a colleague, in an error summary and beside each field', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Add a colleague' }).click();
    await page.getByRole('heading', { level: 1, name: 'Add a colleague' }).waitFor();
    await page.getByRole('button', { name: 'Add colleague' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    await expect.poll(() => summary.getByRole('link').allTextContents()).toEqual(['Enter their name', 'Enter their email address']);
    await expect.poll(() => page.locator('#field-email-error').textContent()).toContain('Enter their email address');
    await axeCheck(page);
  });

  it('adds a colleague and shows their temporary password once, large, with what to do with it', async () => {
    const { page } = browser;
    await page.getByLabel('Full name').fill(PRIYA.name);
    await page.getByLabel('Email address').fill(PRIYA.email);
    await page.getByRole('button', { name: 'Add colleague' }).click();
    await page.getByRole('heading', { level: 1, name: `${PRIYA.name} has been added` }).waitFor();
    temporaryPassword = (await page.getByTestId('temporary-password').textContent()) ?? '';
    expect(temporaryPassword).toMatch(/^[a-z0-9]{5}(-[a-z0-9]{5}){3}$/);
    await page.getByText(`Give this to ${PRIYA.name}; it is shown only once. They should change it after signing in.`).waitFor();
    await axeCheck(page);
    await hubScreenshots(page, 'team-added');

    await page.getByRole('link', { name: 'Back to the team' }).last().click();
    await page.getByTestId('team-row').filter({ hasText: PRIYA.email }).waitFor();
  });

  it('refuses an email address already on the team, beside the field', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Add a colleague' }).click();
    await page.getByLabel('Full name').fill('Someone else');
    await page.getByLabel('Email address').fill(PRIYA.email.toUpperCase());
    await page.getByRole('button', { name: 'Add colleague' }).click();
    await page.getByTestId('error-summary').getByText('This email address is already on the hub team').waitFor();
    await expect.poll(() => page.locator('#field-email-error').textContent()).toContain('This email address is already on the hub team');
    await page.getByRole('link', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByTestId('team-row').count()).toBe(2);
  });

  let second: LaunchedBrowser | undefined;
  afterAll(() => second?.close());

  it('lets the colleague sign in with the shown password and change it, refusing a wrong current password', async () => {
    second = await launchBrowser({ viewport: LAPTOP });
    const page = second.page;
    await signInAs(page, hub, PRIYA.email, temporaryPassword, '/hub/team');
    await expect.poll(() => page.getByTestId('signed-in-as').textContent()).toBe(`Signed in as ${PRIYA.name} (${PRIYA.email})`);
    await page.getByRole('link', { name: 'Change your password' }).click();
    await page.getByRole('heading', { level: 1, name: 'Change your password' }).waitFor();
    await axeCheck(page);

    await page.getByLabel('Current password').fill('not my password');
    await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Confirm new password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByTestId('error-summary').getByText('Your current password is not right').waitFor();
    await expect.poll(() => page.locator('#field-currentPassword-error').textContent()).toContain('Your current password is not right');
    await axeCheck(page);
    await hubScreenshots(page, 'change-password-wrong');

    await page.getByLabel('Current password').fill(temporaryPassword);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password has been changed. You have been signed out everywhere else.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor();
  });

  it('resets the colleague’s forgotten password after asking: they are signed out and sign in with the new one', async () => {
    const { page } = browser;
    await page.goto(new URL('/hub/team', hub.url).href);
    await page.getByRole('link', { name: `Reset password for ${PRIYA.name}` }).click();
    await page.getByRole('heading', { level: 1, name: `Reset ${PRIYA.name}’s password?` }).waitFor();
    await page.getByText('They will be signed out everywhere and need the new temporary password to sign in.').waitFor();
    await axeCheck(page);
    await hubScreenshots(page, 'team-reset-password');
    await page.getByRole('button', { name: 'Reset password' }).click();
    await page.getByRole('heading', { level: 1, name: `${PRIYA.name}’s password has been reset` }).waitFor();
    resetPassword = (await page.getByTestId('temporary-password').textContent()) ?? '';
    expect(resetPassword).toMatch(/^[a-z0-9]{5}(-[a-z0-9]{5}){3}$/);
    await page.getByText(`Give this to ${PRIYA.name}; it is shown only once. They should change it after signing in.`).waitFor();
    await axeCheck(page);

    const theirs = second!.page;
    await theirs.reload();
    await theirs.getByRole('heading', { level: 1, name: 'Sign in to the hub' }).waitFor();
    await theirs.getByLabel('Email address').fill(PRIYA.email);
    await theirs.getByLabel('Password').fill(NEW_PASSWORD);
    await theirs.getByRole('button', { name: 'Sign in' }).click();
    await theirs.getByTestId('error-summary').getByText('The email address or password is not right').waitFor();
    await theirs.getByLabel('Password').fill(resetPassword);
    await theirs.getByRole('button', { name: 'Sign in' }).click();
    await theirs.getByRole('heading', { level: 1, name: 'Team' }).waitFor();
    await expect.poll(() => theirs.getByTestId('signed-in-as').textContent()).toBe(`Signed in as ${PRIYA.name} (${PRIYA.email})`);
  });

  it('does not let you remove your own access', async () => {
    const { page } = browser;
    const myId = await page.evaluate(async () => ((await (await fetch('/api/auth/me')).json()) as { user: { id: string } }).user.id);
    await page.goto(new URL(`/hub/team/${myId}/remove`, hub.url).href);
    await page.getByRole('heading', { level: 1, name: 'You cannot remove your own access' }).waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Remove access' }).count()).toBe(0);
    await axeCheck(page);
  });

  it('removes the colleague’s access after asking: their next page load asks them to sign in, and sign-in fails', async () => {
    const { page } = browser;
    await page.goto(new URL('/hub/team', hub.url).href);
    await page.getByRole('link', { name: `Remove access for ${PRIYA.name}` }).click();
    await page.getByRole('heading', { level: 1, name: `Remove ${PRIYA.name}’s access?` }).waitFor();
    await axeCheck(page);
    await hubScreenshots(page, 'team-remove');
    await page.getByRole('button', { name: 'Remove access' }).click();
    await page.getByText(`${PRIYA.name}’s access has been removed. They can no longer sign in.`).waitFor();
    const row = page.getByTestId('team-row').filter({ hasText: PRIYA.email });
    await expect.poll(() => row.textContent()).toContain('Removed');
    await expect.poll(() => row.getByRole('link').count()).toBe(0);

    const theirs = second!.page;
    await theirs.reload();
    await theirs.getByRole('heading', { level: 1, name: 'Sign in to the hub' }).waitFor();
    await theirs.getByLabel('Email address').fill(PRIYA.email);
    await theirs.getByLabel('Password').fill(resetPassword);
    await theirs.getByRole('button', { name: 'Sign in' }).click();
    await theirs.getByTestId('error-summary').getByText('The email address or password is not right').waitFor();
  });
});

async function signInAs(page: Page, hub: TestHub, email: string, password: string, next: string): Promise<void> {
  await page.goto(new URL(`/hub/sign-in?next=${encodeURIComponent(next)}`, hub.url).href);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === next);
}
