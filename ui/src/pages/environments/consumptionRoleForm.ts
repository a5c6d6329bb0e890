import { roleArnProblem } from './environmentForm';

export const POLICY_MANAGEMENT_OPTIONS = [
  { value: 'FULLY_MANAGED', label: 'Fully managed: the platform creates and attaches the share policies' },
  { value: 'PARTIALLY_MANAGED', label: 'Partially managed: the platform creates the policies, you attach them' },
  { value: 'EXTERNALLY_MANAGED', label: 'Externally managed: you create and attach the policies' },
] as const;

export type PolicyManagement = (typeof POLICY_MANAGEMENT_OPTIONS)[number]['value'];

export interface ConsumptionRoleValues {
  consumptionPrincipalName: string;
  IAMPrincipalArn: string;
  groupUri: string;
  dataallManaged: PolicyManagement;
}

export type ConsumptionRoleField = keyof ConsumptionRoleValues;

/** What a consumption role misses before it is sent; the role must be one of the environment's account. */
export function consumptionRoleProblems(values: ConsumptionRoleValues, accountId: string, mode: 'add' | 'edit')
  : Partial<Record<ConsumptionRoleField, string>> {
  const problems: Partial<Record<ConsumptionRoleField, string>> = {};
  if (!values.consumptionPrincipalName.trim()) {
    problems.consumptionPrincipalName = 'Enter a name';
  }
  if (!values.groupUri) {
    problems.groupUri = 'Choose the team that uses the role';
  }
  if (mode === 'add') {
    const arnProblem = roleArnProblem(values.IAMPrincipalArn, accountId);
    if (arnProblem) {
      problems.IAMPrincipalArn = arnProblem;
    }
  }
  return problems;
}
