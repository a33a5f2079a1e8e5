/** Chọn cổng: the sites this user may work on; with only one, it opens that site's dashboard. */
import { useEffect } from 'preact/hooks';
import { Link } from '../components/link.js';
import { PageHeading } from '../components/page-heading.js';
import { roleOn, useSession } from '../lib/session.js';
import { t } from '../messages.js';
import { href, navigate } from '../router.js';

export function SitePickerScreen() {
  const session = useSession();
  const { sites } = session;
  // A system administrator stays: the system screens are reached from here.
  const only = sites.length === 1 && !session.user.isSystemAdmin ? sites[0] : undefined;
  useEffect(() => {
    if (only !== undefined) navigate(href({ name: 'dashboard', site: only.slug }), { replace: true });
  }, [only?.slug]);

  return (
    <>
      <PageHeading title={t.sites.title}>{t.sites.title}</PageHeading>
      {sites.length === 0 && session.user.isSystemAdmin ? (
        <>
          <p>{t.sites.emptySystem}</p>
          <p>
            <Link href={href({ name: 'systemSites' })} class="button">
              {t.sites.createFirst}
            </Link>
          </p>
        </>
      ) : sites.length === 0 ? (
        <p>{t.sites.empty}</p>
      ) : (
        <>
          <p class="lead">{t.sites.intro}</p>
          <ul class="card-list">
            {sites.map((site) => {
              const role = roleOn(session, site.slug);
              return (
                <li key={site.slug} class="card">
                  <h2 class="card__title">
                    <Link href={href({ name: 'dashboard', site: site.slug })}>{site.name}</Link>
                  </h2>
                  {role !== undefined && (
                    <p class="card__meta">
                      {t.sites.role}: {session.user.isSystemAdmin ? t.roles.system_admin : t.roles[role]}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}
