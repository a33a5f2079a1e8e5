/** The officials' directory (/danh-ba): the visible work contacts, one headed section per unit. */
import type { VNode } from 'preact';
import type { DirectoryUnit } from '../../../directory/directory-rules.js';
import { DIRECTORY_PATH } from '../../../urls/paths.js';
import { vi } from '../../messages.js';
import type { SiteChrome } from './chrome.js';
import { Layout } from './layout.js';
import { Breadcrumbs } from './parts.js';

export function DirectoryPage({ chrome, units }: { chrome: SiteChrome; units: DirectoryUnit[] }): VNode {
  const m = vi.directory;
  return (
    <Layout chrome={chrome} title={`${m.title} - ${chrome.site.shortName}`} name={m.heading} description={m.description(chrome.site.name)} path={DIRECTORY_PATH}>
      <Breadcrumbs items={[{ href: '/', label: vi.home }, { label: m.title }]} />
      <h1>{m.heading}</h1>
      {units.length === 0 ? <p>{m.empty}</p> : null}
      {units.map((u, i) => (
        <section class="directory-unit" aria-labelledby={`don-vi-${i + 1}`}>
          <h2 id={`don-vi-${i + 1}`}>{u.unit}</h2>
          <ul class="directory-list">
            {u.people.map((p) => (
              <li class="directory-person">
                <p class="directory-person__name">{p.name}</p>
                <p class="directory-person__position">{p.position}</p>
                <dl class="directory-person__contact">
                  {p.phone === '' ? null : (
                    <div>
                      <dt>{m.phone}:</dt>
                      <dd>
                        <a href={`tel:${p.phone.replace(/[^0-9+]/g, '')}`}>{p.phone}</a>
                      </dd>
                    </div>
                  )}
                  {p.email === '' ? null : (
                    <div>
                      <dt>{m.email}:</dt>
                      <dd>
                        <a href={`mailto:${p.email}`}>{p.email}</a>
                      </dd>
                    </div>
                  )}
                </dl>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Layout>
  );
}
