import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_URL } from './browser';

/** Set-up outside the page under test goes straight to the API, as any data.all client would. */

/** Where the app's local cloud keeps its buckets (WebUiJourneyTest passes the suite's folder). */
export const BUCKETS = process.env.GRANTLINE_BUCKETS ?? join('target', 'local-cloud', 'buckets');

export async function tokenFor(username: string, groups: string[]): Promise<string> {
  const response = await fetch(`${BASE_URL}/auth/local/token`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, groups }),
  });
  return ((await response.json()) as { token: string }).token;
}

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

/** Asks again every second until the probe answers something, for up to two minutes. */
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

/** An organization and an environment of the team, its stack deployed. */
export async function environmentOf(token: string, team: string, label: string):
  Promise<{ organizationUri: string; environmentUri: string }> {
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

/** Drops a file into a bucket of the local cloud, as an upload to S3 would. */
export function dropFile(bucket: string, key: string, content: string): void {
  const file = join(BUCKETS, bucket, key);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, content);
}
