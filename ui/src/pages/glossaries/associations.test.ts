import { describe, expect, it } from 'vitest';
import { targetPath, targetTypeLabel } from './associations';

describe('term associations', () => {
  it('name tables and folders in words', () => {
    expect(targetTypeLabel('DatasetTable')).toBe('Table');
    expect(targetTypeLabel('DatasetStorageLocation')).toBe('Folder');
  });

  it('show a target type the UI does not know as the API names it', () => {
    expect(targetTypeLabel('Dashboard')).toBe('Dashboard');
  });

  it('link a dataset to its page', () => {
    expect(targetPath('Dataset', 'd1')).toBe('/datasets/d1');
  });

  it('do not link a table, whose page needs its dataset', () => {
    expect(targetPath('DatasetTable', 't1')).toBeNull();
  });
});
