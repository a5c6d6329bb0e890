import { useState } from 'react';
import { Autocomplete, TextField } from '@mui/material';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { fieldError } from '../../api/errors';
import { FormDialog } from '../../components/FormDialog';
import { CreateWebhookSubscription, UpdateWebhookSubscription, WEBHOOK_EVENT_TYPES_KEY, WebhookEventTypes, WEBHOOKS_KEY }
  from './operations';
import { ALL_EVENT_TYPES, eventTypeOptions, webhookFormProblems, webhookInput, type WebhookFormProblems, type WebhookFormValues }
  from './webhooks';

const FIELDS = ['url', 'eventTypes', 'resourceUri', 'description'];

const EMPTY: WebhookFormValues = { url: '', eventTypes: [ALL_EVENT_TYPES], resourceUri: '', description: '' };

/**
 * Creates a subscription (then hands its one-time secret to onCreated) or, given one, edits it. The API checks
 * the event types against the ones it knows; its refusal shows under the field.
 */
export function WebhookFormDialog({ editing, onCreated, onClose }: {
  editing?: { subscriptionUri: string; values: WebhookFormValues };
  onCreated?: (created: { subscriptionUri: string; secret: string }) => void;
  onClose: () => void;
}) {
  const [values, setValues] = useState<WebhookFormValues>(editing?.values ?? EMPTY);
  const [problems, setProblems] = useState<WebhookFormProblems>({});
  const known = useApiQuery(WEBHOOK_EVENT_TYPES_KEY, WebhookEventTypes, {}, { staleTime: Infinity });
  const create = useApiMutation(CreateWebhookSubscription, {
    invalidates: [WEBHOOKS_KEY],
    onSuccess: (result) => {
      const created = result.createWebhookSubscription;
      if (created?.subscription && created.secret) {
        onCreated?.({ subscriptionUri: created.subscription.subscriptionUri, secret: created.secret });
      }
    },
  });
  const update = useApiMutation(UpdateWebhookSubscription, { invalidates: [WEBHOOKS_KEY], onSuccess: onClose });
  const saving = editing ? update : create;
  const error = saving.error;

  const set = <K extends keyof WebhookFormValues>(name: K, value: WebhookFormValues[K]) => {
    setValues((current) => ({ ...current, [name]: value }));
    setProblems((current) => ({ ...current, [name]: undefined }));
  };

  const submit = () => {
    const found = webhookFormProblems(values);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      return;
    }
    if (editing) {
      update.mutate({ subscriptionUri: editing.subscriptionUri, input: webhookInput(values, true) });
    } else {
      create.mutate({ input: webhookInput(values, false) });
    }
  };

  const message = (field: 'url' | 'eventTypes') => problems[field] ?? fieldError(error, field);
  const title = editing ? 'Edit the webhook subscription' : 'Create a webhook subscription';
  return (
    <FormDialog title={title} maxWidth="sm" error={error} formFields={FIELDS}
                submitLabel={editing ? 'Save' : 'Create'} busy={saving.isPending} onSubmit={submit} onClose={onClose}>
      <TextField label="Receiver URL" value={values.url} required autoFocus placeholder="https://…"
                 onChange={(event) => set('url', event.target.value)}
                 error={!!message('url')} helperText={message('url') ?? 'Events are POSTed here, signed'} />
      <Autocomplete multiple freeSolo autoSelect options={eventTypeOptions(known.data?.webhookEventTypes)} value={values.eventTypes}
                    onChange={(_, chosen) => set('eventTypes', chosen)}
                    renderInput={(params) => (
                      <TextField {...params} label="Event types" required
                                 error={!!message('eventTypes')}
                                 helperText={message('eventTypes')
                                   ?? `${ALL_EVENT_TYPES} for all, or types such as io.grantline.share.ShareObjectApproved (Enter adds one)`} />
                    )} />
      <TextField label="Resource filter (optional)" value={values.resourceUri}
                 onChange={(event) => set('resourceUri', event.target.value)}
                 error={!!fieldError(error, 'resourceUri')}
                 helperText={fieldError(error, 'resourceUri')
                   ?? 'Only events of this resource URI (organization, environment, dataset, share…)'} />
      <TextField label="Description" value={values.description} multiline minRows={2}
                 onChange={(event) => set('description', event.target.value)}
                 error={!!fieldError(error, 'description')} helperText={fieldError(error, 'description')} />
    </FormDialog>
  );
}
