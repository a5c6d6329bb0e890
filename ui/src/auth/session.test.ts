import { describe, expect, it } from 'vitest';
import { clearSession, loadSession, saveSession, sessionFromToken } from './session';

function token(claims: Record<string, unknown>): string {
  const encode = (value: unknown) => btoa(JSON.stringify(value)).replace(/=+$/, '');
  return `${encode({ alg: 'RS256' })}.${encode(claims)}.signature`;
}

const claimNames = { usernameClaim: 'email', groupsClaim: 'cognito:groups' };

describe('the session', () => {
  it('reads the username and teams from the claims the deployment names', () => {
    const session = sessionFromToken(token({ email: 'alice', 'cognito:groups': ['DataTeam', 'Ops'], exp: 2_000_000_000 }),
      claimNames);

    expect(session).toMatchObject({ username: 'alice', groups: ['DataTeam', 'Ops'], expiresAt: 2_000_000_000_000 });
  });

  it('falls back to the subject when the username claim is missing', () => {
    expect(sessionFromToken(token({ sub: 'bob' }), claimNames).username).toBe('bob');
  });

  it('is forgotten once its token has expired', () => {
    saveSession(sessionFromToken(token({ email: 'alice', exp: 1_000 }), claimNames));

    expect(loadSession(1_000_001)).toBeNull();
  });

  it('is kept until sign-out', () => {
    saveSession(sessionFromToken(token({ email: 'alice', exp: 2_000_000_000 }), claimNames));
    expect(loadSession(0)?.username).toBe('alice');

    clearSession();

    expect(loadSession(0)).toBeNull();
  });
});
