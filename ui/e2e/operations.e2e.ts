import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { api, environmentOf, eventually, organizationOf, tokenFor } from './support/api';
import { launchChromium, openBrowserFor, screenshot, signIn, unique } from './support/browser';
import { choose, WAIT } from './support/navigation';

const ADMIN_GROUP = 'DAAdministrators';

/** A webhook receiver on a free port that answers 200 and keeps every request it got. */
interface Receiver {
  url: string;
  requests: { headers: IncomingHttpHeaders; body: { type?: string } }[];
  server: Server;
}

async function startReceiver(): Promise<Receiver> {
  const requests: Receiver['requests'] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => { body += chunk.toString(); });
    request.on('end', () => {
      requests.push({ headers: request.headers, body: JSON.parse(body || '{}') as { type?: string } });
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hook`, requests, server };
}

describe('operations: saga runs, webhooks and tenant permissions', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lists the run of an environment stack, filters it by kind and shows its steps with durations', async () => {
    const team = unique('OpsTeam');
    const username = unique('ops-admin');
    const token = await tokenFor(username, [ADMIN_GROUP, team]);
    const { environmentUri } = await environmentOf(token, team, unique('ops'));
    const person = await openBrowserFor(browser, 'administrator');
    await signIn(person, username, [ADMIN_GROUP, team]);
    const { page } = person;

    await page.goto('/operations/saga-runs');
    await page.getByRole('heading', { name: 'Saga runs', level: 1 }).waitFor();
    await page.getByLabel('Target URI').fill(environmentUri);
    const runs = page.getByRole('table', { name: 'Saga runs' });
    // the environment's stack is deployed once or more: any of its runs will do
    const environmentRun = runs.getByRole('row').filter({ hasText: 'ENVIRONMENT_STACK' })
      .filter({ hasText: environmentUri }).filter({ hasText: 'SUCCEEDED' }).first();
    await environmentRun.waitFor(WAIT);

    await choose(page, 'Kind', 'DATASET_STACK');
    await runs.getByText('No saga run matches these filters.').waitFor();
    await choose(page, 'Kind', 'ENVIRONMENT_STACK');
    await environmentRun.waitFor();
    expect(page.url()).toContain('kind=ENVIRONMENT_STACK');
    await page.getByRole('heading', { name: 'Projections' }).waitFor();
    await page.getByRole('table', { name: 'Projections' }).getByRole('row', { name: /read-model/ }).waitFor();
    await screenshot(person, 'operations-saga-runs');

    await environmentRun.getByRole('link', { name: 'ENVIRONMENT_STACK' }).click();
    await page.getByRole('heading', { name: 'ENVIRONMENT_STACK run' }).waitFor();
    const steps = page.getByRole('table', { name: 'Steps' });
    await steps.getByRole('row').filter({ hasText: 'deploy' }).waitFor();
    await expect(steps.getByRole('row').filter({ hasText: 'deploy' }).textContent())
      .resolves.toMatch(/\d+(\.\d)? (ms|s)/);
    await page.getByRole('link', { name: environmentUri, exact: true }).waitFor();
    // a run that succeeded is neither retried nor cancelled: the API would refuse, so the page does not offer it
    expect(await page.getByRole('button', { name: 'Retry' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Cancel run' }).count()).toBe(0);
    await screenshot(person, 'operations-saga-run-detail');
    expect(person.problems).toEqual([]);
  });

  it('creates a webhook subscription, shows its secret once and delivers a test and a real event', async () => {
    const receiver = await startReceiver();
    try {
      const team = unique('HookTeam');
      const username = unique('hook-admin');
      const token = await tokenFor(username, [ADMIN_GROUP, team]);
      const organizationUri = await organizationOf(token, team, unique('ops'));
      const person = await openBrowserFor(browser, 'administrator');
      await person.context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await signIn(person, username, [ADMIN_GROUP, team]);
      const { page } = person;

      await page.goto('/operations/webhooks');
      await page.getByRole('button', { name: 'Create subscription' }).click();
      const form = page.getByRole('dialog', { name: 'Create a webhook subscription' });
      await form.getByRole('button', { name: 'Create' }).click();
      await form.getByText('Enter the URL that receives the events').waitFor();

      await form.getByLabel('Receiver URL').fill(receiver.url);
      await form.getByRole('combobox', { name: 'Event types' }).fill('io.grantline.NoSuchEvent');
      await form.getByRole('combobox', { name: 'Event types' }).press('Enter');
      await form.getByRole('button', { name: 'Create' }).click();
      await form.getByText(/contains unknown event type 'io.grantline.NoSuchEvent'/).waitFor();
      await form.getByRole('combobox', { name: 'Event types' }).press('Backspace');
      await form.getByLabel('Resource filter (optional)').fill(organizationUri);
      await form.getByRole('button', { name: 'Create' }).click();

      const secretDialog = page.getByRole('dialog', { name: 'The signing secret' });
      await secretDialog.getByText('it will not be shown again').waitFor();
      const secret = await secretDialog.getByLabel('Signing secret').inputValue();
      expect(secret.length).toBeGreaterThan(16);
      await secretDialog.getByRole('button', { name: 'Copy secret' }).click();
      await secretDialog.getByText('Copied to the clipboard.').waitFor();
      await secretDialog.getByRole('button', { name: 'I have stored it' }).click();

      await page.getByRole('heading', { name: 'Webhook subscription' }).waitFor();
      await page.getByText(organizationUri).first().waitFor();
      expect(await page.content()).not.toContain(secret);
      await page.getByRole('button', { name: 'Send a test event' }).click();
      await page.getByText('Delivered: the receiver answered HTTP 200').waitFor(WAIT);
      const test = receiver.requests.find((request) => request.body.type === 'io.grantline.webhook.WebhookTest');
      expect(test?.headers['x-grantline-signature']).toMatch(/^sha256=[0-9a-f]{64}$/);

      await api(token, 'mutation ($uri: String!, $input: ModifyOrganizationInput!) { updateOrganization('
        + 'organizationUri: $uri, input: $input) { organizationUri } }',
      { uri: organizationUri, input: { description: 'watched by a webhook' } });
      await eventually('the organization event at the receiver', async () =>
        receiver.requests.some((request) => request.body.type?.endsWith('OrganizationUpdated')));
      await page.getByRole('button', { name: 'Refresh the deliveries' }).click();
      await page.getByRole('table', { name: 'Deliveries' }).getByRole('row')
        .filter({ hasText: 'OrganizationUpdated' }).filter({ hasText: 'DELIVERED' }).waitFor(WAIT);
      await page.getByRole('table', { name: 'Dead letters' }).getByText(/No dead letter/).waitFor();
      await page.getByRole('button', { name: 'Edit' }).click();
      const editForm = page.getByRole('dialog', { name: 'Edit the webhook subscription' });
      await editForm.getByLabel('Description').fill('Organization changes for the audit system');
      await editForm.getByRole('button', { name: 'Save' }).click();
      await page.getByText('Organization changes for the audit system').waitFor();
      await screenshot(person, 'operations-webhook-detail');

      await page.goto('/operations/webhooks');
      await page.getByRole('table', { name: 'Webhook subscriptions' }).getByRole('link', { name: receiver.url })
        .first().waitFor();
      await screenshot(person, 'operations-webhooks');

      // the receiver stops with the test: its subscription goes too
      await page.getByRole('table', { name: 'Webhook subscriptions' }).getByRole('link', { name: receiver.url })
        .first().click();
      await page.getByRole('button', { name: 'Delete' }).click();
      await page.getByRole('dialog', { name: 'Delete this webhook subscription?' })
        .getByRole('button', { name: 'Delete' }).click();
      await page.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor();
      await page.getByRole('table', { name: 'Webhook subscriptions' }).getByRole('link', { name: receiver.url })
        .waitFor({ state: 'detached' });
      expect(person.problems).toEqual([]);
    } finally {
      receiver.server.close();
    }
  });

  it('withdraws a tenant permission from a team and shows it withdrawn after a reload', async () => {
    const team = unique('PermTeam');
    const username = unique('perm-admin');
    const person = await openBrowserFor(browser, 'administrator');
    await signIn(person, username, [ADMIN_GROUP, team]);
    const { page } = person;

    await page.goto('/administration/tenant');
    await page.getByLabel('Search teams').fill(team);
    const manageDatasets = page.getByRole('group', { name: team }).getByRole('checkbox', { name: /MANAGE_DATASETS/ });
    await manageDatasets.waitFor(WAIT);
    expect(await manageDatasets.isChecked()).toBe(true);
    await manageDatasets.uncheck();
    await page.getByRole('button', { name: `Save the permissions of ${team}` }).click();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    // a reload starts the app again with nothing cached: what it shows comes from the API
    await page.reload();
    await page.getByLabel('Search teams').fill(team);
    await manageDatasets.waitFor(WAIT);
    expect(await manageDatasets.isChecked()).toBe(false);
    expect(await page.getByRole('group', { name: team })
      .getByRole('checkbox', { name: /MANAGE_SHARES/ }).isChecked()).toBe(true);
    await screenshot(person, 'administration-tenant');
    expect(person.problems).toEqual([]);
  });

  it('tells a team member who is not an administrator that these pages are for administrators', async () => {
    const person = await openBrowserFor(browser, 'member');
    await signIn(person, unique('member'), [unique('MemberTeam')]);
    const { page } = person;

    for (const path of ['/operations/webhooks', '/administration/tenant']) {
      await page.goto(path);
      await page.getByText('Administrators only').waitFor();
      await page.getByText(/UnauthorizedOperation/).first().waitFor(WAIT);
    }
    expect(await page.getByRole('link', { name: 'Webhooks' }).count()).toBe(0);

    await page.goto('/operations/saga-runs');
    await page.getByText(/only administrators see every run/).waitFor();
    expect(await page.getByRole('heading', { name: 'Projections' }).count()).toBe(0);
    expect(person.problems).toEqual([]);
  });
});
