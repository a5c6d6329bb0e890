import { useState, type FormEvent } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { Alert, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle,
  FormControl, FormControlLabel, FormGroup, FormHelperText, FormLabel, Link, MenuItem, Stack, TextField }
  from '@mui/material';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { fieldError } from '../../api/errors';
import { request } from '../../api/graphql';
import { useSession } from '../../auth/AuthProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { ShareableType } from '../../gql/graphql';
import { SHARES_KEY } from '../shares/operations';
import { datasetUriOf, shareableTypeOf, validateRequest, type RequestFormErrors } from './access';
import type { CatalogHit } from './CatalogHitCard';
import { kindName } from './facets';
import { ItemChoice, type ShareableItem } from './ItemChoice';
import { AddShareRequestItem, CATALOG_KEY, CreateShareRequest, REQUESTER_KEY, RequesterConsumptionRoles,
  RequesterEnvironments, ShareableItems, SubmitShareRequest } from './operations';

const FIELDS = ['groupUri', 'environmentUri', 'principalId', 'principalType', 'permissions', 'shareExpirationPeriod',
  'requestPurpose'];
const PERMISSIONS = ['Read', 'Write', 'Modify'];
/** The principal value meaning "the team's own environment role" (a Group share). */
const TEAM_ROLE = 'team-role';

interface ItemToAdd {
  itemUri: string;
  itemType: ShareableType;
}

/** Where the access goes: the requesting team, its environment, and the team's role or one of its consumption roles. */
function useRequesterChoices(groupUri: string, chosenEnvironment: string) {
  const environments = useApiQuery([...REQUESTER_KEY, 'environments'], RequesterEnvironments,
    { filter: { SamlGroupName: groupUri } }, { enabled: !!groupUri });
  const roles = useApiQuery([...REQUESTER_KEY, 'roles'], RequesterConsumptionRoles,
    { filter: { groupUri, page: 1, pageSize: 100 } }, { enabled: !!groupUri });
  const environmentList = (environments.data?.listValidEnvironments?.nodes ?? []).filter((env) => env !== null);
  // with one environment there is nothing to choose
  const environmentUri = chosenEnvironment
    || (environmentList.length === 1 ? environmentList[0].environmentUri ?? '' : '');
  const roleList = (roles.data?.listAllConsumptionPrincipals?.nodes ?? [])
    .filter((role) => role !== null).filter((role) => role.environmentUri === environmentUri);
  return { environments, environmentList, environmentUri, roles, roleList };
}

