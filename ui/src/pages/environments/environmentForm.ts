import { tagsOf } from '../organizations/teamInvitation';

/**
 * The commercial AWS regions the API accepts (the app's AwsRegions); the API serves no list of them, so the form
 * carries the same one and the API still refuses any other.
 */
export const AWS_REGIONS = [
  'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'af-south-1', 'ap-east-1', 'ap-east-2', 'ap-south-1',
  'ap-south-2', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-southeast-1', 'ap-southeast-2',
  'ap-southeast-3', 'ap-southeast-4', 'ap-southeast-5', 'ap-southeast-7', 'ca-central-1', 'ca-west-1',
  'eu-central-1', 'eu-central-2', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'eu-south-1', 'eu-south-2', 'eu-north-1',
  'il-central-1', 'me-south-1', 'me-central-1', 'mx-central-1', 'sa-east-1',
];

/** data.all's environment features, kept as environment parameters ("true"/"false") under these keys. */
export const FEATURES = [
  { key: 'notebooksEnabled', label: 'Notebooks' },
  { key: 'mlStudiosEnabled', label: 'ML Studio' },
  { key: 'pipelinesEnabled', label: 'Pipelines' },
  { key: 'dashboardsEnabled', label: 'Dashboards' },
  { key: 'omicsEnabled', label: 'Omics' },
] as const;

export type FeatureKey = (typeof FEATURES)[number]['key'];

export interface EnvironmentFormValues {
  organizationUri: string;
  label: string;
  AwsAccountId: string;
  region: string;
  SamlGroupName: string;
  description: string;
  tags: string;
  resourcePrefix: string;
  EnvironmentDefaultIAMRoleArn: string;
  PermissionsBoundaryPolicyArn: string;
  features: Record<FeatureKey, boolean>;
}

export type EnvironmentField = Exclude<keyof EnvironmentFormValues, 'features'>;

export const ENVIRONMENT_FIELDS: EnvironmentField[] = ['organizationUri', 'label', 'AwsAccountId', 'region',
  'SamlGroupName', 'description', 'tags', 'resourcePrefix', 'EnvironmentDefaultIAMRoleArn',
  'PermissionsBoundaryPolicyArn'];

export function emptyEnvironmentForm(organizationUri: string, team: string): EnvironmentFormValues {
  return {
    organizationUri, label: '', AwsAccountId: '', region: '', SamlGroupName: team, description: '', tags: '',
    resourcePrefix: 'dataall', EnvironmentDefaultIAMRoleArn: '', PermissionsBoundaryPolicyArn: '',
    features: { notebooksEnabled: false, mlStudiosEnabled: false, pipelinesEnabled: false, dashboardsEnabled: false,
      omicsEnabled: false },
  };
}

const ACCOUNT_ID = /^\d{12}$/;
const RESOURCE_PREFIX = /^[a-z-]+$/;
const ROLE_ARN = /^arn:aws:iam::(\d{12}):role\/.+$/;
const POLICY_ARN = /^arn:aws:iam::(\d{12}|aws):policy\/.+$/;

/** Whether an ARN names an IAM role of the given account (an environment only uses roles of its own account). */
export function roleArnProblem(arn: string, accountId: string): string | undefined {
  const match = ROLE_ARN.exec(arn.trim());
  if (!match) {
    return 'Enter the ARN of an IAM role: arn:aws:iam::<account>:role/<name>';
  }
  return match[1] === accountId ? undefined : `The role must belong to the account ${accountId}`;
}

/** What the form misses or has wrong before it is sent; only fields the form shows in that mode are checked. */
export function environmentFormProblems(values: EnvironmentFormValues, mode: 'create' | 'edit')
  : Partial<Record<EnvironmentField, string>> {
  const problems: Partial<Record<EnvironmentField, string>> = {};
  if (!values.label.trim()) {
    problems.label = 'Enter a name';
  }
  if (values.resourcePrefix && !RESOURCE_PREFIX.test(values.resourcePrefix)) {
    problems.resourcePrefix = 'Use lowercase letters and hyphens only';
  }
  if (values.PermissionsBoundaryPolicyArn.trim() && !POLICY_ARN.test(values.PermissionsBoundaryPolicyArn.trim())) {
    problems.PermissionsBoundaryPolicyArn = 'Enter the ARN of an IAM policy: arn:aws:iam::<account>:policy/<name>';
  }
  if (mode === 'edit') {
    return problems;
  }
  if (!values.organizationUri) {
    problems.organizationUri = 'Choose the organization';
  }
  if (!ACCOUNT_ID.test(values.AwsAccountId.trim())) {
    problems.AwsAccountId = 'Enter the 12 digits of the AWS account id';
  }
  if (!values.region) {
    problems.region = 'Choose the region';
  }
  if (!values.SamlGroupName) {
    problems.SamlGroupName = 'Choose the team that administers the environment';
  }
  if (values.EnvironmentDefaultIAMRoleArn.trim() && !problems.AwsAccountId) {
    const roleProblem = roleArnProblem(values.EnvironmentDefaultIAMRoleArn, values.AwsAccountId.trim());
    if (roleProblem) {
      problems.EnvironmentDefaultIAMRoleArn = roleProblem;
    }
  }
  return problems;
}

export function parametersOf(features: Record<FeatureKey, boolean>): { key: string; value: string }[] {
  return FEATURES.map(({ key }) => ({ key, value: String(features[key]) }));
}

export function featuresOf(parameters: ({ key?: string | null; value?: string | null } | null)[] | null | undefined)
  : Record<FeatureKey, boolean> {
  const enabled = (key: FeatureKey) => parameters?.some((parameter) => parameter?.key === key
    && parameter.value === 'true') ?? false;
  return Object.fromEntries(FEATURES.map(({ key }) => [key, enabled(key)])) as Record<FeatureKey, boolean>;
}

function optional(value: string): string | undefined {
  return value.trim() || undefined;
}

export function newEnvironmentInput(values: EnvironmentFormValues) {
  return {
    organizationUri: values.organizationUri,
    label: values.label.trim(),
    AwsAccountId: values.AwsAccountId.trim(),
    region: values.region,
    SamlGroupName: values.SamlGroupName,
    description: values.description,
    tags: tagsOf(values.tags),
    resourcePrefix: optional(values.resourcePrefix),
    EnvironmentDefaultIAMRoleArn: optional(values.EnvironmentDefaultIAMRoleArn),
    PermissionsBoundaryPolicyArn: optional(values.PermissionsBoundaryPolicyArn),
    parameters: parametersOf(values.features),
  };
}

export function modifyEnvironmentInput(values: EnvironmentFormValues) {
  return {
    label: values.label.trim(),
    description: values.description,
    tags: tagsOf(values.tags),
    resourcePrefix: optional(values.resourcePrefix),
    PermissionsBoundaryPolicyArn: optional(values.PermissionsBoundaryPolicyArn),
    parameters: parametersOf(values.features),
  };
}
