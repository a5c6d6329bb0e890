import { Link as RouterLink } from 'react-router-dom';
import { Button, Card, CardActions, CardContent, Chip, Link, Stack, Typography } from '@mui/material';
import type { SearchCatalogQuery } from '../../gql/graphql';
import { datasetUriOf } from './access';
import { kindName } from './facets';

export type CatalogHit = NonNullable<NonNullable<NonNullable<SearchCatalogQuery['searchCatalog']>['nodes']>[number]>;

/** A table's own page (columns, preview of its rows) for whoever may read it. */
function OpenTable({ hit }: { hit: CatalogHit }) {
  return hit.resourceKind === 'table'
    ? <Link component={RouterLink} to={`/datasets/${datasetUriOf(hit)}/tables/${hit.uri}`}>Open the table</Link>
    : null;
}

/** What the caller can do with a hit: open what they own, reach what was shared with them, or ask for it. */
function HitAction({ hit, shareUri, onRequest }: { hit: CatalogHit; shareUri?: string; onRequest: () => void }) {
  if (hit.access === 'Owner') {
    return (
      <>
        <Chip size="small" color="primary" label="Your team owns it" />
        <Link component={RouterLink} to={`/datasets/${datasetUriOf(hit)}`}>Open the dataset</Link>
        <OpenTable hit={hit} />
      </>
    );
  }
  if (hit.access === 'HasAccess') {
    return (
      <>
        <Chip size="small" color="success" label="You have access" />
        {shareUri
          ? <Link component={RouterLink} to={`/shares/${shareUri}`}>View the share</Link>
          : <Link component={RouterLink} to="/shares?box=outbox">Your requests</Link>}
        <OpenTable hit={hit} />
      </>
    );
  }
  return <Button variant="outlined" size="small" onClick={onRequest}>Request access</Button>;
}

export function CatalogHitCard({ hit, shareUri, onRequest }:
                               { hit: CatalogHit; shareUri?: string; onRequest: () => void }) {
  const title = hit.label ?? hit.name ?? hit.uri;
  return (
    <Card variant="outlined" component="article" aria-label={`${kindName(hit.resourceKind)} ${title}`}>
      <CardContent sx={{ pb: 1 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5 }}>
          <Chip size="small" variant="outlined" label={kindName(hit.resourceKind)} />
          <Typography variant="h6" component="h3">{title}</Typography>
        </Stack>
        {hit.description && <Typography variant="body2" sx={{ mb: 1 }}>{hit.description}</Typography>}
        <Typography variant="body2" color="text.secondary">
          {[hit.environmentName, hit.organizationName, hit.region].filter(Boolean).join(' · ')}
          {hit.ownerTeam && ` · owned by ${hit.ownerTeam}`}
        </Typography>
        {(hit.topics?.length || hit.tags?.length || hit.terms?.length) ? (
          <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap', mt: 1 }}>
            {hit.topics?.map((topic) => topic && <Chip key={`topic-${topic}`} size="small" label={topic} />)}
            {hit.terms?.map((term) => term && <Chip key={`term-${term}`} size="small" color="secondary"
                                                    variant="outlined" label={term} />)}
            {hit.tags?.map((tag) => tag && <Chip key={`tag-${tag}`} size="small" variant="outlined" label={tag} />)}
          </Stack>
        ) : null}
      </CardContent>
      <CardActions sx={{ px: 2, pb: 2, gap: 1 }}>
        <HitAction hit={hit} shareUri={shareUri} onRequest={onRequest} />
      </CardActions>
    </Card>
  );
}
