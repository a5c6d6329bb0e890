import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { api, dropFile, environmentOf, tokenFor } from './support/api';
import { launchChromium, openBrowserFor, screenshot, signIn, unique } from './support/browser';
import { choose, openSection, openTab, WAIT } from './support/navigation';

/** Set-up outside this area, through the API: a glossary of the team with one term. */
async function glossaryTerm(token: string, team: string, term: string): Promise<void> {
  const glossary = await api<{ createGlossary: { nodeUri: string } }>(token,
    'mutation($input: CreateGlossaryInput) { createGlossary(input: $input) { nodeUri } }',
    { input: { label: unique('Sales glossary'), admin: team, readme: 'Words of the sales team' } });
  await api(token, `mutation($parentUri: String!, $input: CreateTermInput) {
    createTerm(parentUri: $parentUri, input: $input) { nodeUri } }`,
  { parentUri: glossary.createGlossary.nodeUri, input: { label: term, readme: 'Money received for sales' } });
}

describe('datasets', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('creates a dataset, crawls a file into a table, previews and profiles it, and talks about it', async () => {
    const team = unique('Analysts');
    const username = unique('ana');
    const token = await tokenFor(username, [team]);
    const { environmentLabel } = await environmentOf(token, team, unique('env'));
    const term = unique('Revenue');
    await glossaryTerm(token, team, term);
    const person = await openBrowserFor(browser, 'ana');
    const { page } = person;
    await signIn(person, username, [team]);
    const name = unique('Sales');

    await openSection(page, 'Datasets');
    await page.getByRole('link', { name: 'Create dataset' }).click();
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.getByText('Enter a name').waitFor();
    await page.getByText('Choose an environment').waitFor();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
    await choose(page, 'Environment', new RegExp(environmentLabel));
    await page.getByRole('textbox', { name: 'Description' }).fill('Sales of the quarter');
    await page.getByRole('button', { name: 'Create', exact: true }).click();

    await page.getByRole('heading', { level: 1, name }).waitFor(WAIT);
    await page.getByText('Stack: CREATE_COMPLETE').waitFor(WAIT);
    const resources = page.getByRole('table', { name: 'AWS resources' });
    const bucket = (await resources.getByRole('row', { name: /S3 bucket/ }).getByRole('cell').textContent())?.trim();
    expect(bucket).toMatch(/^[a-z0-9.-]+$/);
    await expect(page.getByRole('table', { name: 'Ownership' }).textContent()).resolves.toContain(team);

    dropFile(bucket!, 'sales/file.csv', 'id,region,amount\n1,north,10.5\n2,south,20\n3,east,7.25\n');

    await openTab(page, 'Crawler');
    await page.getByText('The crawler has not run yet.').waitFor(WAIT);
    await page.getByRole('button', { name: 'Start crawler' }).click();
    await page.getByText('Last run: SUCCEEDED').waitFor(WAIT);

    await openTab(page, 'Tables');
    await page.getByRole('link', { name: 'sales', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'sales' }).waitFor(WAIT);
    const columns = page.getByRole('table', { name: 'Columns' });
    await columns.getByRole('cell', { name: 'amount', exact: true }).waitFor(WAIT);
    await columns.getByRole('cell', { name: 'double', exact: true }).waitFor();
    const preview = page.getByRole('table', { name: 'Preview rows' });
    await preview.getByRole('cell', { name: 'south', exact: true }).waitFor(WAIT);
    await expect(preview.getByRole('row').count()).resolves.toBe(4);

    await page.getByRole('button', { name: 'Run profiling' }).click();
    await page.getByText('Last run: SUCCEEDED').waitFor(WAIT);
    const statistics = page.getByRole('table', { name: 'Profiling statistics' });
    await statistics.getByRole('row', { name: /amount/ }).waitFor(WAIT);
    await page.getByText('Rows: 3').waitFor();
    await expect(statistics.getByRole('row', { name: /amount/ }).textContent()).resolves.toContain('7.25');

    await page.getByRole('button', { name: 'Edit the description of region' }).click();
    await page.getByRole('dialog').getByRole('textbox', { name: 'Description' }).fill('Where it was sold');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await columns.getByRole('cell', { name: 'Where it was sold' }).waitFor(WAIT);
    await screenshot(person, 'dataset-table');

    await page.getByRole('link', { name }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor(WAIT);
    await openTab(page, 'Feed');
    await page.getByRole('button', { name: 'Post' }).click();
    await page.getByText('Write a message').waitFor();
    await page.getByRole('textbox', { name: 'Message' }).fill('The quarter is in');
    await page.getByRole('button', { name: 'Post' }).click();
    await page.getByRole('list', { name: 'Feed messages' }).getByText('The quarter is in').waitFor(WAIT);

    await page.getByRole('button', { name: 'Up-vote (0)' }).click();
    await page.getByRole('button', { name: 'Up-voted (1)' }).waitFor(WAIT);

    await openTab(page, 'Folders');
    await page.getByRole('button', { name: 'Create folder' }).click();
    const folderDialog = page.getByRole('dialog');
    await folderDialog.getByRole('button', { name: 'Create' }).click();
    await folderDialog.getByText('Enter a name').waitFor();
    await folderDialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Raw drops');
    await folderDialog.getByRole('textbox', { name: 'S3 prefix' }).fill('raw');
    await folderDialog.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('table', { name: 'Folders' }).getByRole('cell', { name: 'Raw drops', exact: true }).waitFor(WAIT);

    await openTab(page, 'Edit');
    await page.getByRole('textbox', { name: 'Description' }).fill('Sales of the quarter, by region');
    await page.getByRole('combobox', { name: 'Glossary terms' }).fill(term);
    await page.getByRole('option', { name: new RegExp(term) }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('The dataset is saved.').waitFor(WAIT);
    await page.getByText('Sales of the quarter, by region').first().waitFor(WAIT);
    await openTab(page, 'Glossary terms');
    await page.getByRole('list', { name: 'Glossary terms' }).getByRole('link', { name: term }).waitFor(WAIT);

    await openTab(page, 'Overview');
    await page.getByText(/Stack: (UPDATE|CREATE)_COMPLETE/).waitFor(WAIT);
    const statisticsOfDataset = page.getByRole('table', { name: 'Statistics' });
    await expect(statisticsOfDataset.getByRole('row', { name: /Tables/ }).textContent()).resolves.toContain('1');
    await page.waitForTimeout(500); // the tab indicator's slide, for a still screenshot
    await screenshot(person, 'dataset-detail');

    await openSection(page, 'Datasets');
    await page.getByRole('textbox', { name: 'Search datasets' }).fill(name);
    const row = page.getByRole('table', { name: 'Datasets' }).getByRole('row', { name: new RegExp(name) });
    await row.waitFor(WAIT);
    await expect(row.textContent()).resolves.toContain('CREATE_COMPLETE');
    await screenshot(person, 'datasets-list');
    expect(person.problems).toEqual([]);
  });

  it('shows the API\'s refusal of an import next to the bucket it cannot find', async () => {
    const team = unique('Importers');
    const username = unique('imp');
    const { environmentLabel } = await environmentOf(await tokenFor(username, [team]), team, unique('env'));
    const person = await openBrowserFor(browser, 'imp');
    const { page } = person;
    await signIn(person, username, [team]);

    await openSection(page, 'Datasets');
    await page.getByRole('link', { name: 'Import dataset' }).click();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Enter the name of the existing bucket').waitFor();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill(unique('Legacy'));
    await choose(page, 'Environment', new RegExp(environmentLabel));
    const missingBucket = unique('no-such-bucket').toLowerCase();
    await page.getByRole('textbox', { name: 'S3 bucket name' }).fill(missingBucket);
    await page.getByRole('button', { name: 'Import', exact: true }).click();

    await page.getByText(`S3 bucket ${missingBucket} cannot be found`, { exact: false }).waitFor(WAIT);
    await expect(page.getByRole('textbox', { name: 'S3 bucket name' }).getAttribute('aria-invalid')).resolves.toBe('true');
    expect(page.url()).toMatch(/\/datasets\/import$/);
    expect(person.problems).toEqual([]);
  });
});
