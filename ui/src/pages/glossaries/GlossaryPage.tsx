import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, CardContent, CardHeader, Chip, Grid, Stack } from '@mui/material';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/QueryState';
import type { GetGlossaryTreeQuery } from '../../gql/graphql';
import { GlossaryFormDialog } from './GlossaryFormDialog';
import { GlossaryTree } from './GlossaryTree';
import { buildTree, findNode } from './glossaryTree';
import { NodeDetails } from './NodeDetails';
import { DeleteGlossary, GetGlossaryTree, GLOSSARIES_KEY, TREE_PAGE_SIZE } from './operations';

type Glossary = NonNullable<GetGlossaryTreeQuery['getGlossary']>;

function GlossaryActions({ glossary }: { glossary: Glossary }) {
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const remove = useApiMutation(DeleteGlossary, { invalidates: [GLOSSARIES_KEY], onSuccess: () => navigate('/glossaries') });
  return (
    <>
      <Button variant="outlined" onClick={() => setEditing(true)}>Edit glossary</Button>
      <Button color="error" onClick={() => setDeleting(true)}>Delete glossary</Button>
      {editing && (
        <GlossaryFormDialog open onClose={() => setEditing(false)}
                            glossary={{ nodeUri: glossary.nodeUri ?? '', label: glossary.label,
                              readme: glossary.readme ?? '', admin: glossary.admin ?? '' }} />
      )}
      <ConfirmDialog open={deleting} title={`Delete ${glossary.label}?`}
                     text="The glossary, all its categories and terms, and their links to datasets are deleted."
                     confirmLabel="Delete" busy={remove.isPending} error={remove.error}
                     onConfirm={() => remove.mutate({ nodeUri: glossary.nodeUri ?? '' })}
                     onClose={() => { setDeleting(false); remove.reset(); }} />
    </>
  );
}

function GlossaryContent({ glossary }: { glossary: Glossary }) {
  const [params, setParams] = useSearchParams();
  const glossaryUri = glossary.nodeUri ?? '';
  const root = buildTree(glossary.tree?.nodes ?? [], glossaryUri);
  const isAdmin = glossary.userRoleForGlossary === 'Admin';
  if (!root) {
    return <Alert severity="error">The glossary's tree could not be read.</Alert>;
  }
  const selected = findNode(root, params.get('node') ?? glossaryUri) ?? root;
  const select = (nodeUri: string) => setParams(nodeUri && nodeUri !== glossaryUri ? { node: nodeUri } : {});
  const truncated = (glossary.tree?.count ?? 0) > TREE_PAGE_SIZE;

  return (
    <Page title={glossary.label} subtitle={glossary.readme}
          actions={isAdmin ? <GlossaryActions glossary={glossary} /> : undefined}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mb: 2 }}>
        <Chip label={`Admin team: ${glossary.admin ?? '—'}`} />
        <Chip label={`Owner: ${glossary.owner}`} />
        <Chip label={isAdmin ? 'You administer it' : 'Read only for you'} color={isAdmin ? 'primary' : 'default'} />
        <Chip variant="outlined" label={`${glossary.stats?.categories ?? 0} categories`} />
        <Chip variant="outlined" label={`${glossary.stats?.terms ?? 0} terms`} />
        <Chip variant="outlined" label={`${glossary.stats?.associations ?? 0} associations`} />
      </Stack>
      {truncated && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          The glossary has {glossary.tree?.count} entries: the tree shows the first {TREE_PAGE_SIZE}.
        </Alert>
      )}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 4 }}>
          <Card component="section" aria-labelledby="tree-title">
            <CardHeader id="tree-title" title="Categories and terms"
                        slotProps={{ title: { component: 'h2', variant: 'h6' } }} />
            <CardContent sx={{ pt: 0 }}>
              <GlossaryTree root={root} selected={selected} onSelect={(node) => select(node.nodeUri)} />
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, md: 8 }}>
          <NodeDetails key={selected.nodeUri} node={selected} isAdmin={isAdmin} onSelect={select} />
        </Grid>
      </Grid>
    </Page>
  );
}

/** A glossary: its tree of categories and terms, and the selected node with the links awaiting approval. */
export function GlossaryPage() {
  const { glossaryUri = '' } = useParams();
  const glossary = useApiQuery([...GLOSSARIES_KEY, glossaryUri], GetGlossaryTree,
    { nodeUri: glossaryUri, filter: { page: 1, pageSize: TREE_PAGE_SIZE } });
  return (
    <QueryState query={glossary} label="the glossary">
      {({ getGlossary }) => getGlossary
        ? <GlossaryContent glossary={getGlossary} />
        : <Alert severity="error">No glossary {glossaryUri}.</Alert>}
    </QueryState>
  );
}
