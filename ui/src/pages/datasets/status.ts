/** How often a page reads a status again while the work behind it (stack, crawler, profiling run) goes on. */
export const POLL_INTERVAL_MS = 1500;

// CloudFormation's *_IN_PROGRESS and PENDING (stack not started yet); Glue's STARTING, RUNNING and STOPPING.
const IN_PROGRESS = /(PENDING|IN_PROGRESS|STARTING|RUNNING|STOPPING)$/;

export function isInProgress(status: string | null | undefined): boolean {
  return !!status && IN_PROGRESS.test(status);
}

/** A TanStack Query refetchInterval: read again while the status is in progress, stop once it ended. */
export function pollWhileInProgress(status: string | null | undefined): number | false {
  return isInProgress(status) ? POLL_INTERVAL_MS : false;
}
