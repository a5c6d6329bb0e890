import { useState, type FormEvent } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, Paper, Table, TableBody, TableCell,
  TableHead, TableRow, TextField, Typography } from '@mui/material';
import { fieldError } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { EditIcon } from './icons';
import { ListTableColumns, tableKey, UpdateTableColumn } from './operations';

const PAGE_SIZE = 25;

interface EditedColumn {
  columnUri: string;
  name: string;
  description: string;
}

function ColumnDescriptionDialog({ tableUri, column, onClose }: {
  tableUri: string;
  column: EditedColumn;
  onClose: () => void;
}) {
  const [description, setDescription] = useState(column.description);
  const update = useApiMutation(UpdateTableColumn, { invalidates: [tableKey(tableUri)], onSuccess: onClose });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ columnUri: column.columnUri, input: { description: description.trim() } });
  };
  return (
    <Dialog open onClose={onClose} fullWidth aria-labelledby="column-dialog-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="column-dialog-title">Describe the column {column.name}</DialogTitle>
        <DialogContent>
          <ErrorAlert error={update.error} formFields={['description']} />
          <TextField label="Description" value={description} multiline minRows={2} fullWidth autoFocus sx={{ mt: 1 }}
                     onChange={(event) => setDescription(event.target.value)}
                     error={!!fieldError(update.error, 'description')}
                     helperText={fieldError(update.error, 'description') ?? 'Written back to the Glue table'} />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={update.isPending}>Save</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

/** The table's columns from the Glue catalog; the dataset's managers describe them. */
export function TableColumns({ tableUri, canEdit }: { tableUri: string; canEdit: boolean }) {
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<EditedColumn | null>(null);
  const columns = useApiQuery([...tableKey(tableUri), 'columns'], ListTableColumns,
    { tableUri, filter: { page, pageSize: PAGE_SIZE } });
  return (
    <Paper sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>Columns</Typography>
      <QueryState query={columns} label="the columns">
        {({ listDatasetTableColumns }) => (
          <>
            <Table size="small" aria-label="Columns">
              <TableHead>
                <TableRow>
                  <TableCell>Name</TableCell>
                  <TableCell>Type</TableCell>
                  <TableCell>Kind</TableCell>
                  <TableCell>Description</TableCell>
                  {canEdit && <TableCell align="right">Edit</TableCell>}
                </TableRow>
              </TableHead>
              <TableBody>
                {listDatasetTableColumns?.nodes?.map((column) => column && (
                  <TableRow key={column.columnUri}>
                    <TableCell>{column.name}</TableCell>
                    <TableCell>{column.typeName}</TableCell>
                    <TableCell>{column.columnType?.startsWith('partition') ? 'partition' : 'column'}</TableCell>
                    <TableCell>{column.description}</TableCell>
                    {canEdit && (
                      <TableCell align="right">
                        <IconButton aria-label={`Edit the description of ${column.name}`}
                                    onClick={() => setEditing({ columnUri: column.columnUri ?? '',
                                      name: column.name ?? '', description: column.description ?? '' })}>
                          <EditIcon />
                        </IconButton>
                      </TableCell>
                    )}
                  </TableRow>
                ))}
                {!listDatasetTableColumns?.nodes?.length && (
                  <TableRow><TableCell colSpan={canEdit ? 5 : 4}>The catalog has no column for this table.</TableCell></TableRow>
                )}
              </TableBody>
            </Table>
            <Pager count={listDatasetTableColumns?.count} page={page} pageSize={PAGE_SIZE} onPage={setPage} />
          </>
        )}
      </QueryState>
      {editing && <ColumnDescriptionDialog tableUri={tableUri} column={editing} onClose={() => setEditing(null)} />}
    </Paper>
  );
}
