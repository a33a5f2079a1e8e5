/**
 * Emblem, full site name and the main menu: the home link, the site's menu (src/menus;
 * sub-items as nested lists), then the fixed links to public services and the site map.
 * Sub-items need no script: on narrow screens they are listed under their parent; on
 * wide ones they drop down while the parent is hovered or holds the focus
 * (:focus-within), and stay reachable by keyboard either way (assets/site.css).
 */
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { MenuLink } from '../../../menus/menu-tree.js';
import { vi } from '../../messages.js';
import type { SiteChrome } from './chrome.js';

function menuItems(chrome: SiteChrome): readonly MenuLink[] {
  return [
    { href: '/', label: vi.home, external: false, children: [] },
    ...chrome.menu,
    { href: chrome.site.publicServiceUrl ?? chrome.publicServiceUrl, label: vi.publicServices, external: true, children: [] },
    { href: '/so-do-trang', label: vi.siteMap, external: false, children: [] },
  ];
}

function isCurrent(itemHref: string, path: string): boolean {
  if (itemHref === '/') return path === '/';
  return path === itemHref || path.startsWith(`${itemHref}/`);
}

/** Whether a menu item is marked as the current page: what the drawings are kept by (SiteHeader). */
function isCurrentItem(item: MenuLink, path: string): boolean {
  return !item.external && isCurrent(item.href, path);
}

/** One note, read as the description of every link that leaves the site. */
const EXTERNAL_NOTE_ID = 'menu-lien-ket-ngoai';

function MenuAnchor({ item, path }: { item: MenuLink; path: string }): VNode {
  return (
    <a
      href={item.href}
      aria-current={isCurrentItem(item, path) ? 'page' : undefined}
      rel={item.external ? 'noopener' : undefined}
      aria-describedby={item.external ? EXTERNAL_NOTE_ID : undefined}
    >
      {item.label}
    </a>
  );
}

function MenuEntry({ item, path }: { item: MenuLink; path: string }): VNode {
  if (item.children.length === 0) {
    return (
      <li>
        <MenuAnchor item={item} path={path} />
      </li>
    );
  }
  return (
    <li class="site-nav__parent">
      <MenuAnchor item={item} path={path} />
      <ul class="site-nav__sub">
        {item.children.map((child) => (
          <li>
            <MenuAnchor item={child} path={path} />
          </li>
        ))}
      </ul>
    </li>
  );
}

interface HeaderProps {
  chrome: SiteChrome;
  path: string;
  compact: boolean;
}

function HeaderContent({ chrome, path, compact }: HeaderProps): VNode {
  const { site } = chrome;
  const emblem = site.logoPath ?? '/assets/emblem.svg';
  return (
    <>
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
                <MenuEntry item={item} path={path} />
              ))}
            </ul>
            <span class="visually-hidden" id={EXTERNAL_NOTE_ID}>
              {vi.externalLink}
            </span>
          </div>
        </nav>
      )}
    </>
  );
}

/**
 * Drawn headers: the same on every page of a site but for the menu's aria-current, so each is
 * drawn once per site, menu and current item (an uncached article page spent a few per cent of
 * its time drawing it). Held under the site and menu objects themselves: a reload of the sites
 * or a change of the menu makes new ones, and the old drawings go with them.
 */
const drawn = new WeakMap<SiteChrome['site'], WeakMap<readonly MenuLink[], Map<string, string>>>();
/** Drawings per site and menu: one per current item, far fewer in any real menu. */
const MAX_DRAWN = 64;

function currentMarks(items: readonly MenuLink[], path: string): string {
  let marks = '';
  for (const item of items) {
    marks += isCurrentItem(item, path) ? '1' : '0';
    if (item.children.length > 0) marks += `(${currentMarks(item.children, path)})`;
  }
  return marks;
}

export function SiteHeader(props: HeaderProps): VNode {
  const { chrome, path, compact } = props;
  let bySite = drawn.get(chrome.site);
  if (bySite === undefined) drawn.set(chrome.site, (bySite = new WeakMap<readonly MenuLink[], Map<string, string>>()));
  let byMenu = bySite.get(chrome.menu);
  if (byMenu === undefined) bySite.set(chrome.menu, (byMenu = new Map<string, string>()));
  const key = `${compact ? 'c' : 'f'}|${chrome.root.name}|${chrome.publicServiceUrl}|${currentMarks(menuItems(chrome), path)}`;
  let html = byMenu.get(key);
  if (html === undefined) {
    html = renderToString(<HeaderContent {...props} />);
    if (byMenu.size < MAX_DRAWN) byMenu.set(key, html);
  }
  return <header class="site-header" dangerouslySetInnerHTML={{ __html: html }} />;
}
