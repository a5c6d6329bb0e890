import { describe, expect, it } from 'vitest';
import { validateFolder } from './folderForm';

const folder = { label: 'Raw files', prefix: 'raw', description: '', tags: '' };

describe('the folder form', () => {
  it('accepts a name and a prefix', () => {
    expect(validateFolder(folder, true)).toEqual({});
  });

  it('asks for a name', () => {
    expect(validateFolder({ ...folder, label: ' ' }, false).label).toBe('Enter a name');
  });

  it('asks a new folder for its prefix', () => {
    expect(validateFolder({ ...folder, prefix: '' }, true).prefix).toBe('Enter the S3 prefix');
  });

  it('does not ask an existing folder for its prefix, which is fixed', () => {
    expect(validateFolder({ ...folder, prefix: '' }, false)).toEqual({});
  });
});
