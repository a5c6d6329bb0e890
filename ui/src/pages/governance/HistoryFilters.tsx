import { useState, type FormEvent } from 'react';
import { Button, Stack, TextField } from '@mui/material';
import { fromLocalInput, toLocalInput } from '../../components/instants';
import type { HistoryFilterForm } from './historyFilter';

/** The timeline's filters; the instants are typed in local time and kept as ISO instants. */
export function HistoryFilters({ value, onApply }: { value: HistoryFilterForm; onApply: (form: HistoryFilterForm) => void }) {
  const [actions, setActions] = useState(value.actions);
  const [actor, setActor] = useState(value.actor);
  const [correlationId, setCorrelationId] = useState(value.correlationId);
  const [from, setFrom] = useState(toLocalInput(value.from));
  const [to, setTo] = useState(toLocalInput(value.to));
  const fromInstant = from ? fromLocalInput(from) : '';
  const toInstant = to ? fromLocalInput(to) : '';
  const outOfOrder = !!fromInstant && !!toInstant && toInstant < fromInstant;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (fromInstant === null || toInstant === null || outOfOrder) {
      return;
    }
    onApply({ actions, actor, correlationId, from: fromInstant, to: toInstant });
  };

  const clear = () => {
    setActions('');
    setActor('');
    setCorrelationId('');
    setFrom('');
    setTo('');
    onApply({ actions: '', actor: '', correlationId: '', from: '', to: '' });
  };

  return (
    <Stack component="form" onSubmit={submit} noValidate aria-label="Filter the history" direction="row"
           spacing={2} useFlexGap sx={{ flexWrap: 'wrap', mb: 2, alignItems: 'flex-start' }}>
      <TextField label="Actions" size="small" value={actions} onChange={(event) => setActions(event.target.value)}
                 helperText="Event types, e.g. DatasetUpdated" />
      <TextField label="Actor" size="small" value={actor} onChange={(event) => setActor(event.target.value)}
                 helperText="A username" />
      <TextField label="Correlation id" size="small" value={correlationId}
                 onChange={(event) => setCorrelationId(event.target.value)} helperText="The steps of one request" />
      <TextField label="From" type="datetime-local" size="small" value={from}
                 onChange={(event) => setFrom(event.target.value)} slotProps={{ inputLabel: { shrink: true },
                   htmlInput: { step: 1 } }}
                 error={fromInstant === null} helperText={fromInstant === null ? 'Enter a date and time' : ' '} />
      <TextField label="To" type="datetime-local" size="small" value={to}
                 onChange={(event) => setTo(event.target.value)} slotProps={{ inputLabel: { shrink: true },
                   htmlInput: { step: 1 } }}
                 error={toInstant === null || outOfOrder}
                 helperText={toInstant === null ? 'Enter a date and time' : outOfOrder ? 'Must not be before From' : ' '} />
      <Button type="submit" variant="outlined">Apply filters</Button>
      <Button onClick={clear}>Clear filters</Button>
    </Stack>
  );
}
