import { useState } from 'react';
import { Box, Button, Card, CardContent, CardHeader, Chip, Stack, Typography } from '@mui/material';
import { useApiMutation } from '../../api/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateTime } from '../../components/DateTime';
import { AssociationsTable } from './AssociationsTable';
import type { GlossaryTreeNode } from './glossaryTree';
import { NodeFormDialog, type NodeFormMode } from './NodeFormDialog';
import { DeleteCategory, DeleteTerm, GLOSSARIES_KEY } from './operations';

function NodeActions({ node, onSelect }: { node: GlossaryTreeNode; onSelect: (nodeUri: string) => void }) {
  const [form, setForm] = useState<NodeFormMode | null>(null);
  const [deleting, setDeleting] = useState(false);
  const afterDelete = { invalidates: [GLOSSARIES_KEY], onSuccess: () => { setDeleting(false); onSelect(node.parentUri); } };
  const deleteCategory = useApiMutation(DeleteCategory, afterDelete);
  const deleteTerm = useApiMutation(DeleteTerm, afterDelete);
  const remove = node.kind === 'Category' ? deleteCategory : deleteTerm;
  const canHoldChildren = node.kind !== 'Term';
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mb: 2 }}>
      {canHoldChildren && (
        <>
          <Button variant="outlined" onClick={() => setForm({ action: 'create', kind: 'Category', parent: node })}>
            Add category
          </Button>
          <Button variant="outlined" onClick={() => setForm({ action: 'create', kind: 'Term', parent: node })}>
            Add term
          </Button>
        </>
      )}
      {node.kind !== 'Glossary' && (
        <>
          <Button onClick={() => setForm({ action: 'edit', node })}>Edit {node.kind.toLowerCase()}</Button>
          <Button color="error" onClick={() => setDeleting(true)}>Delete {node.kind.toLowerCase()}</Button>
        </>
      )}
      {form && (
        <NodeFormDialog mode={form} onClose={() => setForm(null)}
                        onSaved={(nodeUri) => { setForm(null); onSelect(nodeUri); }} />
      )}
      <ConfirmDialog open={deleting} title={`Delete ${node.label}?`}
                     text={node.kind === 'Category'
                       ? 'The category, its categories and terms, and the links to those terms are deleted.'
                       : 'The term and its links to datasets, tables and folders are deleted.'}
                     confirmLabel="Delete" busy={remove.isPending} error={remove.error}
                     onConfirm={() => remove.mutate({ nodeUri: node.nodeUri })}
                     onClose={() => { setDeleting(false); remove.reset(); }} />
    </Stack>
  );
}

/** The selected node: what it is, its description, and the datasets, tables and folders linked to its terms. */
export function NodeDetails({ node, isAdmin, onSelect }:
                            { node: GlossaryTreeNode; isAdmin: boolean; onSelect: (nodeUri: string) => void }) {
  return (
    <Card component="section" aria-labelledby="node-title">
      <CardHeader id="node-title" title={node.label} subheader={node.kind}
                  slotProps={{ title: { component: 'h2', variant: 'h6' } }} />
      <CardContent>
        {isAdmin && <NodeActions node={node} onSelect={onSelect} />}
        <Typography sx={{ whiteSpace: 'pre-wrap', mb: 2 }}>
          {node.readme || <Box component="span" sx={{ color: 'text.secondary' }}>No description.</Box>}
        </Typography>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mb: 2 }}>
          <Chip size="small" label={`Status: ${node.status}`} />
          {node.kind !== 'Term' && <Chip size="small" label={`${node.children.length} direct entries`} />}
          <Chip size="small" label={`Path: ${node.path}`} variant="outlined" />
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          Created <DateTime value={node.created} /> by {node.owner}
          {node.updated && <> · updated <DateTime value={node.updated} /></>}
        </Typography>
        <Typography variant="h6" component="h3" sx={{ mb: 1 }}>Associations</Typography>
        <AssociationsTable node={node} canApprove={isAdmin} />
      </CardContent>
    </Card>
  );
}
