import { describe, expect, it } from 'vitest';
import { consumptionRoleProblems, type ConsumptionRoleValues } from './consumptionRoleForm';

const role: ConsumptionRoleValues = { consumptionPrincipalName: 'analysts', groupUri: 'DataTeam',
  IAMPrincipalArn: 'arn:aws:iam::123456789012:role/analysts', dataallManaged: 'FULLY_MANAGED' };

describe('a consumption role', () => {
  it('filled in has no problem', () => {
    expect(consumptionRoleProblems(role, '123456789012', 'add')).toEqual({});
  });

  it('needs a name and a team', () => {
    const problems = consumptionRoleProblems({ ...role, consumptionPrincipalName: '', groupUri: '' }, '123456789012', 'add');
    expect(Object.keys(problems).sort()).toEqual(['consumptionPrincipalName', 'groupUri']);
  });

  it('must be a role of the environment\'s account', () => {
    expect(consumptionRoleProblems(role, '999999999999', 'add').IAMPrincipalArn)
      .toBe('The role must belong to the account 999999999999');
  });

  it('being edited keeps its ARN unchecked: it cannot change', () => {
    expect(consumptionRoleProblems({ ...role, IAMPrincipalArn: '' }, '123456789012', 'edit')).toEqual({});
  });
});
