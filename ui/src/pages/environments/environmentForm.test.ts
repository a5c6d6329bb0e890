import { describe, expect, it } from 'vitest';
import { emptyEnvironmentForm, environmentFormProblems, featuresOf, newEnvironmentInput, parametersOf,
  roleArnProblem, type EnvironmentFormValues } from './environmentForm';

function filled(changes: Partial<EnvironmentFormValues> = {}): EnvironmentFormValues {
  return { ...emptyEnvironmentForm('org1', 'DataTeam'), label: 'Lake', AwsAccountId: '123456789012',
    region: 'eu-west-1', ...changes };
}

describe('the environment form', () => {
  it('filled in has no problem', () => {
    expect(environmentFormProblems(filled(), 'create')).toEqual({});
  });

  it('needs a name', () => {
    expect(environmentFormProblems(filled({ label: ' ' }), 'create').label).toBe('Enter a name');
  });

  it('needs an account id of exactly 12 digits', () => {
    expect(environmentFormProblems(filled({ AwsAccountId: '12345678901' }), 'create').AwsAccountId)
      .toBe('Enter the 12 digits of the AWS account id');
    expect(environmentFormProblems(filled({ AwsAccountId: '12345678901a' }), 'create').AwsAccountId).toBeDefined();
  });

  it('needs an organization, a region and a team', () => {
    const problems = environmentFormProblems(filled({ organizationUri: '', region: '', SamlGroupName: '' }), 'create');
    expect(Object.keys(problems).sort()).toEqual(['SamlGroupName', 'organizationUri', 'region']);
  });

  it('takes a resource prefix of lowercase letters and hyphens only', () => {
    expect(environmentFormProblems(filled({ resourcePrefix: 'Data_All' }), 'create').resourcePrefix).toBeDefined();
  });

  it('being edited does not check what cannot be edited', () => {
    expect(environmentFormProblems(filled({ AwsAccountId: '', region: '' }), 'edit')).toEqual({});
  });

  it('sends blank optional ARNs as absent and tags as a list', () => {
    const input = newEnvironmentInput(filled({ tags: 'raw, finance' }));
    expect(input.EnvironmentDefaultIAMRoleArn).toBeUndefined();
    expect(input.tags).toEqual(['raw', 'finance']);
  });
});

describe('an imported team role', () => {
  it('must be an IAM role ARN', () => {
    expect(roleArnProblem('arn:aws:s3:::bucket', '123456789012')).toMatch(/ARN of an IAM role/);
  });

  it('must belong to the environment\'s account', () => {
    expect(roleArnProblem('arn:aws:iam::999999999999:role/admin', '123456789012'))
      .toBe('The role must belong to the account 123456789012');
    expect(roleArnProblem('arn:aws:iam::123456789012:role/admin', '123456789012')).toBeUndefined();
  });
});

describe('environment features', () => {
  it('are sent as "true"/"false" parameters', () => {
    const parameters = parametersOf({ ...emptyEnvironmentForm('o', 't').features, notebooksEnabled: true });
    expect(parameters).toContainEqual({ key: 'notebooksEnabled', value: 'true' });
    expect(parameters).toContainEqual({ key: 'omicsEnabled', value: 'false' });
  });

  it('are read back from the parameters, absent ones off', () => {
    const features = featuresOf([{ key: 'pipelinesEnabled', value: 'true' }, null]);
    expect(features.pipelinesEnabled).toBe(true);
    expect(features.dashboardsEnabled).toBe(false);
  });
});
