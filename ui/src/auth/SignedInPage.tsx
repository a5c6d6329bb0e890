import { useEffect, useRef, useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { Alert, Box, CircularProgress, Link } from '@mui/material';
import { useAuth } from './AuthProvider';
import { completeSignIn } from './pkce';
import { SIGNED_IN_PATH } from './SignInPage';

/** Where the identity provider sends the browser back with the authorization code. */
export function SignedInPage() {
  const { config, signInWithToken } = useAuth();
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  const started = useRef(false);

  useEffect(() => {
    if (!config || started.current) {
      return;
    }
    started.current = true;
    completeSignIn(config, window.location.origin + SIGNED_IN_PATH, new URLSearchParams(window.location.search))
      .then(({ token, returnTo }) => {
        signInWithToken(token);
        navigate(returnTo, { replace: true });
      }, (failure: Error) => setError(failure.message));
  }, [config, navigate, signInWithToken]);

  return (
    <Box component="main" sx={{ p: 4 }}>
      {error
        ? <Alert severity="error">{error} <Link component={RouterLink} to="/sign-in">Sign in again</Link></Alert>
        : <CircularProgress aria-label="Signing in" />}
    </Box>
  );
}
