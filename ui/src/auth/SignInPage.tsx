import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { Alert, Box, Button, Card, CardContent, CircularProgress, Stack, TextField, Typography } from '@mui/material';
import { useAuth } from './AuthProvider';
import { beginSignIn } from './pkce';

export const SIGNED_IN_PATH = '/signed-in';

/** Asks the local token issuer for a token naming whoever you say you are (local profile only). */
async function localToken(username: string, groups: string[]): Promise<string> {
  const response = await fetch('/auth/local/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, groups }),
  });
  const body = (await response.json()) as { token?: string; error?: string };
  if (!response.ok || !body.token) {
    throw new Error(body.error ?? `The local token issuer answered HTTP ${response.status}`);
  }
  return body.token;
}

export function parseGroups(text: string): string[] {
  return text.split(/[\s,]+/).map((group) => group.trim()).filter(Boolean);
}

export function SignInPage() {
  const { config, configError, session, signInWithToken } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const returnTo = (location.state as { returnTo?: string } | null)?.returnTo ?? '/';
  const [username, setUsername] = useState('');
  const [groups, setGroups] = useState('');
  const [usernameError, setUsernameError] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  if (session) {
    return <Navigate to={returnTo} replace />;
  }

  const signInLocally = async (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim()) {
      setUsernameError('Enter a username');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      signInWithToken(await localToken(username.trim(), parseGroups(groups)));
      navigate(returnTo, { replace: true });
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const signInWithProvider = async () => {
    if (!config) {
      return;
    }
    setBusy(true);
    try {
      window.location.assign(await beginSignIn(config, window.location.origin + SIGNED_IN_PATH, returnTo));
    } catch (failure) {
      setError((failure as Error).message);
      setBusy(false);
    }
  };

  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', bgcolor: 'grey.100' }}>
      <Card sx={{ width: 420 }}>
        <CardContent>
          <Typography variant="h4" component="h1" gutterBottom>Grantline</Typography>
          <Typography color="text.secondary" gutterBottom>Sign in to find, share and govern data.</Typography>
          {configError && <Alert severity="error">{configError}</Alert>}
          {error && <Alert severity="error" sx={{ my: 1 }}>{error}</Alert>}
          {!config && !configError && <CircularProgress aria-label="Loading the sign-in configuration" />}
          {config?.mode === 'local' && (
            <Stack component="form" spacing={2} sx={{ mt: 2 }} onSubmit={signInLocally} noValidate>
              <Alert severity="info">
                Local profile: the local token issuer signs a token for any user and teams you name.
              </Alert>
              <TextField label="Username" value={username} required autoFocus
                         onChange={(event) => { setUsername(event.target.value); setUsernameError(undefined); }}
                         error={!!usernameError} helperText={usernameError} />
              <TextField label="Teams (groups)" value={groups} onChange={(event) => setGroups(event.target.value)}
                         helperText={`Separated by commas or spaces; ${config.adminGroup} is the administrators' team`} />
              <Button type="submit" variant="contained" disabled={busy}>Sign in</Button>
            </Stack>
          )}
          {config?.mode === 'oidc' && (
            <Button variant="contained" sx={{ mt: 2 }} disabled={busy} onClick={signInWithProvider}>
              Sign in with {new URL(config.issuer).host}
            </Button>
          )}
        </CardContent>
      </Card>
    </Box>
  );
}
