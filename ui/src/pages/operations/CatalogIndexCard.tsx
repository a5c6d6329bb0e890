import { useState } from 'react';
import { Alert, Box, Button, LinearProgress, Paper, Stack, Typography } from '@mui/material';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { QueryState } from '../../components/QueryState';
import { CATALOG_INDEX_KEY, CatalogIndexProgress, StartCatalogReindex } from './operations';

/** The catalog's search index: where its processor stands, and a reindex followed until it caught up. */
export function CatalogIndexCard() {
  const [confirming, setConfirming] = useState(false);
  const status = useApiQuery(CATALOG_INDEX_KEY, CatalogIndexProgress, {}, {
    refetchInterval: (query) => (query.state.data?.catalogIndexStatus?.replaying ? 1500 : false),
  });
  const reindex = useApiMutation(StartCatalogReindex, {
    invalidates: [CATALOG_INDEX_KEY],
    onSuccess: () => setConfirming(false),
  });
  return (
    <Paper sx={{ p: 2, mt: 2 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="h6" component="h3">Catalog index</Typography>
        <Button variant="outlined" onClick={() => { reindex.reset(); setConfirming(true); }}>Reindex catalog</Button>
      </Stack>
      <QueryState query={status} label="the catalog index status">
        {({ catalogIndexStatus: index }) => index && (
          <Box sx={{ mt: 1 }}>
            <Typography>
              {index.documents} documents; position {index.position} of {index.head}
              {index.replaying ? ` (reindexing: ${Math.round(index.percent)}%)` : ' (up to date)'}
            </Typography>
            {index.replaying && (
              <LinearProgress variant="determinate" value={index.percent} aria-label="Reindex progress"
                              sx={{ mt: 1 }} />
            )}
            {reindex.isSuccess && !index.replaying && (
              <Alert severity="success" sx={{ mt: 1 }}>The catalog was reindexed.</Alert>
            )}
          </Box>
        )}
      </QueryState>
      <ConfirmDialog open={confirming} title="Reindex the catalog?"
                     text="The catalog is rebuilt from the event store; documents of deleted items are removed. Search keeps answering meanwhile."
                     confirmLabel="Reindex" busy={reindex.isPending} error={reindex.error}
                     onConfirm={() => reindex.mutate({ handleDeletes: true })} onClose={() => setConfirming(false)} />
    </Paper>
  );
}
