import { describe, expect, it } from 'vitest';
import { canManageDataset, glossaryUriOf, stackErrorOf } from './types';

describe('a dataset', () => {
  it('is managed by its creator and its admin team', () => {
    expect(canManageDataset('Creator')).toBe(true);
    expect(canManageDataset('Admin')).toBe(true);
  });

  it('is only read by stewards, shared teams and others', () => {
    expect(canManageDataset('DataSteward')).toBe(false);
    expect(canManageDataset('Shared')).toBe(false);
    expect(canManageDataset(null)).toBe(false);
  });

  it('has no stack error when the API sends an empty document', () => {
    expect(stackErrorOf('{}')).toBeNull();
    expect(stackErrorOf(null)).toBeNull();
  });

  it('shows the stack error the API sends', () => {
    expect(stackErrorOf('Bucket already exists')).toBe('Bucket already exists');
  });
});

describe('a glossary term', () => {
  it('belongs to the glossary its path starts with', () => {
    expect(glossaryUriOf('/g1/c1/t1')).toBe('g1');
  });

  it('has no glossary without a path', () => {
    expect(glossaryUriOf(null)).toBeNull();
  });
});
