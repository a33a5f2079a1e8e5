/**
 * The frame of every screen: skip link, header (product, current site, user, sign out),
 * the site's navigation (or, outside a site, a system administrator's), the <main>
 * landmark and a footer.
 */
import type { ComponentChildren } from 'preact';
import type { AdminSite } from '../api/types.js';
import { t } from '../messages.js';
import { href, type Route } from '../router.js';
import { mayUse, roleOn, type Session, type SiteFeature } from '../lib/session.js';
import { Link } from './link.js';
import { maySyndicate } from '../lib/syndication.js';
import { mayWorkWithTopics, TOPICS_NAV_LABEL } from '../lib/topic-access.js';

interface LayoutProps {
  session: Session | null;
  site: AdminSite | undefined;
  route: Route;
  onLogout: () => void;
  children: ComponentChildren;
}

export function Layout({ session, site, route, onLogout, children }: LayoutProps) {
  return (
    <>
      <a class="skip-link" href="#main">
        {t.skipLink}
      </a>
      <header class="app-header">
        <div class="app-header__inner">
          <Link class="app-header__brand" href={href({ name: 'sites' })}>
            {t.appName}
          </Link>
          {session !== null && (
            <div class="app-header__account">
              {site !== undefined && (
                <p class="app-header__site">
                  <span class="visually-hidden">{t.header.site}: </span>
                  <strong>{site.name}</strong>
                  {session.sites.length > 1 && (
                    <>
                      {' '}
                      <Link href={href({ name: 'sites' })}>{t.header.changeSite}</Link>
                    </>
                  )}
                </p>
              )}
              <p class="app-header__user">
                <span class="visually-hidden">{t.header.user}: </span>
                {session.user.displayName}
                {site !== undefined && <span class="app-header__role"> · {roleLabel(session, site.slug)}</span>}
              </p>
              <Link href={href({ name: 'account' })} aria-current={route.name === 'account' ? 'page' : undefined}>
                {t.header.account}
              </Link>
              <button type="button" class="button button--header" onClick={onLogout}>
                {t.header.logout}
              </button>
            </div>
          )}
        </div>
      </header>
      {session !== null && site !== undefined && <SiteNav session={session} site={site.slug} route={route} />}
      {session !== null && site === undefined && session.user.isSystemAdmin && session.user.mustChangePassword !== true && <SystemNav route={route} />}
      <main id="main" class="app-main" tabIndex={-1}>
        {children}
      </main>
      <footer class="app-footer">
        <p>{t.header.footer}</p>
      </footer>
    </>
  );
}

function roleLabel(session: Session, slug: string): string {
  if (session.user.isSystemAdmin) return t.roles.system_admin;
  const role = roleOn(session, slug);
  return role === undefined ? '' : t.roles[role];
}

function SiteNav({ session, site, route }: { session: Session; site: string; route: Route }) {
  const items: { name: Route['name']; label: string; url: string; feature?: SiteFeature }[] = [
    { name: 'dashboard', label: t.nav.dashboard, url: href({ name: 'dashboard', site }) },
    { name: 'articles', label: t.nav.articles, url: href({ name: 'articles', site }) },
    { name: 'article', label: t.nav.newArticle, url: href({ name: 'article', site, id: 'new' }) },
    { name: 'media', label: t.nav.media, url: href({ name: 'media', site }), feature: 'media' },
    { name: 'categories', label: t.nav.categories, url: href({ name: 'categories', site }), feature: 'categories' },
    { name: 'staff', label: t.nav.staff, url: href({ name: 'staff', site }), feature: 'staff' },
    { name: 'settings', label: t.nav.settings, url: href({ name: 'settings', site }), feature: 'settings' },
    { name: 'audit', label: t.nav.audit, url: href({ name: 'audit', site }), feature: 'audit' },
    { name: 'royalty', label: t.nav.royalty, url: href({ name: 'royalty', site }), feature: 'royalty' },
    { name: 'pages', label: t.nav.pages, url: href({ name: 'pages', site }) },
    { name: 'documents', label: t.documents.nav, url: href({ name: 'documents', site }) },
    { name: 'albums', label: t.albums.nav, url: href({ name: 'albums', site }) },
    { name: 'schedule', label: t.nav.schedule, url: href({ name: 'schedule', site }) },
    { name: 'directory', label: t.nav.directory, url: href({ name: 'directory', site }) },
    { name: 'consultations', label: t.nav.consultations, url: href({ name: 'consultations', site }) },
    { name: 'questions', label: t.questions.nav, url: href({ name: 'questions', site }), feature: 'questions' },
    // The menu is the site admins' (manage_settings on the server), as the settings are.
    { name: 'menu', label: t.menu.nav, url: href({ name: 'menu', site }), feature: 'settings' },
    // What the law asks the site to disclose is the site admins' to answer for (manage_settings on the server).
    { name: 'compliance', label: t.compliance.nav, url: href({ name: 'compliance', site }), feature: 'settings' },
    // Proposals to and from the parent site are the approvers' and site admins' (syndication-rules.ts on the server).
    ...(maySyndicate(session, site) ? [{ name: 'syndication' as const, label: t.syndication.nav, url: href({ name: 'syndication', site }) }] : []),
    { name: 'statistics', label: t.statistics.nav, url: href({ name: 'statistics', site }), feature: 'statistics' },
    // Topics: for those who add their site's articles and own topics (approvers, site and system admins).
    ...(mayWorkWithTopics(session, site) ? [{ name: 'topics' as const, label: TOPICS_NAV_LABEL, url: href({ name: 'topics', site }) }] : []),
  ];
  const isCurrent = (name: Route['name']) =>
    name === route.name && (name !== 'article' || (route.name === 'article' && route.id === 'new')) ||
    (name === 'articles' && (route.name === 'revisions' || (route.name === 'article' && route.id !== 'new'))) ||
    (name === 'pages' && route.name === 'page') ||
    (name === 'documents' && route.name === 'document') ||
    (name === 'albums' && route.name === 'album') ||
    (name === 'consultations' && (route.name === 'consultation' || route.name === 'consultationComments')) ||
    (name === 'questions' && route.name === 'question') ||
    (name === 'topics' && route.name === 'topic');
  return <NavBar label={t.nav.label} items={items.filter((i) => i.feature === undefined || mayUse(session, site, i.feature)).map((i) => ({ ...i, current: isCurrent(i.name) }))} />;
}

/** Outside any site, a system administrator's own screens: the sites, the accounts, the system-wide log. */
function SystemNav({ route }: { route: Route }) {
  const items = [
    { label: t.nav.sites, url: href({ name: 'sites' }), current: route.name === 'sites' },
    { label: t.nav.systemSites, url: href({ name: 'systemSites' }), current: route.name === 'systemSites' },
    { label: t.nav.users, url: href({ name: 'users' }), current: route.name === 'users' },
    { label: t.nav.systemAudit, url: href({ name: 'systemAudit' }), current: route.name === 'systemAudit' },
  ];
  return <NavBar label={t.nav.systemLabel} items={items} />;
}

function NavBar({ label, items }: { label: string; items: { label: string; url: string; current: boolean }[] }) {
  return (
    <nav class="site-nav" aria-label={label}>
      <ul class="site-nav__list">
        {items.map((i) => (
          <li key={i.url}>
            <Link href={i.url} class="site-nav__link" aria-current={i.current ? 'page' : undefined}>
              {i.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
