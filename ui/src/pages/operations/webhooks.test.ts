import { describe, expect, it } from 'vitest';
import { deliveryStatusColor, eventTypeOptions, testOutcome, webhookFormProblems, webhookInput,
  type WebhookFormValues } from './webhooks';

const VALID: WebhookFormValues = {
  url: 'https://hooks.example.com/grantline',
  eventTypes: ['*'],
  resourceUri: '',
  description: '',
};

describe('the webhook form', () => {
  it('accepts an http(s) URL with at least one event type', () => {
    expect(webhookFormProblems(VALID)).toEqual({});
  });

  it('asks for a URL', () => {
    expect(webhookFormProblems({ ...VALID, url: ' ' }).url).toBe('Enter the URL that receives the events');
  });

  it('refuses a URL that is not absolute http or https', () => {
    expect(webhookFormProblems({ ...VALID, url: 'hooks.example.com' }).url).toBe('Enter an absolute http or https URL');
    expect(webhookFormProblems({ ...VALID, url: 'ftp://hooks.example.com' }).url).toBeDefined();
  });

  it('asks for an event type', () => {
    expect(webhookFormProblems({ ...VALID, eventTypes: [] }).eventTypes).toContain('at least one event type');
  });
});

describe('the webhook input', () => {
  it('leaves an empty resource filter out of a new subscription', () => {
    expect(webhookInput(VALID, false).resourceUri).toBeUndefined();
  });

  it('sends an empty resource filter in an update, which removes it', () => {
    expect(webhookInput(VALID, true).resourceUri).toBe('');
  });

  it('trims what was typed', () => {
    const input = webhookInput({ ...VALID, url: ' http://a.b/h ', resourceUri: ' org1 ', eventTypes: [' x ', ''] },
      false);

    expect(input).toEqual({ url: 'http://a.b/h', eventTypes: ['x'], resourceUri: 'org1', description: '' });
  });
});

describe('event type options', () => {
  it('offer all first, then the types the API knows', () => {
    expect(eventTypeOptions(['io.grantline.share.A', 'io.grantline.share.B']))
      .toEqual(['*', 'io.grantline.share.A', 'io.grantline.share.B']);
  });

  it('offer all alone while the types are not loaded', () => {
    expect(eventTypeOptions(undefined)).toEqual(['*']);
  });
});

describe('a test delivery', () => {
  it('that went through names the receiver\'s answer', () => {
    expect(testOutcome({ delivered: true, statusCode: 204, durationMs: 12 }))
      .toEqual({ delivered: true, text: 'Delivered: the receiver answered HTTP 204 in 12 ms.' });
  });

  it('that failed names the answer and the error', () => {
    expect(testOutcome({ delivered: false, statusCode: 500, durationMs: 3, error: 'Server Error' }).text)
      .toBe('Not delivered: HTTP 500 in 3 ms: Server Error.');
  });

  it('that got no answer says so', () => {
    expect(testOutcome({ delivered: false, error: 'Connection refused' }).text)
      .toBe('Not delivered: no answer: Connection refused.');
  });
});

describe('delivery statuses', () => {
  it('colour delivered as success, dead letters as errors and pending as under way', () => {
    expect(deliveryStatusColor('DELIVERED')).toBe('success');
    expect(deliveryStatusColor('DEAD_LETTER')).toBe('error');
    expect(deliveryStatusColor('PENDING')).toBe('info');
  });
});
