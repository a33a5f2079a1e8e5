/** Emblem, full site name and the main menu. */
import type { VNode } from 'preact';
import { categoryPath } from '../../../urls/paths.js';
import { vi } from '../../messages.js';
import type { SiteChrome } from './chrome.js';

interface MenuItem {
  href: string;
  label: string;
  external?: boolean;
}

function menuItems(chrome: SiteChrome): MenuItem[] {
  const items: MenuItem[] = [{ href: '/', label: vi.home }];
  if (chrome.aboutPath !== null) items.push({ href: chrome.aboutPath, label: vi.about });
  for (const c of chrome.menuCategories) items.push({ href: categoryPath(c.slug), label: c.name });
  items.push({ href: chrome.site.publicServiceUrl ?? chrome.publicServiceUrl, label: vi.publicServices, external: true });
  items.push({ href: '/so-do-trang', label: vi.siteMap });
  return items;
}

function isCurrent(itemHref: string, path: string): boolean {
  if (itemHref === '/') return path === '/';
  return path === itemHref || path.startsWith(`${itemHref}/`);
}

export function SiteHeader({ chrome, path, compact }: { chrome: SiteChrome; path: string; compact: boolean }): VNode {
  const { site } = chrome;
  const emblem = site.logoPath ?? '/assets/emblem.svg';
  return (
    <header class="site-header">
      <div class="container site-header__brand">
        <a class="site-header__home" href="/">
          <img class="site-header__emblem" src={emblem} alt="" width={72} height={72} />
          <span class="site-header__names">
            {site.parentId !== null ? <span class="site-header__system">{vi.systemLinks(chrome.root.name)}</span> : null}
            <span class="site-header__name">{site.name}</span>
          </span>
        </a>
        {compact ? null : (
          <form class="site-search" role="search" action="/tim-kiem" method="get" aria-label={vi.search.headerFormName}>
            <label class="visually-hidden" for="o-tim-kiem">
              {vi.search.headerLabel}
            </label>
            <input class="site-search__input" id="o-tim-kiem" type="search" name="q" maxLength={200} />
            <button class="site-search__button" type="submit">
              {vi.search.submit}
            </button>
          </form>
        )}
      </div>
      {compact ? null : (
        <nav class="site-nav" aria-label={vi.mainMenu}>
          <div class="container">
            <button type="button" class="site-nav__toggle" aria-expanded="false" aria-controls="menu-chinh" hidden>
              {vi.menuButton}
            </button>
            <ul class="site-nav__list" id="menu-chinh">
              {menuItems(chrome).map((item) => (
                <li>
                  <a
                    href={item.href}
                    aria-current={!item.external && isCurrent(item.href, path) ? 'page' : undefined}
                    rel={item.external ? 'noopener' : undefined}
                  >
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </nav>
      )}
    </header>
  );
}
