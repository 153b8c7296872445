import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import type { PortalConfig } from './config';

/** Sign-in through Keycloak: authorization code with PKCE (S256), the public client compliance-web. */
export class Auth {
  readonly manager: UserManager;

  constructor(config: PortalConfig, origin: string = window.location.origin) {
    this.manager = new UserManager({
      authority: `${config.keycloakUrl.replace(/\/$/, '')}/realms/${config.realm}`,
      client_id: config.clientId,
      redirect_uri: `${origin}/auth/callback`,
      post_logout_redirect_uri: `${origin}/signed-out`,
      response_type: 'code',
      scope: 'openid profile email',
      // Renewed a minute before expiry with the refresh token (no hidden iframe, so no third-party cookies needed).
      automaticSilentRenew: true,
      accessTokenExpiringNotificationTimeInSeconds: 60,
      monitorSession: false,
      loadUserInfo: false,
      // The tab's session only: closing the tab forgets the tokens.
      userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    });
  }

  /** The signed-in user, or null; an expired one is renewed first when its refresh token still works. */
  async currentUser(): Promise<User | null> {
    const user = await this.manager.getUser();
    if (!user) {
      return null;
    }
    if (!user.expired) {
      return user;
    }
    return this.renew();
  }

  async renew(): Promise<User | null> {
    try {
      return await this.manager.signinSilent();
    } catch {
      await this.manager.removeUser();
      return null;
    }
  }

  /** A valid access token, or a trip to the sign-in page (the promise then never settles). */
  async accessToken(): Promise<string> {
    const user = await this.currentUser();
    if (user) {
      return user.access_token;
    }
    await this.signIn();
    return new Promise<string>(() => undefined);
  }

  signIn(returnTo: string = currentPath()): Promise<void> {
    return this.manager.signinRedirect({ state: { returnTo } });
  }

  /** Completes the redirect back from Keycloak; answers where the user was going. */
  async completeSignIn(): Promise<string> {
    const user = await this.manager.signinRedirectCallback();
    const state = user.state as { returnTo?: string } | undefined;
    return safeReturnPath(state?.returnTo);
  }

  signOut(): Promise<void> {
    return this.manager.signoutRedirect();
  }
}

function currentPath(): string {
  return window.location.pathname + window.location.search + window.location.hash;
}

/** Only a path on this site: never an absolute URL that would send the user elsewhere after sign-in. */
export function safeReturnPath(value: string | undefined): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

interface AuthState {
  auth: Auth;
  user: User | null;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ auth, children }: { auth: Auth; children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const events = auth.manager.events;
    const loaded = (u: User) => setUser(u);
    const unloaded = () => setUser(null);
    events.addUserLoaded(loaded);
    events.addUserUnloaded(unloaded);
    events.addSilentRenewError(unloaded);
    auth.currentUser().then((u) => {
      setUser(u);
      setReady(true);
    });
    return () => {
      events.removeUserLoaded(loaded);
      events.removeUserUnloaded(unloaded);
      events.removeSilentRenewError(unloaded);
    };
  }, [auth]);
  if (!ready) {
    return <p className="loading" role="status">Loading…</p>;
  }
  return <AuthContext.Provider value={{ auth, user }}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) {
    throw new Error('useAuth outside AuthProvider');
  }
  return state;
}
