import { Box, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useApiQuery } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import { PreviewTable, tableKey } from './operations';
import { parsePreview } from './preview';

/** The first rows of the table, as a query of its data answers them. */
export function TablePreview({ tableUri }: { tableUri: string }) {
  const preview = useApiQuery([...tableKey(tableUri), 'preview'], PreviewTable, { tableUri });
  return (
    <Paper sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>Preview</Typography>
      <QueryState query={preview} label="the preview">
        {({ previewTable }) => {
          const { columns, rows } = parsePreview(previewTable?.fields, previewTable?.rows);
          return (
            <Box sx={{ overflowX: 'auto' }}>
              <Table size="small" aria-label="Preview rows">
                <TableHead>
                  <TableRow>{columns.map((column, index) => <TableCell key={index}>{column}</TableCell>)}</TableRow>
                </TableHead>
                <TableBody>
                  {rows.map((row, rowIndex) => (
                    <TableRow key={rowIndex}>
                      {row.map((cell, cellIndex) => (
                        <TableCell key={cellIndex} sx={cell === 'NULL' ? { color: 'text.secondary' } : undefined}>{cell}</TableCell>
                      ))}
                    </TableRow>
                  ))}
                  {rows.length === 0 && (
                    <TableRow><TableCell colSpan={Math.max(columns.length, 1)}>The table has no rows.</TableCell></TableRow>
                  )}
                </TableBody>
              </Table>
            </Box>
          );
        }}
      </QueryState>
    </Paper>
  );
}
