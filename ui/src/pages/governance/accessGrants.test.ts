import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../../api/graphql';
import { didNotExistThen, reasonLabel } from './accessGrants';

describe('access grants', () => {
  it('say in words why a team could access the resource', () => {
    expect(reasonLabel('OWNER_TEAM')).toBe('Owner team');
    expect(reasonLabel('SHARE')).toBe('Share');
  });

  it('show a reason the UI does not know as the API names it', () => {
    expect(reasonLabel('DELEGATION')).toBe('DELEGATION');
  });

  it('mean nobody when the resource did not exist at the instant', () => {
    const notFound = new ApiRequestError([{ message: 'Dataset d at 2020-01-01T00:00:00Z not found',
      extensions: { code: 'ObjectNotFound' } }]);

    expect(didNotExistThen(notFound)).toBe(true);
  });

  it('are a failure when the caller may not read the resource', () => {
    const refused = new ApiRequestError([{ message: 'not authorized', extensions: { code: 'UnauthorizedOperation' } }]);

    expect(didNotExistThen(refused)).toBe(false);
  });
});
