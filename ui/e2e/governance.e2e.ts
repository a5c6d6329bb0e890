import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { api, datasetOf, environmentOf, tokenFor, type Dataset } from './support/api';
import { launchChromium, openBrowserFor, screenshot, signIn, unique } from './support/browser';
import { choose, openTab, WAIT } from './support/navigation';

/** A user with a team of their own, and a token to set up what they own through the API. */
interface Owner {
  username: string;
  team: string;
  token: string;
}

async function newOwner(prefix: string): Promise<Owner> {
  const username = unique(prefix);
  const team = unique(`${prefix}Team`);
  return { username, team, token: await tokenFor(username, [team]) };
}

/** Changes a dataset through the API, as another client would: the history must show the change. */
async function updateDataset(owner: Owner, dataset: Dataset, input: Record<string, unknown>): Promise<void> {
  await api(owner.token, 'mutation($uri: String!, $input: ModifyDatasetInput) { updateDataset(datasetUri: $uri, input: $input) { datasetUri } }',
    { uri: dataset.datasetUri, input: { KmsAlias: dataset.kmsAlias, ...input } });
}

/** The timeline entry of the first event of that type. */
function entry(page: Page, action: string) {
  return page.getByRole('list', { name: 'History events' }).getByRole('listitem')
    .filter({ has: page.getByText(action, { exact: true }) }).first();
}

