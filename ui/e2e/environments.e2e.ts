import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { accessibilityFindings } from './support/accessibility';
import { accountId, environmentOf, tokenFor } from './support/api';
import { launchChromium, openBrowserFor, screenshot, signIn, unique } from './support/browser';
import { choose, openSection, openTab, WAIT } from './support/navigation';

const ACCESSIBLE = { unlabelledControls: [], namelessButtonsAndLinks: [], imagesWithoutAlt: [], h1Count: 1 };

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

    await page.goto('/organizations');
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

    const awsAccountId = accountId();
    await page.getByRole('textbox', { name: 'AWS account id' }).fill(awsAccountId);
    await page.getByRole('button', { name: 'Link environment', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: environmentName }).waitFor(WAIT);

    await openTab(page, 'Stack');
    await page.getByText('The stack is deployed (CREATE_COMPLETE).').waitFor(WAIT);
    const outputs = page.getByRole('table', { name: 'Stack outputs' });
    await outputs.getByRole('row').filter({ hasText: 'EnvironmentDefaultBucketName' }).waitFor(WAIT);
    await page.getByRole('table', { name: 'Stack logs' }).getByText('Stack CREATE_COMPLETE').waitFor(WAIT);
    await screenshot(person, 'environment-detail');
    await expect(accessibilityFindings(page)).resolves.toEqual(ACCESSIBLE);

    await openTab(page, 'Teams');
    await page.getByRole('button', { name: 'Invite team' }).click();
    await page.getByRole('dialog').getByRole('textbox', { name: 'Team' }).fill(guests);
    await page.getByRole('checkbox', { name: 'Create datasets on this environment (CREATE_DATASET)' }).check();
    await page.getByRole('button', { name: 'Invite', exact: true }).click();
    await page.getByRole('table', { name: 'Environment teams' }).getByRole('row').filter({ hasText: guests })
      .filter({ hasText: 'CREATE_DATASET' }).waitFor(WAIT);

    await openTab(page, 'Consumption roles');
    await page.getByRole('button', { name: 'Add consumption role' }).click();
    const roleDialog = page.getByRole('dialog');
    await roleDialog.getByRole('textbox', { name: 'Name' }).fill('analysts');
    await roleDialog.getByRole('textbox', { name: 'IAM role ARN' }).fill('arn:aws:iam::111111111111:role/analysts');
    await roleDialog.getByRole('button', { name: 'Add', exact: true }).click();
    await roleDialog.getByText(`The role must belong to the account ${awsAccountId}`).waitFor(WAIT);
    await roleDialog.getByRole('textbox', { name: 'IAM role ARN' }).fill(`arn:aws:iam::${awsAccountId}:role/analysts`);
    await roleDialog.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('table', { name: 'Consumption roles' }).getByRole('row').filter({ hasText: 'analysts' })
      .filter({ hasText: team }).waitFor(WAIT);

    await openTab(page, 'Networks');
    await page.getByRole('table', { name: 'Networks' }).getByText('No network yet.').waitFor(WAIT);
    await openTab(page, 'Overview');
    await page.getByText(`arn:aws:iam::${awsAccountId}:role/`).waitFor(WAIT);

    await openSection(page, 'Environments');
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
    const { environmentUri } = await environmentOf(await tokenFor(unique('owner'), [team]), team, unique('Lake'));
    const outsider = await openBrowserFor(browser, 'outsider');

    // Opening the page signed out leads through the sign-in page and back to it.
    await outsider.page.goto(`/environments/${environmentUri}`);
    await outsider.page.getByLabel('Username').fill(unique('outsider'));
    await outsider.page.getByLabel('Teams (groups)').fill(unique('Outsiders'));
    await outsider.page.getByRole('button', { name: 'Sign in' }).click();

    const refusal = outsider.page.getByRole('alert').filter({ hasText: 'UnauthorizedOperation' });
    await refusal.waitFor(WAIT);
    await expect(refusal.textContent()).resolves.toContain('GET_ENVIRONMENT');
    expect(outsider.problems).toEqual([]);
  });
});
