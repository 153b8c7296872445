import { useMemo } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { Api } from './api';
import { AuthProvider, useAuth, type Auth } from './auth';
import type { PortalConfig } from './config';
import { ApiContext } from './hooks';
import { Layout } from './Layout';
import { AnswerForm } from './pages/AnswerForm';
import { NotFound } from './pages/ErrorPages';
import { MyCompliance } from './pages/MyCompliance';
import { RequireSignIn, SignedOut, SignInCallback } from './pages/Session';

export function App({ config, auth }: { config: PortalConfig; auth: Auth }) {
  return (
    <AuthProvider auth={auth}>
      <WithApi apiBase={config.apiBase}>
        <BrowserRouter>
          <Routes>
            <Route path="/auth/callback" element={<SignInCallback />} />
            <Route path="/signed-out" element={<SignedOut />} />
            <Route
              element={
                <RequireSignIn>
                  <Layout />
                </RequireSignIn>
              }
            >
              <Route index element={<MyCompliance />} />
              {/* Mail links point here (notification-service: PORTAL_URL/checklists/{offering user}). */}
              <Route path="checklists/:offeringUserUuid" element={<AnswerForm />} />
              <Route path="*" element={<NotFound />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </WithApi>
    </AuthProvider>
  );
}

function WithApi({ apiBase, children }: { apiBase: string; children: React.ReactNode }) {
  const { auth } = useAuth();
  const api = useMemo(
    () =>
      new Api(
        apiBase,
        () => auth.accessToken(),
        async () => {
          const user = await auth.renew();
          if (user) {
            return user.access_token;
          }
          await auth.signIn(); // the session is gone: sign in again and come back here
          return new Promise<string | null>(() => undefined);
        },
      ),
    [apiBase, auth],
  );
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}
