import { useParams } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { Chip, Stack } from '@mui/material';
import { useApiQuery } from '../../api/hooks';
import { useSubscription } from '../../api/live';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/QueryState';
import { StatusChip } from '../../components/StatusChip';
import { CATALOG_KEY } from '../catalog/operations';
import { GetShare, SHARES_KEY, shareKey, ShareStatusChanged } from './operations';
import { ShareActionsBar } from './ShareActionsBar';
import { ShareItemsTable } from './ShareItemsTable';
import { ShareProgress } from './ShareProgress';
import { ShareSummary } from './ShareSummary';
import { isProcessing } from './shareState';

/** How often the page reads a share while the processor works on it, beside the live pushes. */
const POLL_MS = 2000;

export function SharePage() {
  const { shareUri = '' } = useParams();
  const queryClient = useQueryClient();
  const share = useApiQuery(shareKey(shareUri), GetShare, { shareUri }, {
    refetchInterval: (query) => {
      const current = query.state.data?.getShareObject;
      return current && isProcessing(current) ? POLL_MS : false;
    },
  });
  // a move of the share changes the lists it is in and what the catalog says the requesters have
  useSubscription(ShareStatusChanged, { shareUri }, () => {
    void queryClient.invalidateQueries({ queryKey: SHARES_KEY });
    void queryClient.invalidateQueries({ queryKey: CATALOG_KEY });
  });

  return (
    <QueryState query={share} label="the share">
      {({ getShareObject }) => getShareObject && (
        <Page title={`Share of ${getShareObject.dataset?.datasetName ?? shareUri}`}
              subtitle={`Requested by ${getShareObject.owner} for the team ${getShareObject.group}`}
              actions={<ShareActionsBar share={getShareObject} />}>
          <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
            <StatusChip status={getShareObject.status} label="Share" />
            <Chip size="small" variant="outlined" label={`Your role: ${getShareObject.userRoleForShareObject}`} />
          </Stack>
          <ShareProgress share={getShareObject} />
          <ShareSummary share={getShareObject} />
          <ShareItemsTable share={getShareObject} />
        </Page>
      )}
    </QueryState>
  );
}
