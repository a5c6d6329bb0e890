import { useState } from 'react';
import { Button, Chip, IconButton, Paper, Stack, TableCell, TableRow, Typography } from '@mui/material';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateTime } from '../../components/DateTime';
import { ListTable } from '../../components/ListTable';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import type { ListDatasetFoldersQuery } from '../../gql/graphql';
import { FolderDialog } from './FolderDialog';
import type { FolderValues } from './folderForm';
import { DeleteIcon, EditIcon } from './icons';
import { datasetKey, DeleteDatasetFolder, ListDatasetFolders } from './operations';

const PAGE_SIZE = 10;
const NEW_FOLDER: FolderValues = { label: '', prefix: '', description: '', tags: '' };

type Folder = NonNullable<NonNullable<NonNullable<NonNullable<ListDatasetFoldersQuery['getDataset']>['locations']>['nodes']>[number]>;

function FolderRow({ folder, canEdit, onEdit, onDelete }: {
  folder: Folder;
  canEdit: boolean;
  onEdit: () => void;
  onDelete: () => void;
}) {
  return (
    <TableRow hover>
      <TableCell>{folder.label}</TableCell>
      <TableCell>{folder.S3Prefix}</TableCell>
      <TableCell>{folder.description}</TableCell>
      <TableCell>{folder.tags?.map((tag) => <Chip key={tag} size="small" variant="outlined" label={tag} sx={{ mr: 0.5 }} />)}</TableCell>
      <TableCell>{folder.locationCreated ? 'yes' : 'being created'}</TableCell>
      <TableCell><DateTime value={folder.created} /></TableCell>
      {canEdit && (
        <TableCell align="right">
          <IconButton aria-label={`Edit folder ${folder.label}`} onClick={onEdit}><EditIcon /></IconButton>
          <IconButton aria-label={`Delete folder ${folder.label}`} onClick={onDelete}><DeleteIcon /></IconButton>
        </TableCell>
      )}
    </TableRow>
  );
}

/** The dataset's folders: S3 prefixes that can be shared on their own. */
export function DatasetFoldersPanel({ datasetUri, canEdit }: { datasetUri: string; canEdit: boolean }) {
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<{ locationUri?: string; values: FolderValues } | null>(null);
  const [deleting, setDeleting] = useState<Folder | null>(null);
  const folders = useApiQuery([...datasetKey(datasetUri), 'folders'], ListDatasetFolders,
    { datasetUri, filter: { page, pageSize: PAGE_SIZE } });
  const remove = useApiMutation(DeleteDatasetFolder,
    { invalidates: [datasetKey(datasetUri)], onSuccess: () => setDeleting(null) });
  return (
    <Paper sx={{ p: 2 }}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
        <Typography variant="h6" component="h2">Folders</Typography>
        {canEdit && <Button variant="contained" onClick={() => setEditing({ values: NEW_FOLDER })}>Create folder</Button>}
      </Stack>
      <QueryState query={folders} label="the folders">
        {({ getDataset }) => (
          <>
            <ListTable label="Folders"
                       columns={['Name', 'S3 prefix', 'Description', 'Tags', 'In S3', 'Created',
                                 canEdit && { header: 'Actions', align: 'right' }]}
                       empty={!getDataset?.locations?.nodes?.length && 'No folder yet.'}>
              {getDataset?.locations?.nodes?.map((folder) => folder && (
                <FolderRow key={folder.locationUri} folder={folder} canEdit={canEdit}
                           onDelete={() => { remove.reset(); setDeleting(folder); }}
                           onEdit={() => setEditing({ locationUri: folder.locationUri ?? undefined, values: {
                             label: folder.label ?? '', prefix: folder.S3Prefix ?? '',
                             description: folder.description ?? '', tags: (folder.tags ?? []).join(', ') } })} />
              ))}
            </ListTable>
            <Pager count={getDataset?.locations?.count} page={page} pageSize={PAGE_SIZE} onPage={setPage} />
          </>
        )}
      </QueryState>
      {editing && (
        <FolderDialog datasetUri={datasetUri} locationUri={editing.locationUri} initial={editing.values}
                      onClose={() => setEditing(null)} />
      )}
      <ConfirmDialog open={!!deleting} title="Delete the folder?" confirmLabel="Delete"
                     text={`The folder ${deleting?.label ?? ''} is removed from the dataset and from the catalog.`}
                     busy={remove.isPending} error={remove.error}
                     onConfirm={() => deleting?.locationUri && remove.mutate({ locationUri: deleting.locationUri })}
                     onClose={() => setDeleting(null)} />
    </Paper>
  );
}
