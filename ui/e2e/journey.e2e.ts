import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { accountId, dropFile, environmentOf, tokenFor } from './support/api';
import { launchChromium, openBrowserFor, screenshot, signIn, unique, type Person } from './support/browser';
import { choose, openSection, openTab, searchCatalog } from './support/navigation';

/** Longer than the other specs' wait: the journey crawls and processes shares on a busy machine. */
const WAIT = { timeout: 90_000 };

/**
 * The main journey of the issue, in Chromium, as two people at their own browsers: the owner links an
 * environment, creates a dataset, drops a CSV into its bucket and crawls it, and the table reaches the catalog;
 * the requester finds it and asks for it; the owner approves; the requester sees the access and a preview of the
 * rows; the owner revokes; the governance history and "access at" tell all of it.
 */
describe('the main journey', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('from an empty account to a granted, previewed, revoked and audited table', async () => {
    const ownerTeam = unique('Stewards');
    const requesterTeam = unique('Analysts');
    const ownerName = unique('olga');
    const requesterName = unique('ravi');
    // one word: the catalog's full-text search splits words at hyphens
    const datasetName = unique('orders').replace('-', '');
    // a table name of this run only: a catalog list still showing another run's results cannot offer it
    const tableName = `daily${Date.now().toString(36)}`;

    // the owner: organization, environment (through the form), dataset, a CSV, the crawler
    const owner: Person = await openBrowserFor(browser, 'owner');
    const op = owner.page;
    await signIn(owner, ownerName, [ownerTeam]);
    await openSection(op, 'Organizations');
    await op.getByRole('button', { name: 'Create organization' }).click();
    await op.getByLabel('Name').fill(`${datasetName} company`);
    await op.getByRole('button', { name: 'Create', exact: true }).click();
    await op.getByRole('heading', { level: 1, name: `${datasetName} company` }).waitFor(WAIT);
    await op.getByRole('link', { name: 'Link environment' }).click();
    await op.getByRole('textbox', { name: 'Name' }).fill(`${datasetName} lake`);
    await op.getByRole('textbox', { name: 'AWS account id' }).fill(accountId());
    await choose(op, 'Region', 'eu-west-1');
    await op.getByRole('button', { name: 'Link environment', exact: true }).click();
    await op.getByRole('heading', { level: 1, name: `${datasetName} lake` }).waitFor(WAIT);
    await openTab(op, 'Stack');
    await op.getByText('The stack is deployed (CREATE_COMPLETE).').waitFor(WAIT);
    await screenshot(owner, 'journey-1-environment-stack');

    await openSection(op, 'Datasets');
    await op.getByRole('link', { name: 'Create dataset' }).click();
    await op.getByRole('textbox', { name: 'Name', exact: true }).fill(datasetName);
    await choose(op, 'Environment', new RegExp(`${datasetName} lake`));
    await op.getByRole('textbox', { name: 'Description' }).fill('Orders of every store, by day');
    await op.getByRole('button', { name: 'Create', exact: true }).click();
    await op.getByRole('heading', { level: 1, name: datasetName }).waitFor(WAIT);
    await op.getByText('Stack: CREATE_COMPLETE').waitFor(WAIT);
    const datasetUrl = op.url();
    const datasetUri = new URL(datasetUrl).pathname.split('/')[2];
    const bucket = (await op.getByRole('table', { name: 'AWS resources' }).getByRole('row', { name: /S3 bucket/ })
      .getByRole('cell').textContent())?.trim() ?? '';
    dropFile(bucket, `${tableName}/orders.csv`, 'store,day,amount\nlyon,2026-11-01,120.5\nnantes,2026-11-01,80\nlille,2026-11-02,42.25\n');
    await openTab(op, 'Crawler');
    await op.getByRole('button', { name: 'Start crawler' }).click();
    await op.getByText('Last run: SUCCEEDED').waitFor(WAIT);
    await openTab(op, 'Tables');
    await op.getByRole('link', { name: tableName, exact: true }).waitFor(WAIT);
    await screenshot(owner, 'journey-2-dataset-tables');

    // the table reaches the catalog
    await searchCatalog(op, datasetName);
    await op.getByRole('article', { name: `Table ${tableName}` }).getByText('Your team owns it').waitFor(WAIT);

    // the requester, with an environment of their team's own, finds the table and asks for it
    await environmentOf(await tokenFor(requesterName, [requesterTeam]), requesterTeam, unique('analytics'));
    const requester: Person = await openBrowserFor(browser, 'requester');
    const rp = requester.page;
    await signIn(requester, requesterName, [requesterTeam]);
    await searchCatalog(rp, datasetName);
    const tableHit = rp.getByRole('article', { name: `Table ${tableName}` });
    await tableHit.getByRole('button', { name: 'Request access' }).click();
    const request = rp.getByRole('dialog');
    await request.getByRole('combobox', { name: 'Environment' }).filter({ hasText: 'analytics' }).waitFor(WAIT);
    await request.getByLabel('Purpose of the request').fill('Forecast the orders of December');
    await screenshot(requester, 'journey-3-request-access');
    await request.getByRole('button', { name: 'Request access' }).click();
    await rp.waitForURL(/\/shares\/[^/]+$/, WAIT);
    await rp.getByText('Share: Submitted').waitFor(WAIT);

    // the owner approves from the inbox
    await openSection(op, 'Shares');
    // the inbox follows share status pushes: the request shows up once the read model has it
    const received = op.getByRole('table', { name: 'Requests received' }).getByRole('link', { name: datasetName });
    await received.waitFor(WAIT);
    await received.click();
    await op.getByRole('button', { name: 'Approve' }).click();
    await op.getByRole('dialog').getByRole('button', { name: 'Approve' }).click();
    await op.getByRole('table', { name: 'Shared items' }).getByText('Share_Succeeded').waitFor(WAIT);

    // the requester sees the grant arrive, then previews the rows of the table
    await rp.getByRole('table', { name: 'Shared items' }).getByText('Share_Succeeded').waitFor(WAIT);
    const granted = new Date();
    await screenshot(requester, 'journey-4-share-granted');
    await rp.getByRole('table', { name: 'Shared items' }).getByRole('link', { name: tableName }).click();
    await rp.getByRole('heading', { level: 1, name: tableName }).waitFor(WAIT);
    const preview = rp.getByRole('table', { name: 'Preview rows' });
    await preview.getByRole('cell', { name: 'nantes', exact: true }).waitFor(WAIT);
    await expect(preview.getByRole('row').count()).resolves.toBe(4);
    const tableUri = new URL(rp.url()).pathname.split('/')[4];
    await screenshot(requester, 'journey-5-table-preview');

    // the owner revokes
    await op.getByRole('checkbox', { name: `Select ${tableName}` }).check();
    await op.getByRole('button', { name: 'Revoke' }).click();
    await op.getByRole('dialog').getByRole('button', { name: 'Revoke' }).click();
    await op.getByRole('table', { name: 'Shared items' }).getByText('Revoke_Succeeded').waitFor(WAIT);

    // the governance history tells it: the dataset's timeline holds the share's approval and revocation
    await op.goto(`/governance/${encodeURIComponent(datasetUri)}`);
    const events = op.getByRole('list', { name: 'History events' });
    await events.getByText('DatasetCreated', { exact: false }).first().waitFor(WAIT);
    await events.getByText('ShareObjectApproved', { exact: false }).first().waitFor(WAIT);
    await events.getByText(/Revoke/).first().waitFor(WAIT);
    await screenshot(owner, 'journey-6-governance-timeline');

    // who could read the table while it was shared, and now
    await op.goto(`/governance/${encodeURIComponent(tableUri)}/access-at?at=${encodeURIComponent(granted.toISOString())}`);
    const whileShared = op.getByRole('table', { name: /^Access at/ });
    await whileShared.getByRole('row').filter({ hasText: requesterTeam }).filter({ hasText: 'SHARE' }).waitFor(WAIT);
    await expect(whileShared.getByRole('row').filter({ hasText: requesterTeam }).textContent()).resolves
      .toContain(ownerName);
    await screenshot(owner, 'journey-7-access-at-while-shared');
    await op.goto(`/governance/${encodeURIComponent(tableUri)}/access-at`);
    const now = op.getByRole('table', { name: /^Access at/ });
    await now.getByRole('row').filter({ hasText: ownerTeam }).first().waitFor(WAIT);
    await expect(now.getByRole('row').filter({ hasText: requesterTeam }).count()).resolves.toBe(0);

    expect(owner.problems).toEqual([]);
    expect(requester.problems).toEqual([]);
  });
});
