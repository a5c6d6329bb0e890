import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { connectSession } from '../api/graphql';
import { closeLive } from '../api/live';
import { clearSession, loadSession, saveSession, sessionFromToken, type Session } from './session';
import { fetchSignInConfig, type SignInConfig } from './signInConfig';

interface Auth {
  config: SignInConfig | null;
  configError: string | null;
  session: Session | null;
  isAdmin: boolean;
  signInWithToken: (token: string) => Session;
  signOut: () => void;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [config, setConfig] = useState<SignInConfig | null>(null);
  const [configError, setConfigError] = useState<string | null>(null);
  const [session, setSession] = useState<Session | null>(() => loadSession());

  useEffect(() => {
    fetchSignInConfig().then(setConfig, (error: Error) => setConfigError(error.message));
  }, []);

  const signOut = useCallback(() => {
    clearSession();
    closeLive();
    queryClient.clear();
    setSession(null);
  }, [queryClient]);

  const signInWithToken = useCallback((token: string) => {
    if (!config) {
      throw new Error('The sign-in configuration is not loaded yet');
    }
    const signedIn = sessionFromToken(token, config);
    saveSession(signedIn);
    queryClient.clear();
    setSession(signedIn);
    return signedIn;
  }, [config, queryClient]);

  // Handed over while rendering, not in an effect: the pages' first queries run in their own effects, which React
  // runs before this provider's, and they must already carry the stored session's token.
  const current = useRef(session);
  current.current = session;
  connectSession(() => current.current?.token ?? null, signOut);

  const value = useMemo<Auth>(() => ({
    config,
    configError,
    session,
    isAdmin: !!session && !!config && session.groups.includes(config.adminGroup),
    signInWithToken,
    signOut,
  }), [config, configError, session, signInWithToken, signOut]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) {
    throw new Error('useAuth is used outside AuthProvider');
  }
  return auth;
}

/** The signed-in session; pages behind RequireSession always have one. */
export function useSession(): Session {
  const { session } = useAuth();
  if (!session) {
    throw new Error('useSession is used outside a signed-in page');
  }
  return session;
}
