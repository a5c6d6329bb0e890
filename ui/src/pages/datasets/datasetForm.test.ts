import { describe, expect, it } from 'vitest';
import {
  emptyDatasetForm, emptyImportForm, splitList, toImportDatasetInput, toNewDatasetInput, validateDataset,
  validateImport,
} from './datasetForm';

const valid = { ...emptyDatasetForm('Analysts'), label: 'Sales', environmentUri: 'env1' };

describe('the dataset forms', () => {
  it('accept a name, an environment and a team', () => {
    expect(validateDataset(valid)).toEqual({});
  });

  it('ask for a name', () => {
    expect(validateDataset({ ...valid, label: '  ' }).label).toBe('Enter a name');
  });

  it('refuse a name longer than the API allows', () => {
    expect(validateDataset({ ...valid, label: 'x'.repeat(53) }).label).toBe('At most 52 characters');
  });

  it('ask for an environment', () => {
    expect(validateDataset({ ...valid, environmentUri: '' }).environmentUri).toBe('Choose an environment');
  });

  it('ask for the owning team', () => {
    expect(validateDataset({ ...valid, SamlAdminGroupName: '' }).SamlAdminGroupName).toBe('Choose the owning team');
  });

  it('refuse a business owner email that is not an address', () => {
    expect(validateDataset({ ...valid, businessOwnerEmail: 'bob' }).businessOwnerEmail).toBe('Enter an email address');
  });

  it('ask for the expiration bounds only when expiration is enabled', () => {
    expect(validateDataset({ ...valid, enableExpiration: false, expiryMinDuration: '' })).toEqual({});
    expect(validateDataset({ ...valid, enableExpiration: true }).expiryMinDuration).toBeDefined();
  });

  it('refuse a minimum expiration above the maximum', () => {
    expect(validateDataset({ ...valid, enableExpiration: true, expiryMinDuration: '5', expiryMaxDuration: '2' })
      .expiryMinDuration).toBe('At most the maximum');
  });

  it('ask an import for the existing bucket', () => {
    expect(validateImport({ ...emptyImportForm('Analysts'), label: 'x', environmentUri: 'e' }).bucketName)
      .toBe('Enter the name of the existing bucket');
  });

  it('refuse an import of a bucket name S3 does not allow', () => {
    expect(validateImport({ ...emptyImportForm('Analysts'), label: 'x', environmentUri: 'e', bucketName: 'Bad_Bucket' })
      .bucketName).toMatch(/lower-case/);
  });

  it('send tags separated by commas as a list', () => {
    expect(splitList(' a, b ,, c ')).toEqual(['a', 'b', 'c']);
  });

  it('send the expiration settings only when expiration is enabled', () => {
    expect(toNewDatasetInput(valid, 'org1')).not.toHaveProperty('expiryMinDuration');
    expect(toNewDatasetInput({ ...valid, enableExpiration: true, expiryMinDuration: '1', expiryMaxDuration: '3' },
      'org1')).toMatchObject({ enableExpiration: true, expiryMinDuration: 1, expiryMaxDuration: 3 });
  });

  it('send an import with an empty KMS alias for an SSE-S3 bucket', () => {
    const input = toImportDatasetInput({ ...emptyImportForm('Analysts'), label: 'x', environmentUri: 'e',
      bucketName: ' my-bucket ' }, 'org1', 'alice');
    expect(input).toMatchObject({ bucketName: 'my-bucket', KmsKeyAlias: '', owner: 'alice', glueDatabaseName: null });
  });
});
