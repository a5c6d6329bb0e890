import { describe, expect, it } from 'vitest';
import { canCancel, canRetry, filterValuesFrom, formatDuration, sagaRunFilter, searchFrom, targetPath,
  type SagaRunFilterValues } from './sagaRuns';

const NO_FILTER: SagaRunFilterValues = { kind: '', state: '', targetUri: '', stalled: '', from: '', to: '' };

describe('saga run filters', () => {
  it('leave out every value the reader did not set', () => {
    expect(sagaRunFilter(NO_FILTER, 1, 25)).toEqual({ page: 1, pageSize: 25 });
  });

  it('send the stalled choice as a boolean', () => {
    expect(sagaRunFilter({ ...NO_FILTER, stalled: 'yes' }, 1, 25).stalled).toBe(true);
    expect(sagaRunFilter({ ...NO_FILTER, stalled: 'no' }, 1, 25).stalled).toBe(false);
  });

  it('send the started bounds as ISO-8601 instants', () => {
    const filter = sagaRunFilter({ ...NO_FILTER, from: '2026-11-29T10:15' }, 1, 25);

    expect(filter.from).toBe(new Date('2026-11-29T10:15').toISOString());
  });

  it('ignore a bound that is not a date', () => {
    expect(sagaRunFilter({ ...NO_FILTER, from: 'not a date' }, 1, 25).from).toBeUndefined();
  });

  it('trim the target', () => {
    expect(sagaRunFilter({ ...NO_FILTER, targetUri: ' env1 ' }, 2, 10).targetUri).toBe('env1');
  });

  it('survive the address bar', () => {
    const values: SagaRunFilterValues = { ...NO_FILTER, kind: 'CRAWLER', stalled: 'no', targetUri: 'ds1' };

    expect(filterValuesFrom(searchFrom(values))).toEqual(values);
    expect(searchFrom(values).toString()).toBe('kind=CRAWLER&targetUri=ds1&stalled=no');
  });

  it('read an unknown stalled value as any', () => {
    expect(filterValuesFrom(new URLSearchParams('stalled=maybe')).stalled).toBe('');
  });
});

describe('step durations', () => {
  it('show milliseconds below a second', () => {
    expect(formatDuration(256)).toBe('256 ms');
  });

  it('show seconds below a minute', () => {
    expect(formatDuration(1530)).toBe('1.5 s');
  });

  it('show minutes and seconds below an hour', () => {
    expect(formatDuration(125_000)).toBe('2 min 5 s');
  });

  it('show hours and minutes beyond', () => {
    expect(formatDuration(3_780_000)).toBe('1 h 3 min');
  });

  it('show a dash for a step still under way', () => {
    expect(formatDuration(null)).toBe('—');
  });
});

describe('run actions', () => {
  it('retry a failed, cancelled or stalled run', () => {
    expect(canRetry({ state: 'FAILED' })).toBe(true);
    expect(canRetry({ state: 'CANCELLED' })).toBe(true);
    expect(canRetry({ state: 'RUNNING', stalled: true })).toBe(true);
  });

  it('do not retry a run that succeeded or still progresses', () => {
    expect(canRetry({ state: 'SUCCEEDED' })).toBe(false);
    expect(canRetry({ state: 'RUNNING', stalled: false })).toBe(false);
  });

  it('cancel only a running or failed run', () => {
    expect(canCancel({ state: 'RUNNING' })).toBe(true);
    expect(canCancel({ state: 'FAILED' })).toBe(true);
    expect(canCancel({ state: 'SUCCEEDED' })).toBe(false);
    expect(canCancel({ state: 'CANCELLED' })).toBe(false);
  });
});

describe('run targets', () => {
  it('link to the page of their type', () => {
    expect(targetPath('environment', 'e1')).toBe('/environments/e1');
    expect(targetPath('dataset', 'd1')).toBe('/datasets/d1');
    expect(targetPath('share', 's1')).toBe('/shares/s1');
  });

  it('do not link an unknown type', () => {
    expect(targetPath('stack', 'x')).toBeUndefined();
  });
});
