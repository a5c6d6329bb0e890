import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Box, Button, Checkbox, Link, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography }
  from '@mui/material';
import { DateTime } from '../../components/DateTime';
import { StatusChip } from '../../components/StatusChip';
import { ConfirmedAction } from './ConfirmedAction';
import { ReapplyShareItems, RevokeShareItems, VerifyShareItems } from './operations';
import type { ShareDetail } from './ShareActionsBar';
import { checkableItems, isApprover, itemsOf, revokableItems, type ShareItemState } from './shareState';

type ItemAction = 'revoke' | 'verify' | 'reapply';

function names(items: ShareItemState[]): string {
  return items.map((item) => item.itemName).join(', ');
}

/** The actions on chosen items: revoke what is granted, verify it, or (approvers) grant again what went missing. */
function ItemActions({ share, chosen, onDone }: { share: ShareDetail; chosen: ShareItemState[]; onDone: () => void }) {
  const [open, setOpen] = useState<ItemAction | null>(null);
  const shareUri = share.shareUri ?? '';
  const all = itemsOf(share);
  const toRevoke = revokableItems(share, chosen);
  const toCheck = checkableItems(chosen);
  const close = () => setOpen(null);
  const done = () => { setOpen(null); onDone(); };
  const selector = (items: ShareItemState[]) => () => ({ input: { shareUri,
    itemUris: items.map((item) => item.shareItemUri ?? '') } });
  return (
    <Stack direction="row" spacing={1}>
      {revokableItems(share, all).length > 0 && (
        <Button color="error" variant="outlined" disabled={toRevoke.length === 0} onClick={() => setOpen('revoke')}>
          Revoke
        </Button>
      )}
      {checkableItems(all).length > 0 && (
        <Button variant="outlined" disabled={toCheck.length === 0} onClick={() => setOpen('verify')}>Verify</Button>
      )}
      {isApprover(share) && checkableItems(all).length > 0 && (
        <Button variant="outlined" disabled={toCheck.length === 0} onClick={() => setOpen('reapply')}>Re-apply</Button>
      )}
      {open === 'revoke' && (
        <ConfirmedAction document={RevokeShareItems} variables={selector(toRevoke)} onClose={close} onDone={done}
                         title="Revoke access" confirmLabel="Revoke"
                         text={`The team ${share.group} loses access to ${names(toRevoke)}.`} />
      )}
      {open === 'verify' && (
        <ConfirmedAction document={VerifyShareItems} variables={selector(toCheck)} onClose={close} onDone={done}
                         title="Verify the grants" confirmLabel="Verify"
                         text={`The grants of ${names(toCheck)} are compared with the cloud; their health shows the result.`} />
      )}
      {open === 'reapply' && (
        <ConfirmedAction document={ReapplyShareItems} variables={selector(toCheck)} onClose={close} onDone={done}
                         title="Re-apply the grants" confirmLabel="Re-apply"
                         text={`What is missing of the grants of ${names(toCheck)} is granted again.`} />
      )}
    </Stack>
  );
}

/** The share's items: status, health and last check of each, with the item actions for those ticked. */
export function ShareItemsTable({ share }: { share: ShareDetail }) {
  const [selected, setSelected] = useState<string[]>([]);
  const items = itemsOf(share);
  const chosen = items.filter((item) => selected.includes(item.shareItemUri ?? ''));
  const toggle = (uri: string) => setSelected(selected.includes(uri)
    ? selected.filter((held) => held !== uri) : [...selected, uri]);
  const allTicked = items.length > 0 && chosen.length === items.length;
  // items are ticked only for an action that could take them
  const selectable = revokableItems(share, items).length > 0 || checkableItems(items).length > 0;

  return (
    <Box component="section" aria-labelledby="share-items-title" sx={{ mt: 3 }}>
      <Stack direction="row" sx={{ mb: 1, alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography id="share-items-title" variant="h6" component="h2">Items</Typography>
        <ItemActions share={share} chosen={chosen} onDone={() => setSelected([])} />
      </Stack>
      <Paper>
        <Table aria-label="Shared items">
          <TableHead>
            <TableRow>
              {selectable && <TableCell padding="checkbox">
                <Checkbox checked={allTicked} indeterminate={chosen.length > 0 && !allTicked}
                          slotProps={{ input: { 'aria-label': 'Select every item' } }}
                          onChange={() => setSelected(allTicked ? [] : items.map((item) => item.shareItemUri ?? ''))} />
              </TableCell>}
              <TableCell>Item</TableCell>
              <TableCell>Type</TableCell>
              <TableCell>Status</TableCell>
              <TableCell>Health</TableCell>
              <TableCell>Last verified</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {share.items?.nodes?.map((item) => item && (
              <TableRow key={item.shareItemUri}>
                {selectable && <TableCell padding="checkbox">
                  <Checkbox checked={selected.includes(item.shareItemUri ?? '')}
                            slotProps={{ input: { 'aria-label': `Select ${item.itemName}` } }}
                            onChange={() => toggle(item.shareItemUri ?? '')} />
                </TableCell>}
                <TableCell>
                  {item.itemType === 'Table' && share.dataset?.datasetUri
                    ? <Link component={RouterLink} to={`/datasets/${share.dataset.datasetUri}/tables/${item.itemUri}`}>
                      {item.itemName}</Link>
                    : item.itemName}
                </TableCell>
                <TableCell>{item.itemType}</TableCell>
                <TableCell><StatusChip status={item.status} /></TableCell>
                <TableCell>
                  {item.healthStatus ? <StatusChip status={item.healthStatus} /> : '—'}
                  {item.healthMessage && (
                    <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, whiteSpace: 'pre-wrap' }}>
                      {item.healthMessage}
                    </Typography>
                  )}
                </TableCell>
                <TableCell><DateTime value={item.lastVerificationTime} /></TableCell>
              </TableRow>
            ))}
            {items.length === 0 && (
              <TableRow><TableCell colSpan={selectable ? 6 : 5}>The share holds no item yet.</TableCell></TableRow>
            )}
          </TableBody>
        </Table>
      </Paper>
    </Box>
  );
}
