import { describe, expect, it } from 'vitest';
import { authorizationUrl, base64Url, beginSignIn, challengeOf, completeSignIn } from './pkce';
import type { SignInConfig } from './signInConfig';

const config: SignInConfig = {
  mode: 'oidc', issuer: 'https://idp.example.com', clientId: 'grantline-ui', scopes: ['openid', 'email'],
  usernameClaim: 'email', groupsClaim: 'groups', adminGroup: 'DAAdministrators',
};
const discovery = {
  authorization_endpoint: 'https://idp.example.com/oauth2/authorize',
  token_endpoint: 'https://idp.example.com/oauth2/token',
};

function provider(tokenAnswer: Record<string, unknown>, calls: { url: string; init?: RequestInit }[] = []) {
  return (async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    const body = url.endsWith('/.well-known/openid-configuration') ? discovery : tokenAnswer;
    return new Response(JSON.stringify(body), { status: 200 });
  }) as unknown as typeof fetch;
}

describe('sign-in with PKCE', () => {
  it('derives the S256 challenge of RFC 7636 appendix B', async () => {
    expect(await challengeOf('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'))
      .toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('encodes base64url without padding', () => {
    expect(base64Url(new Uint8Array([251, 255]))).toBe('-_8');
  });

  it('asks for a code with the challenge, the client and the scopes', () => {
    const url = new URL(authorizationUrl(discovery, config, 'http://localhost:8080/signed-in', 'challenge', 'state'));

    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code', client_id: 'grantline-ui', redirect_uri: 'http://localhost:8080/signed-in',
      scope: 'openid email', code_challenge: 'challenge', code_challenge_method: 'S256', state: 'state',
    });
  });

  it('trades the code and the verifier for the access token', async () => {
    globalThis.fetch = provider({});
    const state = new URL(await beginSignIn(config, 'http://localhost/signed-in', '/shares')).searchParams.get('state');
    const calls: { url: string; init?: RequestInit }[] = [];

    const result = await completeSignIn(config, 'http://localhost/signed-in',
      new URLSearchParams({ code: 'the-code', state: state ?? '' }), provider({ access_token: 'jwt' }, calls));

    expect(result).toEqual({ token: 'jwt', returnTo: '/shares' });
    const exchange = new URLSearchParams(String(calls[1].init?.body));
    expect(calls[1].url).toBe(discovery.token_endpoint);
    expect(exchange.get('code')).toBe('the-code');
    expect(exchange.get('code_verifier')).toMatch(/^[\w-]{43}$/);
  });

  it('refuses a redirect whose state it did not send', async () => {
    await expect(completeSignIn(config, 'http://localhost/signed-in',
      new URLSearchParams({ code: 'c', state: 'forged' }), provider({ access_token: 'jwt' })))
      .rejects.toThrow(/state does not match/);
  });

  it('shows the provider refusal', async () => {
    await expect(completeSignIn(config, 'http://localhost/signed-in',
      new URLSearchParams({ error: 'access_denied', error_description: 'User is disabled' }), provider({})))
      .rejects.toThrow('The identity provider refused the sign-in: User is disabled');
  });
});
