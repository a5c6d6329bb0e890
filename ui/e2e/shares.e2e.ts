import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launchChromium, openBrowserFor, screenshot, signIn, unique, type Person } from './support/browser';

/** Where the app's local cloud keeps its buckets (the shared app's data folder). */
const BUCKETS = process.env.GRANTLINE_BUCKETS ?? join('target', 'local-cloud', 'buckets');
const WAIT = { timeout: 60_000 };

async function tokenFor(username: string, groups: string[]): Promise<string> {
  const response = await fetch(`${BASE_URL}/auth/local/token`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, groups }),
  });
  return ((await response.json()) as { token: string }).token;
}

async function api<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: { message: string }[] };
  if (body.errors?.length) {
    throw new Error(body.errors.map((error) => error.message).join('\n'));
  }
  return body.data;
}

async function eventually<T>(what: string, probe: () => Promise<T | null | undefined | false>): Promise<T> {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    const value = await probe();
    if (value) {
      return value;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`Gave up waiting for ${what}`);
}

function accountId(): string {
  return String(100_000_000_000 + Math.floor(Math.random() * 899_999_999_999));
}

/** An organization and an environment of the team, its stack deployed. */
async function environmentOf(token: string, team: string, label: string): Promise<{ organizationUri: string;
  environmentUri: string }> {
  const { createOrganization } = await api<{ createOrganization: { organizationUri: string } }>(token,
    'mutation($input: NewOrganizationInput) { createOrganization(input: $input) { organizationUri } }',
    { input: { label: `${label}-org`, SamlGroupName: team } });
  const { createEnvironment } = await api<{ createEnvironment: { environmentUri: string } }>(token,
    'mutation($input: NewEnvironmentInput!) { createEnvironment(input: $input) { environmentUri } }',
    { input: { organizationUri: createOrganization.organizationUri, label: `${label}-env`, AwsAccountId: accountId(),
      region: 'eu-west-1', SamlGroupName: team } });
  const environmentUri = createEnvironment.environmentUri;
  await eventually('the environment stack', async () => {
    const { getEnvironment } = await api<{ getEnvironment: { stack: { status: string } | null } }>(token,
      'query($uri: String!) { getEnvironment(environmentUri: $uri) { stack { status } } }', { uri: environmentUri });
    return getEnvironment.stack?.status === 'CREATE_COMPLETE';
  });
  return { organizationUri: createOrganization.organizationUri, environmentUri };
}

interface DatasetState {
  stack: { status: string } | null;
  restricted: { S3BucketName: string } | null;
  tables: { nodes: { tableUri: string; name: string }[] } | null;
}

/** A dataset of the owner team, deployed, with the table t1 a crawler found in a CSV file of its bucket. */
async function datasetWithTable(token: string, team: string, label: string): Promise<string> {
  const { organizationUri, environmentUri } = await environmentOf(token, team, label);
  const { createDataset } = await api<{ createDataset: { datasetUri: string } }>(token,
    'mutation($input: NewDatasetInput!) { createDataset(input: $input) { datasetUri } }',
    { input: { label, environmentUri, organizationUri, SamlAdminGroupName: team,
      description: 'Daily sales by store', tags: ['sales'], topics: ['Sales'] } });
  const datasetUri = createDataset.datasetUri;
  const read = async () => (await api<{ getDataset: DatasetState }>(token,
    'query($uri: String!) { getDataset(datasetUri: $uri) { stack { status } restricted { S3BucketName } tables { nodes { tableUri name } } } }',
    { uri: datasetUri })).getDataset;
  const deployed = await eventually('the dataset stack', async () => {
    const dataset = await read();
    return dataset.stack?.status === 'CREATE_COMPLETE' && dataset;
  });
  const folder = join(BUCKETS, deployed.restricted?.S3BucketName ?? '', 't1');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'x.csv'), 'store,amount\n1,10\n2,20\n');
  await api(token, 'mutation($uri: String) { startGlueCrawler(datasetUri: $uri) { Name } }', { uri: datasetUri });
  await eventually('the crawled table', async () => (await read()).tables?.nodes.length);
  return datasetUri;
}

/** Moves through the app's navigation, as a reader does (the page is not loaded again). */
async function openSection(page: Page, section: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: section }).click();
}

async function searchCatalog(page: Page, term: string): Promise<void> {
  await openSection(page, 'Catalog');
  await page.getByLabel('Search the catalog').fill(term);
}

