import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { useAuth } from '../auth';
import { useTitle } from '../hooks';

let completing: Promise<string> | null = null;

/** Keycloak sends the browser back here with the code; it is exchanged once (PKCE), then on to where the user was. */
export function SignInCallback() {
  useTitle('Signing in');
  const { auth } = useAuth();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    completing ??= auth.completeSignIn();
    completing.then(
      (returnTo) => navigate(returnTo, { replace: true }),
      () => setFailed(true),
    );
  }, [auth, navigate]);
  if (failed) {
    return (
      <section className="message-page">
        <h1>Sign-in did not complete</h1>
        <p>The sign-in link was used already or has expired.</p>
        <p>
          <button type="button" onClick={() => auth.signIn('/')}>
            Sign in again
          </button>
        </p>
      </section>
    );
  }
  return <p role="status">Signing you in…</p>;
}

/** Where Keycloak returns after sign-out. */
export function SignedOut() {
  useTitle('Signed out');
  const { auth } = useAuth();
  return (
    <section className="message-page">
      <h1>You are signed out</h1>
      <p>
        <button type="button" onClick={() => auth.signIn('/')}>
          Sign in
        </button>
      </p>
    </section>
  );
}

/** Pages behind sign-in: a visitor without a session goes to Keycloak and comes back to the same address. */
export function RequireSignIn({ children }: { children: React.ReactNode }) {
  const { auth, user } = useAuth();
  useEffect(() => {
    if (!user) {
      void auth.signIn();
    }
  }, [auth, user]);
  if (!user) {
    return <p role="status">Taking you to sign-in…</p>;
  }
  return <>{children}</>;
}