export function RequestAccessDialog({ hit, onClose }: { hit: CatalogHit; onClose: () => void }) {
  const session = useSession();
  const navigate = useNavigate();
  const [groupUri, setGroupUri] = useState(session.groups[0] ?? '');
  const [chosenEnvironment, setChosenEnvironment] = useState('');
  const [principal, setPrincipal] = useState(TEAM_ROLE);
  const [permissions, setPermissions] = useState<string[]>(['Read']);
  const [expiration, setExpiration] = useState('');
  const [nonExpirable, setNonExpirable] = useState(false);
  const [purpose, setPurpose] = useState('');
  const [formErrors, setFormErrors] = useState<RequestFormErrors>({});
  const [readError, setReadError] = useState<unknown>(null);
  const [draft, setDraft] = useState<{ shareUri: string; alreadyExisted: boolean } | null>(null);
  const choices = useRequesterChoices(groupUri, chosenEnvironment);
  const create = useApiMutation(CreateShareRequest, { invalidates: [SHARES_KEY] });
  const add = useApiMutation(AddShareRequestItem);
  const submit = useApiMutation(SubmitShareRequest, { invalidates: [SHARES_KEY, CATALOG_KEY] });
  const busy = create.isPending || add.isPending || submit.isPending;
  const title = hit.label ?? hit.name ?? hit.uri;

  const addAndSubmit = async (shareUri: string, items: ItemToAdd[]) => {
    try {
      for (const item of items) {
        await add.mutateAsync({ shareUri, input: item });
      }
      await submit.mutateAsync({ shareUri });
      navigate(`/shares/${shareUri}`);
    } catch {
      // the failed step's error is shown by its mutation
    }
  };

  /** A table or folder goes in as soon as the share exists, unless the share already holds it. */
  const requestItem = async (shareUri: string, itemType: ShareableType) => {
    try {
      const share = await request(ShareableItems, { shareUri });
      const held = share.getShareObject?.items?.nodes?.some((item) => item?.itemUri === hit.uri && item.shareItemUri);
      await addAndSubmit(shareUri, held ? [] : [{ itemUri: hit.uri, itemType }]);
    } catch (error) {
      setReadError(error);
    }
  };

  const createShare = async (event: FormEvent) => {
    event.preventDefault();
    const principalId = principal === TEAM_ROLE ? groupUri : principal;
    const errors = validateRequest({ groupUri, environmentUri: choices.environmentUri, principalId, permissions,
      expiration, nonExpirable });
    setFormErrors(errors);
    if (Object.keys(errors).length) {
      return;
    }
    setReadError(null);
    add.reset();
    submit.reset();
    const roleName = choices.roleList.find((role) => role.consumptionPrincipalUri === principal)?.IAMPrincipalName;
    const created = await create.mutateAsync({ datasetUri: datasetUriOf(hit), input: {
      environmentUri: choices.environmentUri, groupUri, principalId,
      principalType: principal === TEAM_ROLE ? 'Group' : 'ConsumptionRole',
      principalName: principal === TEAM_ROLE ? groupUri : roleName,
      permissions: permissions as ('Read' | 'Write' | 'Modify')[],
      requestPurpose: purpose.trim() || undefined,
      nonExpirable,
      shareExpirationPeriod: !nonExpirable && expiration.trim() ? Number(expiration) : undefined,
    } }).catch(() => null);
    const shareUri = created?.createShareObject?.shareUri;
    if (!shareUri) {
      return;
    }
    const itemType = shareableTypeOf(hit.resourceKind);
    if (itemType) {
      await requestItem(shareUri, itemType);
    } else {
      setDraft({ shareUri, alreadyExisted: !!created.createShareObject?.alreadyExisted });
    }
  };

  const shownError = (field: keyof RequestFormErrors) => formErrors[field] ?? fieldError(create.error, field);
  const togglePermission = (permission: string) => setPermissions(permissions.includes(permission)
    ? permissions.filter((held) => held !== permission) : [...permissions, permission]);
  const stepFailed: unknown = add.error ?? submit.error ?? readError;
  const draftUri = draft?.shareUri ?? create.data?.createShareObject?.shareUri;

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="request-access-title">
      <DialogTitle id="request-access-title">Request access to {kindName(hit.resourceKind).toLowerCase()} {title}</DialogTitle>
      {draft ? (
        <ItemChoice shareUri={draft.shareUri} alreadyExisted={draft.alreadyExisted} busy={busy}
                    failure={stepFailed ? <StepFailure error={stepFailed} shareUri={draft.shareUri} /> : null}
                    onCancel={onClose}
                    onSubmit={(items: ShareableItem[]) => addAndSubmit(draft.shareUri, items)} />
      ) : (
        <form onSubmit={createShare} noValidate>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>
              {hit.ownerTeam ? `The team ${hit.ownerTeam} reviews the request.` : 'The dataset\'s owners review the request.'}
              {hit.resourceKind === 'dataset' && ' You choose the tables and folders next.'}
            </DialogContentText>
            <Stack spacing={2}>
              <ErrorAlert error={create.error} formFields={FIELDS} />
              <ErrorAlert error={choices.environments.error} />
              <TextField select label="Requesting team" value={groupUri} required
                         onChange={(event) => { setGroupUri(event.target.value); setChosenEnvironment('');
                           setPrincipal(TEAM_ROLE); }}
                         error={!!shownError('groupUri')} helperText={shownError('groupUri')}>
                {session.groups.map((group) => <MenuItem key={group} value={group}>{group}</MenuItem>)}
              </TextField>
              <TextField select label="Environment" value={choices.environmentUri} required
                         onChange={(event) => { setChosenEnvironment(event.target.value); setPrincipal(TEAM_ROLE); }}
                         error={!!shownError('environmentUri')}
                         helperText={shownError('environmentUri') ?? (choices.environments.isSuccess
                           && choices.environmentList.length === 0
                           ? `The team ${groupUri} is in no environment: join or create one first`
                           : 'The environment of your team that receives the access')}>
                {choices.environmentList.map((env) => (
                  <MenuItem key={env.environmentUri} value={env.environmentUri ?? ''}>
                    {env.label} ({env.organization?.label}, {env.region})
                  </MenuItem>
                ))}
              </TextField>
              <TextField select label="Principal" value={principal} required
                         onChange={(event) => setPrincipal(event.target.value)}
                         error={!!(shownError('principalId') ?? fieldError(create.error, 'principalType'))}
                         helperText={shownError('principalId') ?? fieldError(create.error, 'principalType')
                           ?? 'Who uses the access: the team\'s environment role or one of its consumption roles'}>
                <MenuItem value={TEAM_ROLE}>Team role of {groupUri}</MenuItem>
                {choices.roleList.map((role) => (
                  <MenuItem key={role.consumptionPrincipalUri} value={role.consumptionPrincipalUri ?? ''}>
                    Consumption role {role.consumptionPrincipalName} ({role.IAMPrincipalName})
                  </MenuItem>
                ))}
              </TextField>
              <FormControl error={!!shownError('permissions')} component="fieldset">
                <FormLabel component="legend">Permissions</FormLabel>
                <FormGroup row>
                  {PERMISSIONS.map((permission) => (
                    <FormControlLabel key={permission} label={permission}
                                      control={<Checkbox checked={permissions.includes(permission)}
                                                         onChange={() => togglePermission(permission)} />} />
                  ))}
                </FormGroup>
                <FormHelperText>
                  {shownError('permissions') ?? 'Write and Modify are granted only within one AWS account'}
                </FormHelperText>
              </FormControl>
              <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
                <TextField label="Expiration period" value={expiration} disabled={nonExpirable} sx={{ flexGrow: 1 }}
                           onChange={(event) => setExpiration(event.target.value)}
                           slotProps={{ htmlInput: { inputMode: 'numeric' } }}
                           error={!!shownError('shareExpirationPeriod')}
                           helperText={shownError('shareExpirationPeriod')
                             ?? 'In the dataset\'s periods (months or quarters), for datasets whose shares expire'} />
                <FormControlLabel label="Never expires" sx={{ mt: 1 }}
                                  control={<Checkbox checked={nonExpirable}
                                                     onChange={(event) => setNonExpirable(event.target.checked)} />} />
              </Stack>
              <TextField label="Purpose of the request" value={purpose} multiline minRows={2}
                         onChange={(event) => setPurpose(event.target.value)}
                         error={!!fieldError(create.error, 'requestPurpose')}
                         helperText={fieldError(create.error, 'requestPurpose') ?? 'Tells the owners why you need it'} />
              {stepFailed && draftUri ? <StepFailure error={stepFailed} shareUri={draftUri} /> : null}
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose} disabled={busy}>Cancel</Button>
            <Button type="submit" variant="contained" disabled={busy}>
              {hit.resourceKind === 'dataset' ? 'Continue' : 'Request access'}
            </Button>
          </DialogActions>
        </form>
      )}
    </Dialog>
  );
}

/** A step after the share's creation failed: the share exists as a draft, which its page can finish. */
function StepFailure({ error, shareUri }: { error: unknown; shareUri: string }) {
  return (
    <Stack spacing={1}>
      <ErrorAlert error={error} />
      <Alert severity="warning">
        The request is saved as a draft. <Link component={RouterLink} to={`/shares/${shareUri}`}>Open it</Link> to
        complete it later.
      </Alert>
    </Stack>
  );
}
