import { describe, expect, it } from 'vitest';
import { datasetUriOf, grantingShare, shareableTypeOf, validateRequest, type RequestForm } from './access';

const complete: RequestForm = {
  groupUri: 'Analysts', environmentUri: 'env1', principalId: 'Analysts', permissions: ['Read'], expiration: '',
  nonExpirable: false,
};

describe('requesting access from the catalog', () => {
  it('tables are shared as Table items and folders as StorageLocation items', () => {
    expect(shareableTypeOf('table')).toBe('Table');
    expect(shareableTypeOf('folder')).toBe('StorageLocation');
  });

  it('a dataset is not one share item', () => {
    expect(shareableTypeOf('dataset')).toBeUndefined();
  });

  it('a dataset hit is its own dataset, a table hit names its dataset', () => {
    expect(datasetUriOf({ uri: 'd1', resourceKind: 'dataset' })).toBe('d1');
    expect(datasetUriOf({ uri: 't1', resourceKind: 'table', datasetUri: 'd1' })).toBe('d1');
  });

  it('a table was granted by the share where that table succeeded', () => {
    const shares = [
      { shareUri: 's1', dataset: { datasetUri: 'd1' }, items: { nodes: [{ itemUri: 't2', status: 'Share_Succeeded' }] } },
      { shareUri: 's2', dataset: { datasetUri: 'd1' }, items: { nodes: [{ itemUri: 't1', status: 'Share_Succeeded' }] } },
    ];

    expect(grantingShare({ uri: 't1', resourceKind: 'table', datasetUri: 'd1' }, shares)).toBe('s2');
  });

  it('an item still being shared has not granted anything', () => {
    const shares = [{ shareUri: 's1', dataset: { datasetUri: 'd1' },
      items: { nodes: [{ itemUri: 't1', status: 'Share_In_Progress' }] } }];

    expect(grantingShare({ uri: 't1', resourceKind: 'table', datasetUri: 'd1' }, shares)).toBeUndefined();
  });

  it('a dataset was granted by any share of it with a succeeded item', () => {
    const shares = [{ shareUri: 's1', dataset: { datasetUri: 'd1' },
      items: { nodes: [{ itemUri: 'f1', status: 'Share_Succeeded' }] } }];

    expect(grantingShare({ uri: 'd1', resourceKind: 'dataset' }, shares)).toBe('s1');
  });

  it('a complete request has no errors', () => {
    expect(validateRequest(complete)).toEqual({});
  });

  it('a request needs a team, an environment, a principal and a permission', () => {
    expect(Object.keys(validateRequest({ ...complete, groupUri: '', environmentUri: '', principalId: '',
      permissions: [] }))).toEqual(['groupUri', 'environmentUri', 'principalId', 'permissions']);
  });

  it('an expiration is a whole number of periods', () => {
    expect(validateRequest({ ...complete, expiration: '1.5' }).shareExpirationPeriod).toBeDefined();
    expect(validateRequest({ ...complete, expiration: '3' }).shareExpirationPeriod).toBeUndefined();
  });

  it('a non-expirable request ignores the expiration', () => {
    expect(validateRequest({ ...complete, expiration: 'x', nonExpirable: true })).toEqual({});
  });
});
