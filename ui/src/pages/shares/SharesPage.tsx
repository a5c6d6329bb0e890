import { useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { keepPreviousData, useQueryClient } from '@tanstack/react-query';
import { Box, Link, MenuItem, Paper, Stack, Tab, TableCell, TableRow, Tabs, TextField } from '@mui/material';
import { useApiQuery } from '../../api/hooks';
import { useSubscription } from '../../api/live';
import { ListTable } from '../../components/ListTable';
import { Page } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { StatusChip } from '../../components/StatusChip';
import { DateTime } from '../../components/DateTime';
import type { ShareListItemFragment as ShareRow, ShareObjectStatus } from '../../gql/graphql';
import { SHARES_KEY, SharesFromMe, SharesToMe, ShareStatusChanged } from './operations';
import { principalLabel } from './shareState';

const PAGE_SIZE = 10;
const STATUSES: ShareObjectStatus[] = ['Draft', 'Submitted', 'Approved', 'Share_In_Progress', 'Processed', 'Rejected',
  'Revoked', 'Revoke_In_Progress', 'Submitted_For_Extension', 'Extension_Rejected'];

interface ShareList { count?: number | null; nodes?: (ShareRow | null)[] | null }

function ShareTable({ label, list, page, onPage }:
                    { label: string; list: ShareList | null | undefined; page: number; onPage: (page: number) => void }) {
  return (
    <Paper>
      <ListTable label={label}
                 columns={['Dataset', 'Owner team', 'Requesting team', 'Principal', 'Status',
                           { header: 'Items shared / pending / failed', align: 'right' }, 'Requested']}
                 empty={!list?.nodes?.length && 'No share request matches.'}>
        {list?.nodes?.map((share) => share && (
          <TableRow key={share.shareUri} hover>
            <TableCell>
              <Link component={RouterLink} to={`/shares/${share.shareUri}`}>
                {share.dataset?.datasetName ?? share.shareUri}
              </Link>
            </TableCell>
            <TableCell>{share.dataset?.SamlAdminGroupName}</TableCell>
            <TableCell>{share.group}<Box component="div" sx={{ color: 'text.secondary' }}>{share.owner}</Box></TableCell>
            <TableCell>
              {share.principal && principalLabel(share.principal)}
              <Box component="div" sx={{ color: 'text.secondary' }}>
                {share.principal?.principalType} in {share.principal?.environmentName}
              </Box>
            </TableCell>
            <TableCell><StatusChip status={share.status} /></TableCell>
            <TableCell align="right">
              {share.statistics?.sharedItems ?? 0} / {share.statistics?.pendingItems ?? 0} / {share.statistics?.failedItems ?? 0}
            </TableCell>
            <TableCell><DateTime value={share.created} /></TableCell>
          </TableRow>
        ))}
      </ListTable>
      <Pager count={list?.count} page={page} pageSize={PAGE_SIZE} onPage={onPage} />
    </Paper>
  );
}

/** Requests for the datasets of the caller's teams (inbox), or made by them (outbox), filtered by status and text. */
export function SharesPage() {
  const [params, setParams] = useSearchParams();
  const box = params.get('box') === 'outbox' ? 'outbox' : 'inbox';
  const [term, setTerm] = useState('');
  const [status, setStatus] = useState('');
  const [page, setPage] = useState(1);
  const filter = { term: term.trim() || undefined, status: status ? [status] : undefined, page, pageSize: PAGE_SIZE };
  const options = { placeholderData: keepPreviousData };
  const inbox = useApiQuery([...SHARES_KEY, 'inbox'], SharesToMe, { filter }, { ...options, enabled: box === 'inbox' });
  const outbox = useApiQuery([...SHARES_KEY, 'outbox'], SharesFromMe, { filter },
    { ...options, enabled: box === 'outbox' });
  const queryClient = useQueryClient();
  // a request arriving, or one moving on, while the list is open: the push comes once the read model shows it
  useSubscription(ShareStatusChanged, {}, () => {
    void queryClient.invalidateQueries({ queryKey: SHARES_KEY });
  });

  return (
    <Page title="Shares" subtitle="Requests for access to data, and their review">
      <Tabs value={box} sx={{ mb: 2 }} aria-label="Share requests"
            onChange={(_, next: string) => { setParams(next === 'outbox' ? { box: 'outbox' } : {}); setPage(1); }}>
        <Tab value="inbox" label="Received" id="shares-tab-inbox" aria-controls="shares-panel" />
        <Tab value="outbox" label="Sent" id="shares-tab-outbox" aria-controls="shares-panel" />
      </Tabs>
      <Stack direction="row" spacing={2} sx={{ mb: 2 }}>
        <TextField label="Search shares" type="search" size="small" value={term}
                   onChange={(event) => { setTerm(event.target.value); setPage(1); }} />
        <TextField select label="Status" size="small" value={status} sx={{ minWidth: 220 }}
                   slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
                   onChange={(event) => { setStatus(event.target.value); setPage(1); }}>
          <MenuItem value="">Any status</MenuItem>
          {STATUSES.map((value) => <MenuItem key={value} value={value}>{value}</MenuItem>)}
        </TextField>
      </Stack>
      <Box id="shares-panel" role="tabpanel" aria-labelledby={`shares-tab-${box}`}>
        {box === 'inbox' ? (
          <QueryState query={inbox} label="the requests received">
            {({ getShareRequestsToMe }) => (
              <ShareTable label="Requests received" list={getShareRequestsToMe} page={page} onPage={setPage} />
            )}
          </QueryState>
        ) : (
          <QueryState query={outbox} label="the requests sent">
            {({ getShareRequestsFromMe }) => (
              <ShareTable label="Requests sent" list={getShareRequestsFromMe} page={page} onPage={setPage} />
            )}
          </QueryState>
        )}
      </Box>
    </Page>
  );
}