describe('the catalog and shares', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a requester finds a table and requests it, the owner rejects, approves the resubmission, then revokes it', async () => {
    const ownerTeam = unique('Owners');
    const requesterTeam = unique('Analysts');
    // one word: the catalog's full-text search splits words at hyphens
    const datasetLabel = unique('sales').replace('-', '');
    const ownerName = unique('olivia');
    const requesterName = unique('rahul');
    await datasetWithTable(await tokenFor(ownerName, [ownerTeam]), ownerTeam, datasetLabel);
    await environmentOf(await tokenFor(requesterName, [requesterTeam]), requesterTeam, unique('analytics'));

    const requester: Person = await openBrowserFor(browser, 'requester');
    await signIn(requester, requesterName, [requesterTeam]);
    const rp = requester.page;
    await searchCatalog(rp, datasetLabel);
    await rp.getByRole('article', { name: `Dataset ${datasetLabel}` }).waitFor(WAIT);
    await rp.getByRole('checkbox', { name: `${ownerTeam} (2)`, exact: true }).check();
    await rp.getByRole('checkbox', { name: 'Table (1)', exact: true }).check();
    await rp.getByRole('heading', { name: '1 result', exact: true }).waitFor(WAIT);
    const tableHit = rp.getByRole('article', { name: 'Table t1' });
    await expect(tableHit.getByRole('button', { name: 'Request access' }).isVisible()).resolves.toBe(true);
    await screenshot(requester, 'catalog-search');

    await tableHit.getByRole('button', { name: 'Request access' }).click();
    const dialog = rp.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Environment' }).filter({ hasText: 'analytics' }).waitFor(WAIT);
    await dialog.getByRole('checkbox', { name: 'Write' }).check();
    await dialog.getByLabel('Purpose of the request').fill('Weekly sales report');
    await dialog.getByRole('button', { name: 'Request access' }).click();
    // the environments are in two accounts: the API refuses Write and says so next to the permissions
    await dialog.getByText('only granted within one account', { exact: false }).waitFor(WAIT);
    await screenshot(requester, 'catalog-request-access');
    await dialog.getByRole('checkbox', { name: 'Write' }).uncheck();
    await dialog.getByRole('button', { name: 'Request access' }).click();
    await rp.waitForURL(/\/shares\/[^/]+$/, WAIT);
    const shareUrl = rp.url();
    await rp.getByText('Share: Submitted').waitFor(WAIT);
    await rp.getByRole('table', { name: 'Shared items' }).getByText('PendingApproval').waitFor(WAIT);

    const owner: Person = await openBrowserFor(browser, 'owner');
    await signIn(owner, ownerName, [ownerTeam]);
    const op = owner.page;
    await openSection(op, 'Shares');
    const inbox = op.getByRole('table', { name: 'Requests received' });
    await inbox.getByRole('link', { name: datasetLabel }).waitFor(WAIT);
    await screenshot(owner, 'shares-inbox');
    await inbox.getByRole('link', { name: datasetLabel }).click();
    await op.getByRole('button', { name: 'Reject' }).click();
    await op.getByRole('dialog').getByLabel('Reason for rejecting').fill('Say which report needs it');
    await op.getByRole('dialog').getByRole('button', { name: 'Reject' }).click();
    await op.getByText('Share: Rejected').waitFor(WAIT);

    // the requester sees the rejection and its reason live, and submits again
    await rp.getByText('Share: Rejected').waitFor(WAIT);
    await rp.getByText('Say which report needs it').waitFor(WAIT);
    await rp.getByRole('button', { name: 'Submit' }).click();
    await rp.getByRole('dialog').getByRole('button', { name: 'Submit' }).click();
    await rp.getByText('Share: Submitted').waitFor(WAIT);

    await op.getByRole('button', { name: 'Approve' }).click();
    await op.getByRole('dialog').getByRole('button', { name: 'Approve' }).click();
    await op.getByRole('table', { name: 'Shared items' }).getByText('Share_Succeeded').waitFor(WAIT);

    // the requester's page follows the share without reloading
    await rp.getByRole('table', { name: 'Shared items' }).getByText('Share_Succeeded').waitFor(WAIT);
    await rp.getByText('The share is processed', { exact: false }).waitFor(WAIT);
    await screenshot(requester, 'share-detail');
    await searchCatalog(rp, datasetLabel);
    await rp.getByRole('checkbox', { name: 'Table (1)', exact: true }).check();
    await tableHit.getByText('You have access').waitFor(WAIT);
    await tableHit.getByRole('link', { name: 'View the share' }).click();
    await rp.waitForURL(shareUrl, WAIT);

    await op.getByRole('checkbox', { name: 'Select t1' }).check();
    await op.getByRole('button', { name: 'Revoke' }).click();
    await op.getByRole('dialog').getByRole('button', { name: 'Revoke' }).click();
    await op.getByRole('table', { name: 'Shared items' }).getByText('Revoke_Succeeded').waitFor(WAIT);
    await rp.getByRole('table', { name: 'Shared items' }).getByText('Revoke_Succeeded').waitFor(WAIT);
    await searchCatalog(rp, datasetLabel);
    await rp.getByRole('checkbox', { name: 'Table (1)', exact: true }).check();
    await tableHit.getByRole('button', { name: 'Request access' }).waitFor(WAIT);

    expect(requester.problems).toEqual([]);
    expect(owner.problems).toEqual([]);
  });
});
