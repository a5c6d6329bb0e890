import { fromLocalInput } from '../../components/instants';
import type { SagaRunFilter } from '../../gql/graphql';

/** The kinds and states the API names in sagarun.graphqls (SagaRun.kind and SagaRun.state). */
export const SAGA_RUN_KINDS = ['ENVIRONMENT_STACK', 'ENVIRONMENT_STACK_DELETION', 'DATASET_STACK',
  'DATASET_STACK_DELETION', 'CRAWLER', 'PROFILING', 'SHARE', 'REVOKE', 'EXPIRY', 'VERIFY', 'REAPPLY',
  'COLUMN_WRITE_BACK', 'FOLDER_PREFIX'];
export const SAGA_RUN_STATES = ['RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED'];

export type StalledChoice = '' | 'yes' | 'no';

/** The dashboard's filters as the reader sets them (and as the address bar keeps them): '' means any. */
export interface SagaRunFilterValues {
  kind: string;
  state: string;
  targetUri: string;
  stalled: StalledChoice;
  /** datetime-local values, in the reader's time zone */
  from: string;
  to: string;
}

const FILTER_NAMES: (keyof SagaRunFilterValues)[] = ['kind', 'state', 'targetUri', 'stalled', 'from', 'to'];

export function filterValuesFrom(search: URLSearchParams): SagaRunFilterValues {
  const stalled = search.get('stalled');
  return {
    kind: search.get('kind') ?? '',
    state: search.get('state') ?? '',
    targetUri: search.get('targetUri') ?? '',
    stalled: stalled === 'yes' || stalled === 'no' ? stalled : '',
    from: search.get('from') ?? '',
    to: search.get('to') ?? '',
  };
}

/** The address-bar form of the filters: only those set, so a bookmark stays short. */
export function searchFrom(values: SagaRunFilterValues): URLSearchParams {
  const search = new URLSearchParams();
  FILTER_NAMES.forEach((name) => {
    const value = values[name].trim();
    if (value) {
      search.set(name, value);
    }
  });
  return search;
}

/** The API's filter: unset values are left out, since the API reads a present value as a condition. */
export function sagaRunFilter(values: SagaRunFilterValues, page: number, pageSize: number): SagaRunFilter {
  return {
    kind: values.kind || undefined,
    state: values.state || undefined,
    targetUri: values.targetUri.trim() || undefined,
    stalled: values.stalled === '' ? undefined : values.stalled === 'yes',
    from: fromLocalInput(values.from) ?? undefined,
    to: fromLocalInput(values.to) ?? undefined,
    page,
    pageSize,
  };
}

/** A step's duration for a reader: milliseconds below a second, then seconds, minutes, hours. */
export function formatDuration(durationMs: number | null | undefined): string {
  if (durationMs == null || durationMs < 0) {
    return '—';
  }
  if (durationMs < 1000) {
    return `${Math.round(durationMs)} ms`;
  }
  const seconds = durationMs / 1000;
  if (seconds < 60) {
    return `${seconds.toFixed(1)} s`;
  }
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) {
    return `${minutes} min ${Math.round(seconds % 60)} s`;
  }
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

interface RunState {
  state?: string | null;
  stalled?: boolean | null;
}

/** The API retries a FAILED or CANCELLED run, or a RUNNING one that stalled (retrySagaRun). */
export function canRetry(run: RunState): boolean {
  return run.state === 'FAILED' || run.state === 'CANCELLED' || (run.state === 'RUNNING' && !!run.stalled);
}

/** The API cancels a RUNNING (stalled or not) or FAILED run (cancelSagaRun). */
export function canCancel(run: RunState): boolean {
  return run.state === 'RUNNING' || run.state === 'FAILED';
}

/** The page of a run's target, by the target type the API names. */
export function targetPath(targetType: string | null | undefined, targetUri: string | null | undefined):
  string | undefined {
  if (!targetUri) {
    return undefined;
  }
  switch (targetType) {
    case 'environment':
      return `/environments/${targetUri}`;
    case 'dataset':
      return `/datasets/${targetUri}`;
    case 'share':
      return `/shares/${targetUri}`;
    default:
      return undefined;
  }
}
