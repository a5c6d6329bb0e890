import { describe, expect, it } from 'vitest';
import { cellText, parsePreview } from './preview';

describe('a table preview', () => {
  it('names its columns from the JSON fields', () => {
    expect(parsePreview(['{"name":"id"}', '{"name":"amount"}'], []).columns).toEqual(['id', 'amount']);
  });

  it('takes a field that is not JSON as the column name', () => {
    expect(parsePreview(['id'], []).columns).toEqual(['id']);
  });

  it('reads each row as a JSON array of cells', () => {
    expect(parsePreview(['{"name":"id"}', '{"name":"name"}'], ['[1,"alpha"]', '[2,"beta"]']).rows)
      .toEqual([['1', 'alpha'], ['2', 'beta']]);
  });

  it('shows a SQL NULL as NULL', () => {
    expect(cellText(null)).toBe('NULL');
  });

  it('is empty when the API sent nothing', () => {
    expect(parsePreview(null, null)).toEqual({ columns: [], rows: [] });
  });
});
