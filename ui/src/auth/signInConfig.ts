/** How this deployment signs in, from GET /auth/config (served before any token exists). */
export interface SignInConfig {
  mode: 'local' | 'oidc';
  issuer: string;
  clientId: string;
  scopes: string[];
  usernameClaim: string;
  groupsClaim: string;
  adminGroup: string;
}

export async function fetchSignInConfig(): Promise<SignInConfig> {
  const response = await fetch('/auth/config');
  if (!response.ok) {
    throw new Error(`The sign-in configuration could not be read (HTTP ${response.status})`);
  }
  return (await response.json()) as SignInConfig;
}
