import { request } from '../../api/graphql';
import { GetDatasetEnvironmentOrganization } from './operations';

/** The organization of an environment: the dataset inputs name both. */
export async function organizationOf(environmentUri: string): Promise<string> {
  const { getEnvironment } = await request(GetDatasetEnvironmentOrganization, { environmentUri });
  return getEnvironment?.organization?.organizationUri ?? '';
}
