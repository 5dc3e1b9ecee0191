// Who is logged in. Loaded once from /api/auth/me; any 401 from the API clears it, which sends the user to /login.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Me } from '../../shared/contracts/auth.contract.ts';
import { ApiError, apiRequest, setUnauthenticatedHandler } from './api.ts';

interface AuthValue {
  me: Me | null;
  /** True until the first /api/auth/me answer. */
  loading: boolean;
  login: (username: string, password: string) => Promise<Me>;
  logout: () => Promise<void>;
  /** Reads /api/auth/me again (after a password change or a change to the user's own links). */
  refresh: () => Promise<void>;
}

const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    setUnauthenticatedHandler(() => setMe(null));
    let cancelled = false;
    apiRequest<Me>('/api/auth/me', { redirectOn401: false })
      .then((value) => !cancelled && setMe(value))
      .catch((err: unknown) => {
        if (!(err instanceof ApiError) || err.status !== 401) {
          console.error(err);
        }
      })
      .finally(() => !cancelled && setLoading(false));
    return () => {
      cancelled = true;
      setUnauthenticatedHandler(null);
    };
  }, []);

  const login = useCallback(async (username: string, password: string) => {
    const value = await apiRequest<Me>('/api/auth/login', { method: 'POST', body: { username, password }, redirectOn401: false });
    setMe(value);
    return value;
  }, []);

  const logout = useCallback(async () => {
    try {
      await apiRequest('/api/auth/logout', { method: 'POST', body: {}, redirectOn401: false });
    } finally {
      setMe(null);
    }
  }, []);

  const refresh = useCallback(async () => {
    setMe(await apiRequest<Me>('/api/auth/me', { redirectOn401: false }));
  }, []);

  const value = useMemo(() => ({ me, loading, login, logout, refresh }), [me, loading, login, logout, refresh]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) {
    throw new Error('useAuth outside AuthProvider');
  }
  return value;
}
