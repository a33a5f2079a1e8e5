/** Which screen an address shows, for a signed-in user. */
import type { AdminSite } from '../api/types.js';
import { PageHeading } from '../components/page-heading.js';
import { Link } from '../components/link.js';
import { t } from '../messages.js';
import { href, type Route } from '../router.js';
import { AccountScreen } from './account-screen.js';
import { ArticleEditorScreen } from './article-editor-screen.js';
import { ArticleListScreen } from './article-list-screen.js';
import { AuditScreen } from './audit-screen.js';
import { CategoriesScreen } from './categories-screen.js';
import { DashboardScreen } from './dashboard-screen.js';
import { MediaScreen } from './media-screen.js';
import { MenuScreen } from './menu-screen.js';
import { ComplianceScreen } from './compliance-screen.js';
import { PageEditorScreen } from './page-editor-screen.js';
import { DocumentEditorScreen } from './document-editor-screen.js';
import { DocumentListScreen } from './document-list-screen.js';
import { PageListScreen } from './page-list-screen.js';
import { AlbumEditorScreen, AlbumListScreen } from './album-screens.js';
import { ConsultationCommentsScreen } from './consultation-comments-screen.js';
import { ConsultationEditorScreen } from './consultation-editor-screen.js';
import { ConsultationListScreen } from './consultation-list-screen.js';
import { QuestionListScreen, QuestionScreen } from './question-screens.js';
import { SyndicationScreen } from './syndication-screen.js';
import { RevisionsScreen } from './revisions-screen.js';
import { DirectoryScreen } from './directory-screen.js';
import { ScheduleScreen } from './schedule-screen.js';
import { RoyaltyScreen } from './royalty-screen.js';
import { StatisticsScreen } from './statistics-screen.js';
import { SettingsScreen } from './settings-screen.js';
import { SitePickerScreen } from './site-picker-screen.js';
import { StaffScreen } from './staff-screen.js';
import { SystemAuditScreen } from './system-audit-screen.js';
import { SystemSitesScreen } from './system-sites-screen.js';
import { UsersScreen } from './users-screen.js';
import { TopicListScreen, TopicScreen } from './topic-screens.js';
import { useSession } from '../lib/session.js';
import type { ComponentChildren } from 'preact';

export function ScreenFor({
  route,
  site,
  onTotpChange,
  onSitesChanged,
}: {
  route: Route;
  site: AdminSite | undefined;
  onTotpChange: (enabled: boolean) => void;
  /** A site was created or changed: the session's list of sites is read again. */
  onSitesChanged: () => void;
}) {
  if (route.name === 'account') return <AccountScreen onTotpChange={onTotpChange} />;
  if (route.name === 'sites') return <SitePickerScreen />;
  // Signed in on the login address: app.tsx moves on at once.
  if (route.name === 'login') return null;
  if (route.name === 'notFound') return <NotFound />;
  if (route.name === 'systemSites') {
    return (
      <SystemOnly>
        <SystemSitesScreen query={route.query} onSitesChanged={onSitesChanged} />
      </SystemOnly>
    );
  }
  if (route.name === 'users' || route.name === 'systemAudit') {
    return <SystemOnly>{route.name === 'users' ? <UsersScreen query={route.query} /> : <SystemAuditScreen query={route.query} />}</SystemOnly>;
  }
  if (site === undefined) return <NotFound message={t.sites.unknown(route.site)} />;
  const slug = site.slug;
  switch (route.name) {
    case 'dashboard':
      return <DashboardScreen site={slug} />;
    case 'articles':
      return <ArticleListScreen site={slug} query={route.query} />;
    case 'article':
      return <ArticleEditorScreen key={`${slug}/${route.id}`} site={slug} id={route.id} />;
    case 'revisions':
      return <RevisionsScreen key={`${slug}/${route.id}`} site={slug} id={route.id} />;
    case 'media':
      return <MediaScreen site={slug} />;
    case 'categories':
      return <CategoriesScreen site={slug} />;
    case 'staff':
      return <StaffScreen site={slug} />;
    case 'settings':
      return <SettingsScreen site={slug} />;
    case 'audit':
      return <AuditScreen site={slug} query={route.query} />;
    case 'royalty':
      return <RoyaltyScreen site={slug} />;
    case 'statistics':
      return <StatisticsScreen site={slug} />;
    case 'menu':
      return <MenuScreen site={slug} />;
    case 'compliance':
      return <ComplianceScreen site={slug} />;
    case 'pages':
      return <PageListScreen site={slug} />;
    case 'documents':
      return <DocumentListScreen site={slug} query={route.query} />;
    case 'document':
      return <DocumentEditorScreen key={`${slug}/${route.id}`} site={slug} id={route.id} />;
    case 'page':
      return <PageEditorScreen key={`${slug}/${route.id}`} site={slug} id={route.id} />;
    case 'albums':
      return <AlbumListScreen site={slug} />;
    case 'album':
      return <AlbumEditorScreen key={`${slug}/${route.id}`} site={slug} id={route.id} />;
    case 'schedule':
      return <ScheduleScreen key={`${slug}/${route.query.get('tuan') ?? ''}`} site={slug} week={route.query.get('tuan')} />;
    case 'directory':
      return <DirectoryScreen site={slug} />;
    case 'consultations':
      return <ConsultationListScreen site={slug} />;
    case 'consultation':
      return <ConsultationEditorScreen key={`${slug}/${route.id}`} site={slug} id={route.id} />;
    case 'consultationComments':
      return <ConsultationCommentsScreen key={`${slug}/${route.id}`} site={slug} id={route.id} />;
    case 'questions':
      return <QuestionListScreen site={slug} query={route.query} />;
    case 'question':
      return <QuestionScreen key={`${slug}/${route.id}`} site={slug} id={route.id} />;
    case 'syndication':
      return <SyndicationScreen site={slug} />;
    case 'topics':
      return <TopicListScreen site={slug} />;
    case 'topic':
      return <TopicScreen key={`${slug}/${String(route.system)}/${route.id}`} site={slug} system={route.system} id={route.id} />;
  }
}

/** The system screens exist for system administrators only; the server refuses anyone else too. */
function SystemOnly({ children }: { children: ComponentChildren }) {
  const session = useSession();
  return session.user.isSystemAdmin ? <>{children}</> : <NotFound message={t.notFound.systemOnly} />;
}

function NotFound({ message }: { message?: string }) {
  return (
    <>
      <PageHeading title={t.notFound.title}>{t.notFound.title}</PageHeading>
      <p>{message ?? t.notFound.body}</p>
      <p>
        <Link href={href({ name: 'sites' })}>{t.notFound.home}</Link>
      </p>
    </>
  );
}
