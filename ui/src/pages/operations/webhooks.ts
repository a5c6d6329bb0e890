import type { ChipProps } from '@mui/material';
import type { WebhookTestResult } from '../../gql/graphql';

/** Subscribes to every event type (webhook.graphqls). */
export const ALL_EVENT_TYPES = '*';

export interface WebhookFormValues {
  url: string;
  eventTypes: string[];
  resourceUri: string;
  description: string;
}

export type WebhookFormProblems = Partial<Record<'url' | 'eventTypes', string>>;

/** What the form checks before sending: the API checks the same and more (known event types). */
export function webhookFormProblems(values: WebhookFormValues): WebhookFormProblems {
  const problems: WebhookFormProblems = {};
  const url = values.url.trim();
  if (!url) {
    problems.url = 'Enter the URL that receives the events';
  } else if (!isHttpUrl(url)) {
    problems.url = 'Enter an absolute http or https URL';
  }
  if (values.eventTypes.length === 0) {
    problems.eventTypes = `Choose at least one event type, or ${ALL_EVENT_TYPES} for all`;
  }
  return problems;
}

function isHttpUrl(value: string): boolean {
  try {
    const parsed = new URL(value);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * The values as the API takes them. A new subscription leaves an empty resource filter out; an update sends it
 * empty, which the API reads as "remove the filter".
 */
export function webhookInput(values: WebhookFormValues, forUpdate: boolean) {
  const resourceUri = values.resourceUri.trim();
  return {
    url: values.url.trim(),
    eventTypes: values.eventTypes.map((type) => type.trim()).filter(Boolean),
    resourceUri: resourceUri || (forUpdate ? '' : undefined),
    description: values.description.trim(),
  };
}

/** The event types to offer: all first, then every type the API knows. */
export function eventTypeOptions(known: readonly string[] | null | undefined): string[] {
  return [ALL_EVENT_TYPES, ...(known ?? []).filter((type) => type !== ALL_EVENT_TYPES)];
}

/** A test delivery's outcome in a sentence, and whether it went through. */
export function testOutcome(result: Pick<WebhookTestResult, 'delivered' | 'statusCode' | 'error' | 'durationMs'>):
  { delivered: boolean; text: string } {
  const status = result.statusCode ? `HTTP ${result.statusCode}` : 'no answer';
  const duration = result.durationMs != null ? ` in ${result.durationMs} ms` : '';
  if (result.delivered) {
    return { delivered: true, text: `Delivered: the receiver answered ${status}${duration}.` };
  }
  return { delivered: false, text: `Not delivered: ${status}${duration}${result.error ? `: ${result.error}` : ''}.` };
}

/** A delivery's status (PENDING, DELIVERED or DEAD_LETTER) coloured as the other statuses of the UI. */
export function deliveryStatusColor(status: string | null | undefined): ChipProps['color'] {
  switch (status) {
    case 'DELIVERED':
      return 'success';
    case 'DEAD_LETTER':
      return 'error';
    case 'PENDING':
      return 'info';
    default:
      return 'default';
  }
}
