import { TablePagination } from '@mui/material';

/** data.all's page shape (count, page from 1, pageSize) driving MUI's pagination (pages from 0). */
export function Pager({ count, page, pageSize, onPage, onPageSize }: {
  count: number | null | undefined;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  onPageSize?: (pageSize: number) => void;
}) {
  return (
    <TablePagination component="div" count={count ?? 0} page={Math.max(page - 1, 0)} rowsPerPage={pageSize}
                     rowsPerPageOptions={onPageSize ? [10, 25, 50] : [pageSize]}
                     onPageChange={(_, next) => onPage(next + 1)}
                     onRowsPerPageChange={(event) => onPageSize?.(Number(event.target.value))} />
  );
}
