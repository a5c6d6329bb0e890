import { describe, expect, it } from 'vitest';
import { actionsOf, correlationParams, DEFAULT_PAGE_SIZE, historyFilterOf, isFiltered, paramsOf } from './historyFilter';

describe('the timeline filter', () => {
  it('asks for the first page by default', () => {
    expect(historyFilterOf(new URLSearchParams())).toEqual({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  });

  it('sends only the filters that are set', () => {
    const filter = historyFilterOf(new URLSearchParams({ actor: ' alice ', actions: '', page: '3' }));

    expect(filter).toEqual({ page: 3, pageSize: DEFAULT_PAGE_SIZE, actor: 'alice' });
  });

  it('reads actions separated by commas or spaces', () => {
    expect(actionsOf('DatasetCreated, DatasetUpdated  ShareObjectApproved,')).toEqual(
      ['DatasetCreated', 'DatasetUpdated', 'ShareObjectApproved']);
  });

  it('passes the instants and the correlation id on', () => {
    const filter = historyFilterOf(new URLSearchParams({ from: '2026-01-01T00:00:00.000Z',
      to: '2026-02-01T00:00:00.000Z', correlationId: 'c-1' }));

    expect(filter).toMatchObject({ from: '2026-01-01T00:00:00.000Z', to: '2026-02-01T00:00:00.000Z', correlationId: 'c-1' });
  });

  it('ignores a page that is not a positive number', () => {
    expect(historyFilterOf(new URLSearchParams({ page: '-2', pageSize: 'many' }))).toEqual(
      { page: 1, pageSize: DEFAULT_PAGE_SIZE });
  });

  it('keeps applied filters in the URL without empty ones, back on page 1', () => {
    const params = paramsOf({ actions: 'DatasetUpdated', actor: '', correlationId: '', from: '', to: '' });

    expect(params.toString()).toBe('actions=DatasetUpdated');
  });

  it('shows one correlation on its own', () => {
    expect(correlationParams('abc').toString()).toBe('correlationId=abc');
  });

  it('counts paging alone as unfiltered', () => {
    expect(isFiltered(new URLSearchParams({ page: '2' }))).toBe(false);
    expect(isFiltered(new URLSearchParams({ actor: 'bob' }))).toBe(true);
  });
});
