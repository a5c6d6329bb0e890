import type { GovernanceHistoryFilter } from '../../gql/graphql';

/** One of the Pager's page sizes. */
export const DEFAULT_PAGE_SIZE = 25;

/** The filters of the timeline as the URL keeps them, so a filtered timeline can be linked to and reloaded. */
export interface HistoryFilterForm {
  actions: string;
  actor: string;
  correlationId: string;
  /** ISO-8601 instants (the fields show them in local time) */
  from: string;
  to: string;
}

const FORM_KEYS: (keyof HistoryFilterForm)[] = ['actions', 'actor', 'correlationId', 'from', 'to'];

export function formOf(params: URLSearchParams): HistoryFilterForm {
  return {
    actions: params.get('actions') ?? '',
    actor: params.get('actor') ?? '',
    correlationId: params.get('correlationId') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  };
}

/** The URL's parameters for a form: empty filters are left out, and a new filter starts again from page 1. */
export function paramsOf(form: HistoryFilterForm): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FORM_KEYS) {
    const value = form[key].trim();
    if (value) {
      params.set(key, value);
    }
  }
  return params;
}

/** Event type names, separated by commas or spaces ("DatasetCreated, DatasetUpdated"). */
export function actionsOf(text: string): string[] {
  return text.split(/[\s,]+/).map((action) => action.trim()).filter(Boolean);
}

function positive(value: string | null, fallback: number): number {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
}

/** The API's filter for the URL's parameters: only what is set is sent. */
export function historyFilterOf(params: URLSearchParams): GovernanceHistoryFilter {
  const form = formOf(params);
  const filter: GovernanceHistoryFilter = {
    page: positive(params.get('page'), 1),
    pageSize: positive(params.get('pageSize'), DEFAULT_PAGE_SIZE),
  };
  const actions = actionsOf(form.actions);
  if (actions.length) {
    filter.actions = actions;
  }
  if (form.actor.trim()) {
    filter.actor = form.actor.trim();
  }
  if (form.correlationId.trim()) {
    filter.correlationId = form.correlationId.trim();
  }
  if (form.from) {
    filter.from = form.from;
  }
  if (form.to) {
    filter.to = form.to;
  }
  return filter;
}

/** The URL's parameters showing every step of one correlation (one API call and what followed from it). */
export function correlationParams(correlationId: string): URLSearchParams {
  return new URLSearchParams({ correlationId });
}

export function isFiltered(params: URLSearchParams): boolean {
  return FORM_KEYS.some((key) => !!params.get(key));
}
