import { useState, type FormEvent, type ReactNode } from 'react';
import { Alert, Button, Checkbox, DialogActions, DialogContent, FormControl, FormControlLabel, FormGroup,
  FormHelperText, FormLabel, Stack } from '@mui/material';
import { useApiQuery } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import { StatusChip } from '../../components/StatusChip';
import type { ShareableType } from '../../gql/graphql';
import { REQUESTER_KEY, ShareableItems } from './operations';

export interface ShareableItem {
  itemUri: string;
  itemType: ShareableType;
}

/** The second step of requesting a dataset: which of its tables, folders and bucket the share should hold. */
export function ItemChoice({ shareUri, alreadyExisted, busy, failure, onCancel, onSubmit }: {
  shareUri: string;
  alreadyExisted: boolean;
  busy: boolean;
  failure: ReactNode;
  onCancel: () => void;
  onSubmit: (items: ShareableItem[]) => void;
}) {
  const [chosen, setChosen] = useState<string[]>([]);
  const [nothingChosen, setNothingChosen] = useState(false);
  const items = useApiQuery([...REQUESTER_KEY, 'items', shareUri], ShareableItems, { shareUri });
  const nodes = (items.data?.getShareObject?.items?.nodes ?? []).filter((item) => item !== null);
  const pendingHeld = nodes.some((item) => item.shareItemUri && item.status === 'PendingApproval');

  const toggle = (itemUri: string) => {
    setNothingChosen(false);
    setChosen(chosen.includes(itemUri) ? chosen.filter((uri) => uri !== itemUri) : [...chosen, itemUri]);
  };
  const send = (event: FormEvent) => {
    event.preventDefault();
    if (chosen.length === 0 && !pendingHeld) {
      setNothingChosen(true);
      return;
    }
    onSubmit(nodes.filter((item) => item.itemUri && item.itemType && chosen.includes(item.itemUri))
      .map((item) => ({ itemUri: item.itemUri as string, itemType: item.itemType as ShareableType })));
  };

  return (
    <form onSubmit={send} noValidate>
      <DialogContent>
        <Stack spacing={2}>
          {alreadyExisted && (
            <Alert severity="info">Your team already has a request for this dataset there: the items join it.</Alert>
          )}
          <QueryState query={items} label="the dataset's items">
            {() => (
              <FormControl component="fieldset" error={nothingChosen}>
                <FormLabel component="legend">Items to request</FormLabel>
                <FormGroup>
                  {nodes.map((item) => (
                    <Stack key={item.itemUri} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                      <FormControlLabel
                        label={`${item.itemType} ${item.itemName}`}
                        control={<Checkbox checked={!!item.shareItemUri || chosen.includes(item.itemUri ?? '')}
                                           disabled={!!item.shareItemUri}
                                           onChange={() => toggle(item.itemUri ?? '')} />} />
                      {item.shareItemUri && <StatusChip status={item.status} />}
                    </Stack>
                  ))}
                </FormGroup>
                <FormHelperText>
                  {nothingChosen ? 'Choose at least one item' : nodes.length === 0
                    ? 'The dataset has no table, folder or bucket to share yet' : 'Items already requested are ticked'}
                </FormHelperText>
              </FormControl>
            )}
          </QueryState>
          {failure}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={busy}>Cancel</Button>
        <Button type="submit" variant="contained" disabled={busy}>Submit request</Button>
      </DialogActions>
    </form>
  );
}
