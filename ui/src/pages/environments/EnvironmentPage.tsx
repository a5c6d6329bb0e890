import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { Box, Button, Stack, Tab, Tabs, Typography } from '@mui/material';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/QueryState';
import { StatusChip } from '../../components/StatusChip';
import type { GetEnvironmentQuery } from '../../gql/graphql';
import { ConsumptionRolesTab } from './ConsumptionRolesTab';
import { DeleteEnvironmentDialog } from './DeleteEnvironmentDialog';
import { EditEnvironmentDialog } from './EditEnvironmentDialog';
import { featuresOf, type EnvironmentFormValues } from './environmentForm';
import { NetworksTab } from './NetworksTab';
import { ENVIRONMENTS_KEY, GetEnvironment } from './operations';
import { OverviewTab } from './OverviewTab';
import { isStackInProgress } from './stack';
import { StackTab } from './StackTab';
import { TeamsTab } from './TeamsTab';

const TABS = [
  { value: 'overview', label: 'Overview' },
  { value: 'stack', label: 'Stack' },
  { value: 'teams', label: 'Teams' },
  { value: 'consumption-roles', label: 'Consumption roles' },
  { value: 'networks', label: 'Networks' },
] as const;

type TabValue = (typeof TABS)[number]['value'];
type Environment = NonNullable<GetEnvironmentQuery['getEnvironment']>;

const POLL_MILLISECONDS = 1_500;

function editableValues(environment: Environment): EnvironmentFormValues {
  return {
    organizationUri: environment.organization?.organizationUri ?? '', label: environment.label ?? '',
    AwsAccountId: environment.AwsAccountId ?? '', region: environment.region ?? '',
    SamlGroupName: environment.SamlGroupName ?? '', description: environment.description ?? '',
    tags: environment.tags?.filter(Boolean).join(', ') ?? '', resourcePrefix: environment.resourcePrefix ?? '',
    EnvironmentDefaultIAMRoleArn: '', PermissionsBoundaryPolicyArn: environment.PermissionsBoundaryPolicyArn ?? '',
    features: featuresOf(environment.parameters),
  };
}

function EnvironmentTabs({ environment }: { environment: Environment }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('tab');
  const tab: TabValue = TABS.find((candidate) => candidate.value === requested)?.value ?? 'overview';
  const environmentUri = environment.environmentUri ?? '';
  const owningTeam = environment.SamlGroupName ?? '';
  return (
    <>
      <Tabs value={tab} aria-label="Environment sections" sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}
            onChange={(_, value: TabValue) => setSearchParams({ tab: value }, { replace: true })}>
        {TABS.map((candidate) => (
          <Tab key={candidate.value} value={candidate.value} label={candidate.label}
               id={`environment-tab-${candidate.value}`} aria-controls={`environment-panel-${candidate.value}`} />
        ))}
      </Tabs>
      <Box role="tabpanel" id={`environment-panel-${tab}`} aria-labelledby={`environment-tab-${tab}`}>
        {tab === 'overview' && <OverviewTab environment={environment} />}
        {tab === 'stack' && <StackTab environmentUri={environmentUri} stack={environment.stack} />}
        {tab === 'teams' && <TeamsTab environmentUri={environmentUri} owningTeam={owningTeam} />}
        {tab === 'consumption-roles' && (
          <ConsumptionRolesTab environmentUri={environmentUri} accountId={environment.AwsAccountId ?? ''}
                               owningTeam={owningTeam} />
        )}
        {tab === 'networks' && <NetworksTab environmentUri={environmentUri} owningTeam={owningTeam} />}
      </Box>
    </>
  );
}

/** One environment: overview, stack (polled while it deploys), teams, consumption roles and networks. */
export function EnvironmentPage() {
  const { environmentUri = '' } = useParams();
  const [dialog, setDialog] = useState<'edit' | 'delete' | null>(null);
  const environment = useApiQuery([...ENVIRONMENTS_KEY, environmentUri], GetEnvironment, { environmentUri }, {
    refetchInterval: (query) => (isStackInProgress(query.state.data?.getEnvironment?.stack?.status)
      ? POLL_MILLISECONDS : false),
  });
  if (environment.isError) {
    // A refused read still gets the page's heading, with the API's reason under it.
    return <Page title="Environment"><ErrorAlert error={environment.error} /></Page>;
  }
  return (
    <QueryState query={environment} label="the environment">
      {({ getEnvironment: env }) => env && (
        <Page title={env.label ?? environmentUri}
              subtitle={`${env.organization?.label ?? ''} · ${env.AwsAccountId} · ${env.region}`}
              actions={<>
                <Button variant="outlined" onClick={() => setDialog('edit')}>Edit</Button>
                <Button variant="outlined" color="error" onClick={() => setDialog('delete')}>Delete</Button>
              </>}>
          <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center' }}>
            <StatusChip label="Stack" status={env.stack?.status} />
            {env.description && <Typography>{env.description}</Typography>}
          </Stack>
          <EnvironmentTabs environment={env} />
          {dialog === 'edit' && (
            <EditEnvironmentDialog environmentUri={environmentUri} initial={editableValues(env)}
                                   onClose={() => setDialog(null)} />
          )}
          {dialog === 'delete' && (
            <DeleteEnvironmentDialog environmentUri={environmentUri} label={env.label ?? environmentUri}
                                     onClose={() => setDialog(null)} />
          )}
        </Page>
      )}
    </QueryState>
  );
}
