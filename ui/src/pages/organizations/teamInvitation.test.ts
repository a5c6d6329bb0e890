import { describe, expect, it } from 'vitest';
import { invitablePermissionsHeld, tagsOf, teamInvitationProblems } from './teamInvitation';

describe('a team invitation', () => {
  it('needs a team name', () => {
    expect(teamInvitationProblems('  ', ['LINK_ENVIRONMENT']).groupUri).toBe('Enter the team to invite');
  });

  it('needs at least one permission', () => {
    expect(teamInvitationProblems('Analysts', []).permissions).toBe('Choose at least one permission');
  });

  it('with a team and a permission has no problem', () => {
    expect(teamInvitationProblems('Analysts', ['LINK_ENVIRONMENT'])).toEqual({});
  });

  it('being edited starts from the invitable permissions the team holds', () => {
    expect(invitablePermissionsHeld(['GET_ORGANIZATION', 'LINK_ENVIRONMENT'], ['LINK_ENVIRONMENT', 'INVITE_ORGANIZATION_GROUP']))
      .toEqual(['LINK_ENVIRONMENT']);
  });
});

describe('tags typed in a field', () => {
  it('are split on commas, trimmed, blanks dropped', () => {
    expect(tagsOf(' finance, ,raw ,')).toEqual(['finance', 'raw']);
  });
});
