import { useMemo, useState } from 'react';
import { keepPreviousData } from '@tanstack/react-query';
import { Box, Grid, Stack, TextField, Typography } from '@mui/material';
import { useApiQuery } from '../../api/hooks';
import { Page } from '../../components/Page';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { grantingShare, datasetUriOf } from './access';
import { CatalogHitCard, type CatalogHit } from './CatalogHitCard';
import { environmentNames, searchFilter, toggleFacet, type FacetSelection } from './facets';
import { FacetPanel } from './FacetPanel';
import { CATALOG_KEY, MySharesOfDatasets, SearchCatalog } from './operations';
import { RequestAccessDialog } from './RequestAccessDialog';

const PAGE_SIZE = 10;

/** Where the hits the caller has access to were granted, read once for the page's hits. */
function useGrantingShares(hits: CatalogHit[]) {
  const datasetUris = [...new Set(hits.filter((hit) => hit.access === 'HasAccess').map(datasetUriOf))];
  const shares = useApiQuery([...CATALOG_KEY, 'granting-shares'], MySharesOfDatasets,
    { filter: { datasets_uris: datasetUris, page: 1, pageSize: 100 } }, { enabled: datasetUris.length > 0 });
  const nodes = shares.data?.getShareRequestsFromMe?.nodes ?? [];
  return (hit: CatalogHit) => grantingShare(hit, nodes);
}

function CatalogResults({ hits, count, page, updating, onPage, onRequest }: {
  hits: CatalogHit[];
  /** the hits shown are the previous search's while the new one is read */
  updating: boolean;
  count: number;
  page: number;
  onPage: (page: number) => void;
  onRequest: (hit: CatalogHit) => void;
}) {
  const shareOf = useGrantingShares(hits);
  return (
    <Box component="section" aria-labelledby="catalog-results-title" aria-busy={updating}
         sx={{ opacity: updating ? 0.6 : 1 }}>
      <Typography id="catalog-results-title" variant="h6" component="h2" sx={{ mb: 1 }}>
        {count === 1 ? '1 result' : `${count} results`}
      </Typography>
      <Stack spacing={1.5}>
        {hits.map((hit) => (
          <CatalogHitCard key={hit.uri} hit={hit} shareUri={shareOf(hit)} onRequest={() => onRequest(hit)} />
        ))}
        {hits.length === 0 && (
          <Typography>Nothing in the catalog matches: change the search or untick a filter.</Typography>
        )}
      </Stack>
      <Pager count={count} page={page} pageSize={PAGE_SIZE} onPage={onPage} />
    </Box>
  );
}

export function CatalogPage() {
  const [term, setTerm] = useState('');
  const [selection, setSelection] = useState<FacetSelection>({});
  const [page, setPage] = useState(1);
  const [requesting, setRequesting] = useState<CatalogHit | null>(null);
  const catalog = useApiQuery(CATALOG_KEY, SearchCatalog,
    { filter: searchFilter(term, selection, page, PAGE_SIZE) }, { placeholderData: keepPreviousData });
  const hits = useMemo(() => (catalog.data?.searchCatalog?.nodes ?? []).filter((hit) => hit !== null),
    [catalog.data]);
  const environments = useMemo(() => environmentNames(hits), [hits]);

  return (
    <Page title="Catalog" subtitle="Every dataset, table and folder of the platform: find data and ask for access">
      <TextField label="Search the catalog" type="search" value={term} size="small" sx={{ mb: 2, width: 480 }}
                 onChange={(event) => { setTerm(event.target.value); setPage(1); }} />
      <QueryState query={catalog} label="the catalog">
        {({ searchCatalog }) => (
          <Grid container spacing={3}>
            <Grid size={{ xs: 12, md: 3 }}>
              <Typography variant="h6" component="h2" sx={{ mb: 1 }}>Filters</Typography>
              <FacetPanel facets={searchCatalog?.facets} selection={selection} environments={environments}
                          onToggle={(field, value) => { setSelection(toggleFacet(selection, field, value)); setPage(1); }} />
            </Grid>
            <Grid size={{ xs: 12, md: 9 }}>
              <CatalogResults hits={hits} count={searchCatalog?.count ?? 0} page={page} onPage={setPage}
                              updating={catalog.isPlaceholderData} onRequest={setRequesting} />
            </Grid>
          </Grid>
        )}
      </QueryState>
      {requesting && <RequestAccessDialog hit={requesting} onClose={() => setRequesting(null)} />}
    </Page>
  );
}