describe('governance history, glossaries and notifications', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows a dataset\'s history with its changes, who could access it when, and exports it', async () => {
    const owner = await newOwner('historian');
    const dataset = await datasetOf(owner.token, owner.team, unique('ledger'));
    const person = await openBrowserFor(browser, 'owner');
    await signIn(person, owner.username, [owner.team]);
    const { page } = person;

    await page.goto('/governance');
    await choose(page, 'Or one of your datasets', new RegExp(dataset.label));
    await entry(page, 'DatasetCreated').waitFor(WAIT);
    await expect(entry(page, 'DatasetCreated').textContent()).resolves.toContain(`by ${owner.username}`);
    expect(page.url()).toContain(`/governance/${dataset.datasetUri}`);

    await updateDataset(owner, dataset, { description: 'Ledger of every sale, revised' });
    await page.getByRole('button', { name: 'Refresh' }).click();
    const changes = page.getByRole('table', { name: /^Changes of DatasetUpdated/ }).first();
    const description = changes.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'description' }) });
    await description.waitFor(WAIT);
    await expect(description.textContent()).resolves.toMatch(/No description provided.*Ledger of every sale, revised/);
    await screenshot(person, 'governance-timeline');

    await entry(page, 'DatasetUpdated').getByRole('button', { name: /Show every step of correlation/ }).click();
    await page.getByText(/^Steps of correlation /).waitFor(WAIT);
    await entry(page, 'DatasetUpdated').waitFor(WAIT);
    expect(page.url()).toContain('correlationId=');
    await expect(page.getByText('DatasetCreated', { exact: true }).count()).resolves.toBe(0);

    await openTab(page, 'Access at');
    const access = page.getByRole('table', { name: /^Access at / });
    await access.getByRole('row').filter({ hasText: 'Owner team' }).waitFor(WAIT);
    await expect(access.textContent()).resolves.toContain(owner.team);
    await screenshot(person, 'governance-access-at');

    await page.getByLabel('At', { exact: true }).fill('2020-01-01T00:00');
    await page.getByRole('button', { name: 'Show access' }).click();
    await page.getByText(new RegExp(`Nobody could access ${dataset.datasetUri} at`)).waitFor(WAIT);
    expect(page.url()).toContain('/access-at?at=2020-01-01');

    await openTab(page, 'History');
    const [download] = await Promise.all([
      page.waitForEvent('download', WAIT),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`governance-history-${dataset.datasetUri}.csv`);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.split(/\r?\n/)[0]).toBe('eventId,position,time,actor,action,aggregateUri,resourceUri,resourceType,summary,correlationId,causationId,changes');
    expect(csv).toContain(`,${owner.username},DatasetCreated,${dataset.datasetUri},`);
    expect(csv).toContain(',DatasetUpdated,');
    expect(person.problems).toEqual([]);

    const outsider = await openBrowserFor(browser, 'outsider');
    await signIn(outsider, unique('outsider'), [unique('OutsiderTeam')]);
    await outsider.page.goto('/governance');
    await outsider.page.getByLabel('Resource URI').fill(dataset.datasetUri);
    await outsider.page.getByRole('button', { name: 'Show', exact: true }).click();
    await outsider.page.getByRole('alert').filter({ hasText: 'UnauthorizedOperation' }).first().waitFor(WAIT);
    await outsider.page.getByRole('button', { name: 'Export CSV' }).click();
    await outsider.page.getByRole('alert').filter({ hasText: 'UnauthorizedOperation' }).nth(1).waitFor(WAIT);
    // the browser itself reports the refused download (HTTP 403) on the console: that line, and nothing else
    expect(outsider.problems).toEqual([expect.stringContaining('403')]);
  });

  it('builds a glossary through its tree and approves a term\'s link to a dataset', async () => {
    const owner = await newOwner('steward');
    const dataset = await datasetOf(owner.token, owner.team, unique('orders'));
    const person = await openBrowserFor(browser, 'steward');
    await signIn(person, owner.username, [owner.team]);
    const { page } = person;
    const glossaryName = unique('Business glossary');
    const termName = unique('Revenue');

    await page.goto('/glossaries');
    await page.getByRole('button', { name: 'Create glossary' }).click();
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.getByText('Enter a name').waitFor();
    await page.getByLabel('Name').fill(glossaryName);
    await page.getByLabel('Description').fill('The words the business uses');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: glossaryName }).waitFor(WAIT);

    await page.getByRole('button', { name: 'Add category' }).click();
    await page.getByLabel('Name').fill('Finance');
    await page.getByRole('button', { name: 'Add category' }).last().click();
    await page.getByRole('heading', { level: 2, name: 'Finance' }).waitFor(WAIT);
    await page.getByRole('button', { name: 'Add term' }).click();
    await page.getByLabel('Name').fill(termName);
    await page.getByLabel('Description').fill('Income from sales');
    await page.getByRole('button', { name: 'Add term' }).last().click();
    await page.getByRole('heading', { level: 2, name: termName }).waitFor(WAIT);
    const termUri = new URL(page.url()).searchParams.get('node');
    expect(termUri).toBeTruthy();

    const tree = page.getByRole('list', { name: 'Categories and terms' });
    await tree.getByRole('button', { name: 'Collapse Finance' }).click();
    await tree.getByRole('button', { name: 'Expand Finance' }).waitFor();
    await expect(tree.getByRole('button', { name: 'Expand Finance' }).getAttribute('aria-expanded')).resolves.toBe('false');
    await tree.getByRole('button', { name: 'Expand Finance' }).press('Enter');
    await tree.getByRole('button', { name: new RegExp(`^${termName}`) }).click();

    await updateDataset(owner, dataset, { terms: [termUri] });
    await page.getByRole('button', { name: 'Refresh associations' }).click();
    const associations = page.getByRole('table', { name: `Associations of ${termName}` });
    const link = associations.getByRole('row').filter({ hasText: dataset.label });
    await link.getByText('Awaiting approval').waitFor(WAIT);
    await link.getByRole('button', { name: `Approve the link of ${dataset.label} to ${termName}` }).click();
    await link.getByText('Approved', { exact: true }).waitFor(WAIT);
    await screenshot(person, 'glossary-tree');

    await page.goto('/glossaries');
    await page.getByLabel('Search terms').fill(termName);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('list', { name: 'Matching terms' }).getByRole('link', { name: termName }).click();
    await page.getByRole('heading', { level: 2, name: termName }).waitFor(WAIT);
    expect(person.problems).toEqual([]);
  });

  it('rings the owner\'s bell when a share is requested, without a reload, and marks all read', async () => {
    const owner = await newOwner('keeper');
    const dataset = await datasetOf(owner.token, owner.team, unique('stock'));
    const { createDatasetStorageLocation: folder } = await api<{ createDatasetStorageLocation: { locationUri: string } }>(
      owner.token, 'mutation($uri: String!, $input: NewDatasetStorageLocationInput) { createDatasetStorageLocation(datasetUri: $uri, input: $input) { locationUri } }',
      { uri: dataset.datasetUri, input: { label: 'raw', prefix: 'raw' } });
    const requester = await newOwner('analyst');
    const { environmentUri } = await environmentOf(requester.token, requester.team, unique('analytics'));
    const person = await openBrowserFor(browser, 'keeper');
    await signIn(person, owner.username, [owner.team]);
    const { page } = person;
    await page.getByRole('button', { name: 'Notifications: 0 unread' }).click();
    await page.getByText('You have no notification yet.').waitFor(WAIT);

    const { createShareObject } = await api<{ createShareObject: { shareUri: string } }>(requester.token,
      `mutation($uri: String!, $item: String, $input: NewShareObjectInput!) {
         createShareObject(datasetUri: $uri, itemUri: $item, itemType: "StorageLocation", input: $input) { shareUri } }`,
      { uri: dataset.datasetUri, item: folder.locationUri, input: { environmentUri, groupUri: requester.team,
        principalId: requester.team, principalType: 'Group', permissions: ['Read'], requestPurpose: 'stock analysis' } });
    await api(requester.token, 'mutation($uri: String!) { submitShareObject(shareUri: $uri) { status } }',
      { uri: createShareObject.shareUri });

    await page.getByRole('button', { name: 'Notifications: 1 unread' }).waitFor(WAIT);
    const row = page.getByRole('table', { name: 'Notifications' }).getByRole('row').filter({ hasText: dataset.label });
    await row.getByText('Share request submitted').waitFor(WAIT);
    await expect(row.getByRole('link', { name: 'Open the share' }).getAttribute('href'))
      .resolves.toBe(`/shares/${createShareObject.shareUri}`);
    await screenshot(person, 'notifications');

    await page.getByRole('button', { name: 'Mark all as read' }).click();
    await page.getByText('Marked 1 notification(s) as read.').waitFor(WAIT);
    await page.getByRole('button', { name: 'Notifications: 0 unread' }).waitFor(WAIT);
    await openTab(page, 'Unread');
    await page.getByText('You have read every notification.').waitFor(WAIT);
    expect(person.problems).toEqual([]);
  });
});
