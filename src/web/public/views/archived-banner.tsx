/** The note under the header of an archived site: it is no longer updated, and where news now is. */
import type { VNode } from 'preact';
import { vi } from '../../messages.js';
import type { SiteChrome } from './chrome.js';

export function ArchivedBanner({ chrome }: { chrome: SiteChrome }): VNode | null {
  if (chrome.site.status !== 'archived') return null;
  const successor = chrome.site.successorSiteId === null ? undefined : chrome.sites.find((s) => s.id === chrome.site.successorSiteId);
  return (
    <div class="banner-archived" role="note">
      <div class="container">
        <p>{vi.archivedBanner}</p>
        {successor === undefined ? null : (
          <p>
            {vi.archive.successorLead} <a href={`${chrome.originOf(successor)}/`}>{successor.name}</a>.
          </p>
        )}
      </div>
    </div>
  );
}
