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

  it('link a table to its own page', () => {
    expect(targetPath('DatasetTable', 't1')).toBe('/datasets/tables/t1');
  });

  it('do not link a folder, whose page is its dataset\'s, which the link does not name', () => {
    expect(targetPath('DatasetStorageLocation', 'f1')).toBeNull();
  });
});
