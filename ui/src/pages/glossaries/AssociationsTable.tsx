import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Button, Chip, Link, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography }
  from '@mui/material';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { DateTime } from '../../components/DateTime';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import type { GetNodeAssociationsQuery } from '../../gql/graphql';
import { targetPath, targetTypeLabel } from './associations';
import type { GlossaryTreeNode } from './glossaryTree';
import { ApproveTermAssociation, DismissTermAssociation, GetNodeAssociations, GLOSSARIES_KEY } from './operations';

type Association = NonNullable<NonNullable<NonNullable<NonNullable<GetNodeAssociationsQuery['getGlossary']>['associations']>['nodes']>[number]>;

function Target({ link }: { link: Association }) {
  const label = link.target?.label ?? link.targetUri;
  const path = targetPath(link.targetType, link.targetUri);
  return path ? <Link component={RouterLink} to={path}>{label}</Link> : <>{label}</>;
}

/**
 * The datasets, tables and folders linked to the terms at or below the node. A link awaits the approval of the
 * glossary's admin team; the team approves it, or dismisses an approved one.
 */
export function AssociationsTable({ node, canApprove }: { node: GlossaryTreeNode; canApprove: boolean }) {
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(10);
  const associations = useApiQuery([...GLOSSARIES_KEY, 'associations', node.nodeUri], GetNodeAssociations,
    { nodeUri: node.nodeUri, filter: { page, pageSize } });
  const approve = useApiMutation(ApproveTermAssociation, { invalidates: [GLOSSARIES_KEY] });
  const dismiss = useApiMutation(DismissTermAssociation, { invalidates: [GLOSSARIES_KEY] });
  const busy = approve.isPending || dismiss.isPending;

  return (
    <>
      <Stack direction="row" spacing={1} sx={{ mb: 1, alignItems: 'center' }}>
        <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
          {associations.data?.getGlossary?.associations?.count ?? 0} link(s)
        </Typography>
        <Button size="small" disabled={associations.isFetching} onClick={() => void associations.refetch()}>
          {associations.isFetching ? 'Refreshing…' : 'Refresh associations'}
        </Button>
      </Stack>
      <ErrorAlert error={approve.error ?? dismiss.error} />
      <QueryState query={associations} label="the associations">
        {({ getGlossary }) => {
          const links = getGlossary?.associations?.nodes?.filter((link): link is Association => !!link) ?? [];
          if (!links.length) {
            return <Typography color="text.secondary">No dataset, table or folder is linked to {node.kind === 'Term'
              ? 'this term' : `a term of this ${node.kind.toLowerCase()}`} yet.</Typography>;
          }
          return (
            <>
              <TableContainer>
                <Table size="small" aria-label={`Associations of ${node.label}`}>
                  <TableHead>
                    <TableRow>
                      <TableCell>Linked</TableCell>
                      <TableCell>Kind</TableCell>
                      <TableCell>Term</TableCell>
                      <TableCell>Linked by</TableCell>
                      <TableCell>Since</TableCell>
                      <TableCell>Status</TableCell>
                      {canApprove && <TableCell>Actions</TableCell>}
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {links.map((link) => {
                      const what = `${link.target?.label ?? link.targetUri} to ${link.term?.label ?? 'the term'}`;
                      return (
                        <TableRow key={link.linkUri}>
                          <TableCell><Target link={link} /></TableCell>
                          <TableCell>{targetTypeLabel(link.targetType)}</TableCell>
                          <TableCell>{link.term?.label}</TableCell>
                          <TableCell>{link.owner ?? '—'}</TableCell>
                          <TableCell><DateTime value={link.created} /></TableCell>
                          <TableCell>
                            <Chip size="small" color={link.approvedBySteward ? 'success' : 'warning'}
                                  label={link.approvedBySteward ? 'Approved' : 'Awaiting approval'} />
                          </TableCell>
                          {canApprove && (
                            <TableCell>
                              {link.approvedBySteward ? (
                                <Button size="small" color="warning" disabled={busy}
                                        aria-label={`Dismiss the link of ${what}`}
                                        onClick={() => dismiss.mutate({ linkUri: link.linkUri ?? '' })}>Dismiss</Button>
                              ) : (
                                <Button size="small" variant="outlined" disabled={busy}
                                        aria-label={`Approve the link of ${what}`}
                                        onClick={() => approve.mutate({ linkUri: link.linkUri ?? '' })}>Approve</Button>
                              )}
                            </TableCell>
                          )}
                        </TableRow>
                      );
                    })}
                  </TableBody>
                </Table>
              </TableContainer>
              <Pager count={getGlossary?.associations?.count} page={page} pageSize={pageSize} onPage={setPage}
                     onPageSize={(size) => { setPageSize(size); setPage(1); }} />
            </>
          );
        }}
      </QueryState>
    </>
  );
}
