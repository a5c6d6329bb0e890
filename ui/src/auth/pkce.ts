import type { SignInConfig } from './signInConfig';

/** The authorization-code flow with PKCE (RFC 7636) as a public client: no secret in the browser. */

interface Discovery {
  authorization_endpoint: string;
  token_endpoint: string;
}

const PENDING_KEY = 'grantline.pkce';

export function base64Url(bytes: Uint8Array): string {
  let binary = '';
  bytes.forEach((byte) => {
    binary += String.fromCharCode(byte);
  });
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function randomVerifier(): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(32)));
}

export async function challengeOf(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

export async function discover(issuer: string, fetcher: typeof fetch = fetch): Promise<Discovery> {
  const response = await fetcher(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
  if (!response.ok) {
    throw new Error(`The identity provider's configuration could not be read (HTTP ${response.status})`);
  }
  return (await response.json()) as Discovery;
}

export function authorizationUrl(discovery: Discovery, config: SignInConfig, redirectUri: string,
                                 challenge: string, state: string): string {
  const url = new URL(discovery.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: redirectUri,
    scope: config.scopes.join(' '),
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state,
  }).toString();
  return url.toString();
}

/** Sends the browser to the provider; the verifier and state wait in this tab's storage for the redirect back. */
export async function beginSignIn(config: SignInConfig, redirectUri: string, returnTo: string): Promise<string> {
  const discovery = await discover(config.issuer);
  const verifier = randomVerifier();
  const state = randomVerifier();
  sessionStorage.setItem(PENDING_KEY, JSON.stringify({ verifier, state, returnTo }));
  return authorizationUrl(discovery, config, redirectUri, await challengeOf(verifier), state);
}

/** The redirect back: checks the state and trades the code and verifier for tokens at the token endpoint. */
export async function completeSignIn(config: SignInConfig, redirectUri: string, params: URLSearchParams,
                                     fetcher: typeof fetch = fetch): Promise<{ token: string; returnTo: string }> {
  const error = params.get('error');
  if (error) {
    throw new Error(`The identity provider refused the sign-in: ${params.get('error_description') ?? error}`);
  }
  const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? 'null') as
    { verifier: string; state: string; returnTo: string } | null;
  if (!pending || pending.state !== params.get('state')) {
    throw new Error('This sign-in was not started here (the state does not match); sign in again');
  }
  sessionStorage.removeItem(PENDING_KEY);
  const discovery = await discover(config.issuer, fetcher);
  const response = await fetcher(discovery.token_endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: config.clientId,
      code: params.get('code') ?? '',
      redirect_uri: redirectUri,
      code_verifier: pending.verifier,
    }).toString(),
  });
  if (!response.ok) {
    throw new Error(`The identity provider did not issue a token (HTTP ${response.status})`);
  }
  const tokens = (await response.json()) as { access_token?: string; id_token?: string };
  // The API validates the access token's audience (Cognito: client_id); the ID token is not sent to it.
  const token = tokens.access_token ?? tokens.id_token;
  if (!token) {
    throw new Error('The identity provider answered without a token');
  }
  return { token, returnTo: pending.returnTo };
}
