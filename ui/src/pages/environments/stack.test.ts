import { describe, expect, it } from 'vitest';
import { isStackInProgress, stackErrorMessage, stackOutcome, stackOutputs } from './stack';

describe('a stack', () => {
  it('is in progress while pending', () => {
    expect(isStackInProgress('PENDING')).toBe(true);
  });

  it('is in progress while CloudFormation creates or updates it', () => {
    expect(isStackInProgress('CREATE_IN_PROGRESS')).toBe(true);
    expect(isStackInProgress('UPDATE_ROLLBACK_IN_PROGRESS')).toBe(true);
  });

  it('succeeded once created or updated', () => {
    expect(stackOutcome('CREATE_COMPLETE')).toBe('succeeded');
    expect(stackOutcome('UPDATE_COMPLETE')).toBe('succeeded');
  });

  it('failed when a step failed', () => {
    expect(stackOutcome('CREATE_FAILED')).toBe('failed');
  });

  it('failed when it was rolled back, although the rollback is complete', () => {
    expect(stackOutcome('ROLLBACK_COMPLETE')).toBe('failed');
  });

  it('without a status has an unknown outcome', () => {
    expect(stackOutcome(null)).toBe('unknown');
  });
});

describe('stack outputs', () => {
  it('are read from the JSON object the API answers', () => {
    expect(stackOutputs('{"BucketName":"env-bucket","Port":5432}'))
      .toEqual([{ key: 'BucketName', value: 'env-bucket' }, { key: 'Port', value: '5432' }]);
  });

  it('are empty when the API answers nothing readable', () => {
    expect(stackOutputs(null)).toEqual([]);
    expect(stackOutputs('not json')).toEqual([]);
  });
});

describe('a stack error', () => {
  it('is the message the API recorded', () => {
    expect(stackErrorMessage('{"message":"Role not found"}')).toBe('Role not found');
  });

  it('is absent when the API answers an empty object', () => {
    expect(stackErrorMessage('{}')).toBeUndefined();
  });
});
