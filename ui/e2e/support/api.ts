import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_URL } from './browser';

/** Set-up outside the page under test goes straight to the API, as any data.all client would. */

/** Where the app's local cloud keeps its buckets (WebUiJourneyTest passes the suite's folder). */
export const BUCKETS = process.env.GRANTLINE_BUCKETS ?? join('target', 'local-cloud', 'buckets');

/** A token of the local token issuer: set-up calls act as that user of those teams. */
export async function tokenFor(username: string, groups: string[]): Promise<string> {
  const response = await fetch(`${BASE_URL}/auth/local/token`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, groups }),
  });
  return ((await response.json()) as { token: string }).token;
}

/** One GraphQL call with the token; the API's errors fail the set-up with their messages. */
export async function api<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
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

/** Asks again every second until the probe answers something, for up to two minutes: stacks deploy asynchronously. */
export async function eventually<T>(what: string, probe: () => Promise<T | null | undefined | false>): Promise<T> {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    const value = await probe();
    if (value) {
      return value;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`Gave up waiting for ${what}`);
}

/** Twelve digits no other test uses: an account/region is linked once in the shared database. */
export function accountId(): string {
  return String(100_000_000_000 + Math.floor(Math.random() * 899_999_999_999));
}

/** An organization of the team, labelled `<label>-org`, for tests that need no environment. */
export async function organizationOf(token: string, team: string, label: string): Promise<string> {
  const { createOrganization } = await api<{ createOrganization: { organizationUri: string } }>(token,
    'mutation($input: NewOrganizationInput) { createOrganization(input: $input) { organizationUri } }',
    { input: { label: `${label}-org`, SamlGroupName: team } });
  return createOrganization.organizationUri;
}

export interface Environment {
  organizationUri: string;
  environmentUri: string;
  /** `<label>-env`, as the environment pickers show it. */
  environmentLabel: string;
}

/** An organization and an environment of the team, its stack deployed: datasets and shares need one. */
export async function environmentOf(token: string, team: string, label: string): Promise<Environment> {
  const organizationUri = await organizationOf(token, team, label);
  const environmentLabel = `${label}-env`;
  const { createEnvironment } = await api<{ createEnvironment: { environmentUri: string } }>(token,
    'mutation($input: NewEnvironmentInput!) { createEnvironment(input: $input) { environmentUri } }',
    { input: { organizationUri, label: environmentLabel, AwsAccountId: accountId(), region: 'eu-west-1',
      SamlGroupName: team } });
  const environmentUri = createEnvironment.environmentUri;
  await eventually('the environment stack', async () => {
    const { getEnvironment } = await api<{ getEnvironment: { stack: { status: string } | null } }>(token,
      'query($uri: String!) { getEnvironment(environmentUri: $uri) { stack { status } } }', { uri: environmentUri });
    return getEnvironment.stack?.status === 'CREATE_COMPLETE';
  });
  return { organizationUri, environmentUri, environmentLabel };
}

export interface Dataset {
  datasetUri: string;
  label: string;
  bucket: string;
  kmsAlias: string;
}

/** A dataset of the team in a new organization and environment, its stack deployed (so its bucket exists). */
export async function datasetOf(token: string, team: string, label: string, input: Record<string, unknown> = {}):
  Promise<Dataset> {
  const { organizationUri, environmentUri } = await environmentOf(token, team, label);
  const { createDataset } = await api<{ createDataset: { datasetUri: string } }>(token,
    'mutation($input: NewDatasetInput!) { createDataset(input: $input) { datasetUri } }',
    { input: { label, environmentUri, organizationUri, SamlAdminGroupName: team, ...input } });
  const datasetUri = createDataset.datasetUri;
  const restricted = await eventually('the dataset stack', async () => {
    const { getDataset } = await api<{ getDataset: { stack: { status: string } | null;
      restricted: { S3BucketName: string; KmsAlias: string } | null } }>(token,
      'query($uri: String!) { getDataset(datasetUri: $uri) { stack { status } restricted { S3BucketName KmsAlias } } }',
      { uri: datasetUri });
    return getDataset.stack?.status === 'CREATE_COMPLETE' && getDataset.restricted;
  });
  return { datasetUri, label, bucket: restricted.S3BucketName, kmsAlias: restricted.KmsAlias };
}

/** Drops a file into a bucket of the local cloud, as an upload to S3 would. */
export function dropFile(bucket: string, key: string, content: string): void {
  const file = join(BUCKETS, bucket, key);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, content);
}

/** The table a crawler makes of a CSV file in the dataset's folder `<table>/`: what shares and previews need. */
export async function crawledTable(token: string, dataset: Dataset, table: string, csv: string): Promise<string> {
  dropFile(dataset.bucket, `${table}/${table}.csv`, csv);
  await api(token, 'mutation($uri: String) { startGlueCrawler(datasetUri: $uri) { Name } }', { uri: dataset.datasetUri });
  return eventually(`the crawled table ${table}`, async () => {
    const { getDataset } = await api<{ getDataset: { tables: { nodes: { tableUri: string; name: string }[] } | null } }>(
      token, 'query($uri: String!) { getDataset(datasetUri: $uri) { tables { nodes { tableUri name } } } }',
      { uri: dataset.datasetUri });
    return getDataset.tables?.nodes.find((node) => node.name === table)?.tableUri;
  });
}
