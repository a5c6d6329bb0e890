import { describe, expect, it } from 'vitest';
import { formatCompleteness, parseProfilingResults } from './profiling';

const RESULTS = JSON.stringify({
  table_nb_rows: 3,
  columns: [
    { Name: 'amount', Type: 'double', Metadata: { Completeness: 0.6667, Nulls: 1, Distinct: 2, Minimum: 10.5, Maximum: 20 } },
  ],
});

describe('profiling results', () => {
  it('give the number of rows', () => {
    expect(parseProfilingResults(RESULTS)?.rowCount).toBe(3);
  });

  it('give each column its statistics', () => {
    expect(parseProfilingResults(RESULTS)?.columns).toEqual([
      { name: 'amount', type: 'double', completeness: 0.6667, nulls: 1, distinct: 2, minimum: '10.5', maximum: '20' },
    ]);
  });

  it('show a statistic the job did not compute as a dash', () => {
    const columns = parseProfilingResults(JSON.stringify({ columns: [{ Name: 'id', Metadata: {} }] }))?.columns;
    expect(columns?.[0]).toMatchObject({ type: '—', nulls: null, minimum: '—' });
  });

  it('are absent while the run has none', () => {
    expect(parseProfilingResults(null)).toBeNull();
  });

  it('are absent when they are not a JSON document', () => {
    expect(parseProfilingResults('not json')).toBeNull();
  });

  it('show completeness as a whole percentage', () => {
    expect(formatCompleteness(0.6667)).toBe('67 %');
    expect(formatCompleteness(null)).toBe('—');
  });
});
