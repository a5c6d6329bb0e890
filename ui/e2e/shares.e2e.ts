import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { crawledTable, datasetOf, environmentOf, tokenFor } from './support/api';
import { launchChromium, openBrowserFor, screenshot, signIn, unique, type Person } from './support/browser';
import { openSection, searchCatalog, WAIT } from './support/navigation';

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
    const ownerToken = await tokenFor(ownerName, [ownerTeam]);
    const dataset = await datasetOf(ownerToken, ownerTeam, datasetLabel,
      { description: 'Daily sales by store', tags: ['sales'], topics: ['Sales'] });
    await crawledTable(ownerToken, dataset, 't1', 'store,amount\n1,10\n2,20\n');
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
