import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { accessibilityFindings } from './support/accessibility';
import { BASE_URL, launchChromium, openBrowserFor, screenshot, signIn, unique } from './support/browser';

const WAIT = { timeout: 30_000 };
const ACCESSIBLE = { unlabelledControls: [], namelessButtonsAndLinks: [], imagesWithoutAlt: [], h1Count: 1 };

function randomAccountId(): string {
  return String(100_000_000_000 + Math.floor(Math.random() * 899_999_999_999));
}

async function apiToken(username: string, groups: string[]): Promise<string> {
  const response = await fetch(`${BASE_URL}/auth/local/token`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, groups }),
  });
  return ((await response.json()) as { token: string }).token;
}

async function graphql<T>(token: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

async function choose(page: Page, field: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: field }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('organizations and environments', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('an owner creates an organization, links an environment, watches its stack deploy and invites a team', async () => {
    const person = await openBrowserFor(browser, 'owner');
    const { page } = person;
    const team = unique('EnvOwners');
    const guests = unique('EnvGuests');
    const organizationName = unique('Org');
    const environmentName = unique('Lake');
    await signIn(person, unique('owner'), [team]);

    // Navigation by the app's links: a reload after signing in can lose the session (see the report to the lead).
    await page.getByRole('link', { name: 'Organizations', exact: true }).click();
    await page.getByRole('button', { name: 'Create organization' }).click();
    await page.getByLabel('Name').fill(organizationName);
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: organizationName }).waitFor(WAIT);

    await page.getByRole('button', { name: 'Invite team' }).click();
    await page.getByRole('dialog').getByRole('textbox', { name: 'Team' }).fill(guests);
    await page.getByRole('checkbox', { name: 'Link environments to this organization (LINK_ENVIRONMENT)' }).check();
    await page.getByRole('button', { name: 'Invite', exact: true }).click();
    const organizationTeams = page.getByRole('table', { name: 'Organization teams' });
    await organizationTeams.getByRole('row').filter({ hasText: guests }).filter({ hasText: 'LINK_ENVIRONMENT' })
      .waitFor(WAIT);

    await page.getByRole('link', { name: 'Link environment' }).click();
    await page.getByRole('combobox', { name: 'Organization' }).filter({ hasText: organizationName }).waitFor(WAIT);
    await page.getByRole('textbox', { name: 'Name' }).fill(environmentName);
    await page.getByRole('textbox', { name: 'AWS account id' }).fill('12345678901');
    await choose(page, 'Region', 'eu-west-1');
    await page.getByRole('button', { name: 'Link environment', exact: true }).click();
    await page.getByText('Enter the 12 digits of the AWS account id').waitFor(WAIT);
    expect(page.url()).toMatch(/\/environments\/new/);
    await expect(accessibilityFindings(page)).resolves.toEqual(ACCESSIBLE);

    const accountId = randomAccountId();
    await page.getByRole('textbox', { name: 'AWS account id' }).fill(accountId);
    await page.getByRole('button', { name: 'Link environment', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: environmentName }).waitFor(WAIT);

    await page.getByRole('tab', { name: 'Stack' }).click();
    await page.getByText('The stack is deployed (CREATE_COMPLETE).').waitFor(WAIT);
    const outputs = page.getByRole('table', { name: 'Stack outputs' });
    await outputs.getByRole('row').filter({ hasText: 'EnvironmentDefaultBucketName' }).waitFor(WAIT);
    await page.getByRole('table', { name: 'Stack logs' }).getByText('Stack CREATE_COMPLETE').waitFor(WAIT);
    await screenshot(person, 'environment-detail');
    await expect(accessibilityFindings(page)).resolves.toEqual(ACCESSIBLE);

    await page.getByRole('tab', { name: 'Teams' }).click();
    await page.getByRole('button', { name: 'Invite team' }).click();
    await page.getByRole('dialog').getByRole('textbox', { name: 'Team' }).fill(guests);
    await page.getByRole('checkbox', { name: 'Create datasets on this environment (CREATE_DATASET)' }).check();
    await page.getByRole('button', { name: 'Invite', exact: true }).click();
    await page.getByRole('table', { name: 'Environment teams' }).getByRole('row').filter({ hasText: guests })
      .filter({ hasText: 'CREATE_DATASET' }).waitFor(WAIT);

    await page.getByRole('tab', { name: 'Consumption roles' }).click();
    await page.getByRole('button', { name: 'Add consumption role' }).click();
    const roleDialog = page.getByRole('dialog');
    await roleDialog.getByRole('textbox', { name: 'Name' }).fill('analysts');
    await roleDialog.getByRole('textbox', { name: 'IAM role ARN' }).fill('arn:aws:iam::111111111111:role/analysts');
    await roleDialog.getByRole('button', { name: 'Add', exact: true }).click();
    await roleDialog.getByText(`The role must belong to the account ${accountId}`).waitFor(WAIT);
    await roleDialog.getByRole('textbox', { name: 'IAM role ARN' }).fill(`arn:aws:iam::${accountId}:role/analysts`);
    await roleDialog.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('table', { name: 'Consumption roles' }).getByRole('row').filter({ hasText: 'analysts' })
      .filter({ hasText: team }).waitFor(WAIT);

    await page.getByRole('tab', { name: 'Networks' }).click();
    await page.getByRole('table', { name: 'Networks' }).getByText('No network yet.').waitFor(WAIT);
    await page.getByRole('tab', { name: 'Overview' }).click();
    await page.getByText(`arn:aws:iam::${accountId}:role/`).waitFor(WAIT);

    await page.getByRole('link', { name: 'Environments', exact: true }).click();
    await page.getByLabel('Search environments').fill(environmentName);
    await page.getByRole('table', { name: 'Environments' }).getByRole('row').filter({ hasText: environmentName })
      .filter({ hasText: organizationName }).waitFor(WAIT);
    await page.getByRole('table', { name: 'Environments' }).getByRole('row').filter({ hasText: environmentName })
      .getByText('UPDATE_COMPLETE').waitFor(WAIT);
    await screenshot(person, 'environments-list');

    await page.getByRole('link', { name: organizationName }).click();
    await page.getByRole('heading', { level: 1, name: organizationName }).waitFor(WAIT);
    await page.getByRole('listitem').filter({ hasText: environmentName }).filter({ hasText: 'UPDATE_COMPLETE' })
      .waitFor(WAIT);
    await screenshot(person, 'organization-detail');
    await expect(accessibilityFindings(page)).resolves.toEqual(ACCESSIBLE);

    expect(person.problems).toEqual([]);
  });

  it('a user outside the environment\'s teams is told they are not authorized', async () => {
    const team = unique('EnvOwners');
    const token = await apiToken(unique('owner'), [team]);
    const { createOrganization } = await graphql<{ createOrganization: { organizationUri: string } }>(token,
      'mutation($input: NewOrganizationInput) { createOrganization(input: $input) { organizationUri } }',
      { input: { label: unique('Org'), SamlGroupName: team } });
    const { createEnvironment } = await graphql<{ createEnvironment: { environmentUri: string } }>(token,
      'mutation($input: NewEnvironmentInput!) { createEnvironment(input: $input) { environmentUri } }',
      { input: { organizationUri: createOrganization.organizationUri, label: unique('Lake'),
        AwsAccountId: randomAccountId(), region: 'eu-west-1', SamlGroupName: team } });
    const outsider = await openBrowserFor(browser, 'outsider');

    // Opening the page signed out leads through the sign-in page and back to it.
    await outsider.page.goto(`/environments/${createEnvironment.environmentUri}`);
    await outsider.page.getByLabel('Username').fill(unique('outsider'));
    await outsider.page.getByLabel('Teams (groups)').fill(unique('Outsiders'));
    await outsider.page.getByRole('button', { name: 'Sign in' }).click();

    const refusal = outsider.page.getByRole('alert').filter({ hasText: 'UnauthorizedOperation' });
    await refusal.waitFor(WAIT);
    await expect(refusal.textContent()).resolves.toContain('GET_ENVIRONMENT');
    expect(outsider.problems).toEqual([]);
  });
});
