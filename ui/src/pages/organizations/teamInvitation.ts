/** What a team invitation form misses before it can be sent: a team name and at least one permission. */
export interface TeamInvitationProblems {
  groupUri?: string;
  permissions?: string;
}

export function teamInvitationProblems(groupUri: string, permissions: string[]): TeamInvitationProblems {
  const problems: TeamInvitationProblems = {};
  if (!groupUri.trim()) {
    problems.groupUri = 'Enter the team to invite';
  }
  if (permissions.length === 0) {
    problems.permissions = 'Choose at least one permission';
  }
  return problems;
}

/** The permissions a team holds that an invitation can give: the form starts from them when editing. */
export function invitablePermissionsHeld(held: string[], invitable: string[]): string[] {
  return invitable.filter((permission) => held.includes(permission));
}

/** Comma-separated tags as typed, without blanks. */
export function tagsOf(text: string): string[] {
  return text.split(',').map((tag) => tag.trim()).filter(Boolean);
}
