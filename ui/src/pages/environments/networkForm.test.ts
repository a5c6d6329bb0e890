import { describe, expect, it } from 'vitest';
import { newNetworkInput, networkProblems, type NetworkValues } from './networkForm';

const network: NetworkValues = { label: 'Private', vpcId: 'vpc-0abc123', SamlGroupName: 'DataTeam',
  privateSubnetIds: 'subnet-01, subnet-02', publicSubnetIds: '', description: '', tags: '' };

describe('a network', () => {
  it('filled in has no problem', () => {
    expect(networkProblems(network)).toEqual({});
  });

  it('needs a name and a team', () => {
    expect(Object.keys(networkProblems({ ...network, label: ' ', SamlGroupName: '' })).sort())
      .toEqual(['SamlGroupName', 'label']);
  });

  it('needs a VPC id', () => {
    expect(networkProblems({ ...network, vpcId: 'my-vpc' }).vpcId).toBe('Enter a VPC id: vpc-…');
  });

  it('names the subnets that are not subnet ids', () => {
    expect(networkProblems({ ...network, publicSubnetIds: 'subnet-1, sn2' }).publicSubnetIds)
      .toBe('Not subnet ids: sn2');
  });

  it('sends its subnets as lists', () => {
    expect(newNetworkInput('env1', network).privateSubnetIds).toEqual(['subnet-01', 'subnet-02']);
  });
});
