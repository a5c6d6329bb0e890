import type { ReactNode } from 'react';
import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';

type ColumnHeader = string | { header: string; align: 'right' };

/** A column's header; numbers and actions are right-aligned; a false one (a column not shown) is left out. */
export type ListColumn = ColumnHeader | false | undefined;

/** Rows under a header row; when there are none, one line across the table says so (and what to do). */
export function ListTable({ label, columns, size, empty, children }: {
  label: string;
  columns: ListColumn[];
  size?: 'small' | 'medium';
  /** What the table says when it has no row; false (or nothing) while it has rows. */
  empty?: ReactNode;
  children: ReactNode;
}) {
  const shown = columns.filter((column): column is ColumnHeader => !!column);
  return (
    <Table aria-label={label} size={size}>
      <TableHead>
        <TableRow>
          {shown.map((column) => (typeof column === 'string'
            ? <TableCell key={column}>{column}</TableCell>
            : <TableCell key={column.header} align={column.align}>{column.header}</TableCell>))}
        </TableRow>
      </TableHead>
      <TableBody>
        {children}
        {empty && <TableRow><TableCell colSpan={shown.length}>{empty}</TableCell></TableRow>}
      </TableBody>
    </Table>
  );
}
