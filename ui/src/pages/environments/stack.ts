/** A stack still being deployed: the page polls until it is done. */
export function isStackInProgress(status: string | null | undefined): boolean {
  return !!status && /(PENDING|IN_PROGRESS)$/.test(status);
}

export type StackOutcome = 'in-progress' | 'succeeded' | 'failed' | 'unknown';

export function stackOutcome(status: string | null | undefined): StackOutcome {
  if (!status) {
    return 'unknown';
  }
  if (isStackInProgress(status)) {
    return 'in-progress';
  }
  // A rolled back stack ends in ROLLBACK_COMPLETE: complete, but the deployment failed.
  if (/FAILED$|ROLLBACK_COMPLETE$/.test(status)) {
    return 'failed';
  }
  return /COMPLETE$/.test(status) ? 'succeeded' : 'unknown';
}

function parseJson(text: string | null | undefined): unknown {
  if (!text) {
    return null;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** The stack's outputs: the API answers them as a JSON object in a string, as data.all does. */
export function stackOutputs(outputs: string | null | undefined): { key: string; value: string }[] {
  const parsed = parseJson(outputs);
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return [];
  }
  return Object.entries(parsed as Record<string, unknown>)
    .map(([key, value]) => ({ key, value: typeof value === 'string' ? value : JSON.stringify(value) }));
}

/** The deployment's error message, if the API recorded one ("{}" when there is none). */
export function stackErrorMessage(error: string | null | undefined): string | undefined {
  const parsed = parseJson(error);
  if (parsed && typeof parsed === 'object' && 'message' in parsed) {
    const message = (parsed as { message: unknown }).message;
    return typeof message === 'string' && message ? message : undefined;
  }
  return undefined;
}
