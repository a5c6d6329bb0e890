import { Link as RouterLink, useNavigate, useParams } from 'react-router-dom';
import { Alert, Tab, Tabs } from '@mui/material';
import { Page } from '../../components/Page';
import { AccessAtView } from './AccessAtView';
import { HistoryTimeline } from './HistoryTimeline';
import { ResourcePicker } from './ResourcePicker';
import { accessAtPath, governanceHistoryPath } from './links';

export type GovernanceView = 'history' | 'access-at';

/** A resource's governance: its timeline of events, and who could access it at an instant. */
export function GovernancePage({ view }: { view: GovernanceView }) {
  const { resourceUri = '' } = useParams();
  const navigate = useNavigate();
  const open = (uri: string) => navigate(view === 'access-at' ? accessAtPath(uri) : governanceHistoryPath(uri));

  return (
    <Page title="Governance history"
          subtitle={resourceUri ? `Resource ${resourceUri}` : 'Who did what, when, and who could access what'}>
      <ResourcePicker key={resourceUri} resourceUri={resourceUri} onPick={open} />
      {!resourceUri && (
        <Alert severity="info">
          Paste the URI of a resource, or choose one of your datasets, to see its history and who could access it.
        </Alert>
      )}
      {resourceUri && (
        <>
          <Tabs value={view} aria-label="Governance views" sx={{ mb: 2 }}>
            <Tab value="history" label="History" component={RouterLink} to={governanceHistoryPath(resourceUri)} />
            <Tab value="access-at" label="Access at" component={RouterLink} to={accessAtPath(resourceUri)} />
          </Tabs>
          {view === 'history'
            ? <HistoryTimeline key={resourceUri} resourceUri={resourceUri} />
            : <AccessAtView key={resourceUri} resourceUri={resourceUri} />}
        </>
      )}
    </Page>
  );
}
