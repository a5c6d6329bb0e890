import { describe, expect, it } from 'vitest';
import { ApiRequestError } from './graphql';
import { codeOf, fieldError, otherErrors, problemOf } from './errors';

const invalidLabel = {
  message: 'An error occurred (InvalidInput) when calling createDataset operation:\nlabel must not be blank',
  extensions: { code: 'InvalidInput', field: 'input.label' },
};
const unauthorized = {
  message: 'An error occurred (UnauthorizedOperation) when calling CREATE_DATASET operation:\nUser: bob is not authorized',
  extensions: { code: 'UnauthorizedOperation' },
};

describe('API errors', () => {
  it('show the problem without data.all\'s prefix', () => {
    expect(problemOf(invalidLabel)).toBe('label must not be blank');
    expect(codeOf(unauthorized)).toBe('UnauthorizedOperation');
  });

  it('go next to the field they name', () => {
    const error = new ApiRequestError([invalidLabel, unauthorized]);

    expect(fieldError(error, 'label')).toBe('label must not be blank');
    expect(fieldError(error, 'description')).toBeUndefined();
  });

  it('that no field of the form shows go above it', () => {
    const error = new ApiRequestError([invalidLabel, unauthorized]);

    expect(otherErrors(error, ['label'])).toEqual([unauthorized]);
    expect(otherErrors(error, [])).toHaveLength(2);
  });
});
