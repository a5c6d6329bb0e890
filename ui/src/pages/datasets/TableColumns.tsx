import { useState } from 'react';
import { IconButton, Paper, TableCell, TableRow, TextField, Typography } from '@mui/material';
import { fieldError } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { FormDialog } from '../../components/FormDialog';
import { ListTable } from '../../components/ListTable';
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
  const submit = () => {
    update.mutate({ columnUri: column.columnUri, input: { description: description.trim() } });
  };
  return (
    <FormDialog title={`Describe the column ${column.name}`} error={update.error} formFields={['description']}
                submitLabel="Save" busy={update.isPending} onSubmit={submit} onClose={onClose}>
      <TextField label="Description" value={description} multiline minRows={2} autoFocus
                 onChange={(event) => setDescription(event.target.value)}
                 error={!!fieldError(update.error, 'description')}
                 helperText={fieldError(update.error, 'description') ?? 'Written back to the Glue table'} />
    </FormDialog>
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
            <ListTable label="Columns"
                       columns={['Name', 'Type', 'Kind', 'Description', canEdit && { header: 'Edit', align: 'right' }]}
                       size="small"
                       empty={!listDatasetTableColumns?.nodes?.length && 'The catalog has no column for this table.'}>
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
            </ListTable>
            <Pager count={listDatasetTableColumns?.count} page={page} pageSize={PAGE_SIZE} onPage={setPage} />
          </>
        )}
      </QueryState>
      {editing && <ColumnDescriptionDialog tableUri={tableUri} column={editing} onClose={() => setEditing(null)} />}
    </Paper>
  );
}
