import { describe, expect, it } from 'vitest';
import { exportUrl, fileNameOf, refusalOf } from './exportHistory';

describe('the history export', () => {
  it('asks for the resource in the chosen format', () => {
    expect(exportUrl({ resourceUri: 'ds1', format: 'csv' })).toBe('/history/export?resourceUri=ds1&format=csv');
  });

  it('bounds the export by the timeline\'s From and To', () => {
    const url = exportUrl({ resourceUri: 'ds1', format: 'jsonl', from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' });

    expect(url).toBe('/history/export?resourceUri=ds1&format=jsonl&from=2026-01-01T00%3A00%3A00Z&to=2026-02-01T00%3A00%3A00Z');
  });

  it('saves the file under the name the server proposes', () => {
    expect(fileNameOf('attachment; filename="governance-history-ds1.csv"', { resourceUri: 'ds1', format: 'csv' }))
      .toBe('governance-history-ds1.csv');
  });

  it('names the file itself when the server proposes none', () => {
    expect(fileNameOf(null, { resourceUri: 'ds1', format: 'jsonl' })).toBe('governance-history-ds1.jsonl');
  });

  it('shows the server\'s refusal with its code', () => {
    expect(refusalOf(403, { error: 'UnauthorizedOperation', message: 'User: bob is not authorized' })).toEqual(
      { message: 'User: bob is not authorized', extensions: { code: 'UnauthorizedOperation' } });
  });

  it('says the session ended on 401', () => {
    expect(refusalOf(401, null).message).toBe('Your session has ended: sign in again');
  });

  it('names the HTTP status of a refusal without a body', () => {
    expect(refusalOf(502, null).message).toContain('HTTP 502');
  });
});
