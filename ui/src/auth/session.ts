import type { SignInConfig } from './signInConfig';

/** Who is signed in: the API's bearer token and what the UI reads from it. */
export interface Session {
  token: string;
  username: string;
  groups: string[];
  expiresAt: number;
}

const STORAGE_KEY = 'grantline.session';

export function claimsOf(token: string): Record<string, unknown> {
  const payload = token.split('.')[1];
  if (!payload) {
    throw new Error('The token is not a JWT');
  }
  const base64 = payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
}

export function sessionFromToken(token: string, config: Pick<SignInConfig, 'usernameClaim' | 'groupsClaim'>): Session {
  const claims = claimsOf(token);
  const username = String(claims[config.usernameClaim] ?? claims.sub ?? '');
  const groups = Array.isArray(claims[config.groupsClaim]) ? (claims[config.groupsClaim] as unknown[]).map(String) : [];
  const expiresAt = typeof claims.exp === 'number' ? claims.exp * 1000 : Number.MAX_SAFE_INTEGER;
  return { token, username, groups, expiresAt };
}

export function loadSession(now: number = Date.now()): Session | null {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (!stored) {
    return null;
  }
  const session = JSON.parse(stored) as Session;
  return session.expiresAt > now ? session : null;
}

export function saveSession(session: Session): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
}

export function clearSession(): void {
  localStorage.removeItem(STORAGE_KEY);
}
