import { useState } from 'react';
import { Box, Button, Stack } from '@mui/material';
import { ErrorAlert } from '../../components/ErrorAlert';
import { downloadHistory, type ExportFormat } from './exportHistory';

/** Downloads the resource's history (within the timeline's From/To) as JSON Lines or CSV; shows the refusal. */
export function ExportButtons({ resourceUri, from, to }: { resourceUri: string; from?: string; to?: string }) {
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<unknown>(null);

  const download = async (format: ExportFormat) => {
    setBusy(format);
    setError(null);
    try {
      await downloadHistory({ resourceUri, format, from: from || undefined, to: to || undefined });
    } catch (refusal) {
      setError(refusal);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Box sx={{ mb: 2 }}>
      <Stack direction="row" spacing={1}>
        <Button variant="outlined" disabled={!!busy} onClick={() => void download('jsonl')}>
          {busy === 'jsonl' ? 'Exporting…' : 'Export JSON Lines'}
        </Button>
        <Button variant="outlined" disabled={!!busy} onClick={() => void download('csv')}>
          {busy === 'csv' ? 'Exporting…' : 'Export CSV'}
        </Button>
      </Stack>
      <ErrorAlert error={error} />
    </Box>
  );
}
