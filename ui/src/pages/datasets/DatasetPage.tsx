import { useParams, useSearchParams } from 'react-router-dom';
import { Box, Tab, Tabs } from '@mui/material';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/QueryState';
import { CrawlerPanel } from './CrawlerPanel';
import { DatasetFoldersPanel } from './DatasetFoldersPanel';
import { DatasetOverview, StackState } from './DatasetOverview';
import { DatasetTablesPanel } from './DatasetTablesPanel';
import { DatasetTermsPanel } from './DatasetTermsPanel';
import { DeleteDatasetButton } from './DeleteDatasetButton';
import { EditDatasetForm } from './EditDatasetForm';
import { FeedPanel } from './FeedPanel';
import { datasetKey, GetDataset } from './operations';
import { pollWhileInProgress } from './status';
import { canManageDataset, type DatasetDetail } from './types';
import { UpVoteButton } from './UpVoteButton';

const TABS = [
  { value: 'overview', label: 'Overview', managersOnly: false },
  { value: 'edit', label: 'Edit', managersOnly: true },
  { value: 'tables', label: 'Tables', managersOnly: false },
  { value: 'folders', label: 'Folders', managersOnly: false },
  { value: 'crawler', label: 'Crawler', managersOnly: false },
  { value: 'terms', label: 'Glossary terms', managersOnly: false },
  { value: 'feed', label: 'Feed', managersOnly: false },
] as const;

type TabValue = (typeof TABS)[number]['value'];

function DatasetTabs({ dataset }: { dataset: DatasetDetail }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const canManage = canManageDataset(dataset.userRoleForDataset);
  const tabs = TABS.filter((candidate) => canManage || !candidate.managersOnly);
  const requested = searchParams.get('tab');
  const tab: TabValue = tabs.find((candidate) => candidate.value === requested)?.value ?? 'overview';
  const datasetUri = dataset.datasetUri ?? '';
  return (
    <>
      <Tabs value={tab} aria-label="Dataset sections" variant="scrollable"
            sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}
            onChange={(_, value: TabValue) => setSearchParams({ tab: value }, { replace: true })}>
        {tabs.map((candidate) => (
          <Tab key={candidate.value} value={candidate.value} label={candidate.label}
               id={`dataset-tab-${candidate.value}`} aria-controls={`dataset-panel-${candidate.value}`} />
        ))}
      </Tabs>
      <Box role="tabpanel" id={`dataset-panel-${tab}`} aria-labelledby={`dataset-tab-${tab}`}>
        {tab === 'overview' && <DatasetOverview dataset={dataset} />}
        {tab === 'edit' && <EditDatasetForm dataset={dataset} />}
        {tab === 'tables' && <DatasetTablesPanel datasetUri={datasetUri} />}
        {tab === 'folders' && <DatasetFoldersPanel datasetUri={datasetUri} canEdit={canManage} />}
        {tab === 'crawler' && <CrawlerPanel datasetUri={datasetUri} canCrawl={canManage} />}
        {tab === 'terms' && <DatasetTermsPanel dataset={dataset} />}
        {tab === 'feed' && <FeedPanel targetType="Dataset" targetUri={datasetUri} />}
      </Box>
    </>
  );
}

/** One dataset: its stack (read again while it deploys), up-votes, and a tab per part of it. */
export function DatasetPage() {
  const { datasetUri = '' } = useParams();
  const dataset = useApiQuery(datasetKey(datasetUri), GetDataset, { datasetUri }, {
    refetchInterval: (query) => pollWhileInProgress(query.state.data?.getDataset?.stack?.status),
  });
  if (dataset.isError) {
    // A refused read still gets the page's heading, with the API's reason under it.
    return <Page title="Dataset"><ErrorAlert error={dataset.error} /></Page>;
  }
  return (
    <QueryState query={dataset} label="the dataset">
      {({ getDataset }) => getDataset && (
        <Page title={getDataset.label ?? datasetUri} subtitle={getDataset.description}
              actions={<>
                <UpVoteButton targetType="dataset" targetUri={datasetUri} />
                {canManageDataset(getDataset.userRoleForDataset) && (
                  <DeleteDatasetButton datasetUri={datasetUri} label={getDataset.label ?? datasetUri} />
                )}
              </>}>
          <StackState dataset={getDataset} />
          <DatasetTabs dataset={getDataset} />
        </Page>
      )}
    </QueryState>
  );
}
