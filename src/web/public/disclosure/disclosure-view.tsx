/**
 * /cong-khai-thong-tin: the list of information the agency must disclose, each item with
 * its legal basis, its state, and a link to where it is published on the site.
 */
import type { VNode } from 'preact';
import { STATE_LABELS, type AssessedItem } from '../../../disclosure/assess.js';
import { formatVietnamDate } from '../../../time/vietnam-time.js';
import { DISCLOSURE_PATH } from '../../../urls/paths.js';
import { vi } from '../../messages.js';
import type { SiteChrome } from '../views/chrome.js';
import { Layout } from '../views/layout.js';
import { Breadcrumbs } from '../views/parts.js';

export function DisclosurePage({ chrome, items }: { chrome: SiteChrome; items: readonly AssessedItem[] }): VNode {
  const m = vi.disclosure;
  return (
    <Layout chrome={chrome} title={`${m.title} - ${chrome.site.shortName}`} name={m.title} description={m.description(chrome.site.name)} path={DISCLOSURE_PATH}>
      <Breadcrumbs items={[{ href: '/', label: vi.home }, { label: m.title }]} />
      <h1>{m.title}</h1>
      <p class="lead">{m.lead}</p>
      <ol class="disclosure-list">
        {items.map(({ item, state, evidence }) => (
          <li class="disclosure-item" id={item.id}>
            <h2 class="disclosure-item__title">{item.title}</h2>
            <p class="disclosure-item__basis">
              {m.basis}: {item.basis}
            </p>
            <p class="disclosure-item__state">
              <strong class={`disclosure-tag disclosure-tag--${state}`}>{STATE_LABELS[state]}</strong>
              {evidence.latest === null || state === 'missing' ? null : <span> · {m.updated(formatVietnamDate(evidence.latest))}</span>}
            </p>
            {evidence.href === null || state === 'missing' ? null : (
              <p class="disclosure-item__link">
                <a href={evidence.href}>
                  {m.see}
                  <span class="visually-hidden">: {item.title}</span>
                </a>
              </p>
            )}
          </li>
        ))}
      </ol>
    </Layout>
  );
}
