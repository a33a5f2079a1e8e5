/**
 * The admin app: checks the session, shows the login when there is none, loads the
 * sites the user may work on, and renders the screen for the current address.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { api, messageOf, setCsrfToken, setUnauthorizedHandler } from './api/client.js';
import type { AdminSite, User } from './api/types.js';
import { AnnouncerProvider, useAnnounce } from './components/announcer.js';
import { Layout } from './components/layout.js';
import { LoadError, Loading } from './components/load-state.js';
import { useActivityKeepAlive } from './lib/keep-alive.js';
import { SessionContext, type Session } from './lib/session.js';
import { t } from './messages.js';
import { href, navigate, useRoute, type Route } from './router.js';
import { ScreenFor } from './screens/screen-for.js';
import { ForcedPasswordScreen } from './screens/account-screen.js';
import { LoginScreen } from './screens/login-screen.js';
import { asyncHandler } from './lib/async-handler.js';

type State =
  | { kind: 'checking' }
  | { kind: 'signedOut' }
  | { kind: 'mustChangePassword'; user: User }
  | { kind: 'loadingSites'; user: User }
  | { kind: 'failed'; user: User; message: string }
  | { kind: 'ready'; session: Session };

export function App() {
  return (
    <AnnouncerProvider>
      <Shell />
    </AnnouncerProvider>
  );
}

function Shell() {
  const route = useRoute();
  const announce = useAnnounce();
  const [state, setState] = useState<State>({ kind: 'checking' });
  useActivityKeepAlive(state.kind === 'ready');

  const signedIn = useCallback((user: User, csrfToken: string) => {
    setCsrfToken(csrfToken);
    setState(user.mustChangePassword === true ? { kind: 'mustChangePassword', user } : { kind: 'loadingSites', user });
  }, []);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      setCsrfToken(null);
      setState({ kind: 'signedOut' });
      announce(t.errors.sessionExpired, 'error');
    });
    api.me().then(
      (me) => signedIn(me.user, me.csrfToken),
      () => setState({ kind: 'signedOut' }),
    );
  }, []);

  useEffect(() => {
    if (state.kind !== 'loadingSites') return;
    const user = state.user;
    api.sites().then(
      (sites) => setState({ kind: 'ready', session: { user, sites } }),
      (error: unknown) => setState({ kind: 'failed', user, message: messageOf(error) }),
    );
  }, [state]);

  // After signing in, the login address leads on to the only site's dashboard, or the site picker.
  useEffect(() => {
    if (state.kind !== 'ready' || route.name !== 'login') return;
    const [only, ...others] = state.session.sites;
    const direct = only !== undefined && others.length === 0 && !state.session.user.isSystemAdmin;
    navigate(direct ? href({ name: 'dashboard', site: only.slug }) : href({ name: 'sites' }), { replace: true });
  }, [state.kind, route.name]);

  async function logout() {
    try {
      await api.logout();
    } finally {
      setCsrfToken(null);
      setState({ kind: 'signedOut' });
      navigate(href({ name: 'login' }));
      announce(t.header.loggedOut, 'info');
    }
  }

  if (state.kind === 'signedOut') {
    return (
      <Layout session={null} site={undefined} route={route} onLogout={asyncHandler(logout)}>
        <LoginScreen onSignedIn={signedIn} />
      </Layout>
    );
  }
  if (state.kind === 'mustChangePassword') {
    const session: Session = { user: state.user, sites: [] };
    return (
      <SessionContext.Provider value={session}>
        <Layout session={session} site={undefined} route={route} onLogout={asyncHandler(logout)}>
          <ForcedPasswordScreen
            onChanged={() => {
              announce(t.account.passwordChanged);
              setState({ kind: 'loadingSites', user: { ...state.user, mustChangePassword: false } });
            }}
          />
        </Layout>
      </SessionContext.Provider>
    );
  }
  if (state.kind !== 'ready') {
    return (
      <Layout session={null} site={undefined} route={route} onLogout={asyncHandler(logout)}>
        {state.kind === 'failed' ? <LoadError message={state.message} onRetry={() => setState({ kind: 'loadingSites', user: state.user })} /> : <Loading />}
      </Layout>
    );
  }
  const site = siteOf(route, state.session.sites);
  return (
    <SessionContext.Provider value={state.session}>
      <Layout session={state.session} site={site} route={route} onLogout={asyncHandler(logout)}>
        <ScreenFor
          route={route}
          site={site}
          onTotpChange={(totpEnabled) => setState({ kind: 'ready', session: { ...state.session, user: { ...state.session.user, totpEnabled } } })}
          onSitesChanged={() => {
            const { session } = state;
            api.sites().then(
              (sites) => setState({ kind: 'ready', session: { ...session, sites } }),
              () => undefined, // the list stays as it was; the next sign-in reads it again
            );
          }}
        />
      </Layout>
    </SessionContext.Provider>
  );
}

function siteOf(route: Route, sites: AdminSite[]): AdminSite | undefined {
  return 'site' in route ? sites.find((s) => s.slug === route.site) : undefined;
}
