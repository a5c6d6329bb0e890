import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../../api/graphql';
import { errorLookup } from './formErrors';

const refusal = new ApiRequestError([{
  message: 'An error occurred (InvalidInput) when calling importDataset operation:\nbucketName S3 bucket x cannot be found',
  extensions: { code: 'InvalidInput', field: 'bucketName' },
}]);

describe('a form field\'s message', () => {
  it('is the form\'s own check when there is one', () => {
    expect(errorLookup({ bucketName: 'Enter the bucket' }, refusal)('bucketName')).toBe('Enter the bucket');
  });

  it('is the API\'s refusal of that field otherwise', () => {
    expect(errorLookup({}, refusal)('bucketName')).toBe('bucketName S3 bucket x cannot be found');
  });

  it('is absent when neither concerns the field', () => {
    expect(errorLookup({}, refusal)('label')).toBeUndefined();
  });
});
