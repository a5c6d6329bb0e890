import { tagsOf } from '../organizations/teamInvitation';

export interface NetworkValues {
  label: string;
  vpcId: string;
  SamlGroupName: string;
  privateSubnetIds: string;
  publicSubnetIds: string;
  description: string;
  tags: string;
}

export type NetworkField = keyof NetworkValues;

const VPC_ID = /^vpc-[0-9a-z]+$/;
const SUBNET_ID = /^subnet-[0-9a-z]+$/;

function subnetsProblem(text: string): string | undefined {
  const invalid = tagsOf(text).filter((subnet) => !SUBNET_ID.test(subnet));
  return invalid.length ? `Not subnet ids: ${invalid.join(', ')}` : undefined;
}

export function networkProblems(values: NetworkValues): Partial<Record<NetworkField, string>> {
  const problems: Partial<Record<NetworkField, string>> = {};
  if (!values.label.trim()) {
    problems.label = 'Enter a name';
  }
  if (!VPC_ID.test(values.vpcId.trim())) {
    problems.vpcId = 'Enter a VPC id: vpc-…';
  }
  if (!values.SamlGroupName) {
    problems.SamlGroupName = 'Choose the team that owns the network';
  }
  const privateProblem = subnetsProblem(values.privateSubnetIds);
  if (privateProblem) {
    problems.privateSubnetIds = privateProblem;
  }
  const publicProblem = subnetsProblem(values.publicSubnetIds);
  if (publicProblem) {
    problems.publicSubnetIds = publicProblem;
  }
  return problems;
}

export function newNetworkInput(environmentUri: string, values: NetworkValues) {
  return {
    environmentUri,
    label: values.label.trim(),
    vpcId: values.vpcId.trim(),
    SamlGroupName: values.SamlGroupName,
    privateSubnetIds: tagsOf(values.privateSubnetIds),
    publicSubnetIds: tagsOf(values.publicSubnetIds),
    description: values.description,
    tags: tagsOf(values.tags),
  };
}
