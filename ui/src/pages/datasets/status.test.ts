import { describe, expect, it } from 'vitest';
import { isInProgress, pollWhileInProgress, POLL_INTERVAL_MS } from './status';

describe('work in progress', () => {
  it('is a stack being created, updated or not started yet', () => {
    expect(isInProgress('CREATE_IN_PROGRESS')).toBe(true);
    expect(isInProgress('UPDATE_IN_PROGRESS')).toBe(true);
    expect(isInProgress('PENDING')).toBe(true);
  });

  it('is a crawler or profiling run starting or running', () => {
    expect(isInProgress('STARTING')).toBe(true);
    expect(isInProgress('RUNNING')).toBe(true);
  });

  it('is over once the status succeeded or failed', () => {
    expect(isInProgress('CREATE_COMPLETE')).toBe(false);
    expect(isInProgress('SUCCEEDED')).toBe(false);
    expect(isInProgress('FAILED')).toBe(false);
  });

  it('is not assumed when there is no status', () => {
    expect(isInProgress(null)).toBe(false);
    expect(isInProgress(undefined)).toBe(false);
  });

  it('is polled, and polling stops when it ends', () => {
    expect(pollWhileInProgress('RUNNING')).toBe(POLL_INTERVAL_MS);
    expect(pollWhileInProgress('SUCCEEDED')).toBe(false);
  });
});
