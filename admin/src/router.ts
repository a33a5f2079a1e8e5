/**
 * The admin's addresses, all under /admin/: parsing a location into a Route, building
 * an href from a Route, and navigating with the History API (the server answers every
 * /admin path with index.html, so deep links and reloads work).
 */
import { useEffect, useState } from 'preact/hooks';

export const BASE = '/admin/';

export type SiteScreen =
  | 'dashboard' | 'articles' | 'media' | 'categories' | 'staff' | 'settings' | 'audit' | 'royalty' | 'menu' | 'pages'
  | 'documents'
  | 'albums'
  | 'schedule' | 'directory'
  | 'consultations'
  | 'compliance'
  | 'questions'
  | 'syndication'
  | 'statistics'
  | 'topics';

/** Screens of the whole system, for system administrators; they belong to no site. */
export type SystemScreen = 'users' | 'systemAudit' | 'systemSites';

export type Route =
  | { name: 'login' }
  | { name: 'account' }
  | { name: 'sites' }
  | { name: 'users'; query: URLSearchParams }
  | { name: 'systemAudit'; query: URLSearchParams }
  | { name: 'systemSites'; query: URLSearchParams }
  | { name: SiteScreen; site: string; query: URLSearchParams }
  | { name: 'article'; site: string; id: number | 'new' }
  | { name: 'revisions'; site: string; id: number }
  | { name: 'page'; site: string; id: number | 'new' }
  | { name: 'document'; site: string; id: number | 'new' }
  | { name: 'album'; site: string; id: number | 'new' }
  | { name: 'consultation'; site: string; id: number | 'new' }
  | { name: 'consultationComments'; site: string; id: number }
  | { name: 'question'; site: string; id: number }
  | { name: 'topic'; site: string; system: boolean; id: number | 'new' }
  | { name: 'notFound' };

const SCREEN_PATHS: Record<Exclude<SiteScreen, 'dashboard'>, string> = {
  articles: 'tin-bai',
  media: 'thu-vien',
  categories: 'chuyen-muc',
  staff: 'nhan-su',
  settings: 'cai-dat',
  audit: 'nhat-ky',
  royalty: 'nhuan-but',
  menu: 'menu',
  pages: 'trang',
  documents: 'van-ban',
  albums: 'thu-vien-anh',
  schedule: 'lich-cong-tac',
  directory: 'danh-ba',
  consultations: 'lay-y-kien',
  compliance: 'cong-khai-thong-tin',
  questions: 'hoi-dap',
  syndication: 'tin-de-xuat',
  statistics: 'thong-ke',
  topics: 'chuyen-de',
};

/** One word under /admin/, like dang-nhap and tai-khoan, which no site slug can then be. */
const SYSTEM_PATHS: Record<SystemScreen, string> = {
  users: 'nguoi-dung',
  systemAudit: 'nhat-ky-he-thong',
  systemSites: 'quan-ly-cong',
};

const SYSTEM_BY_PATH = new Map(Object.entries(SYSTEM_PATHS).map(([screen, path]) => [path, screen as SystemScreen]));

const SCREEN_BY_PATH = new Map(Object.entries(SCREEN_PATHS).map(([screen, path]) => [path, screen as SiteScreen]));

export function parseRoute(pathname: string, search: string): Route {
  const rest = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname === '/admin' ? '' : null;
  if (rest === null) return { name: 'notFound' };
  const parts = rest.split('/').filter((p) => p !== '').map(decodeURIComponent);
  const query = new URLSearchParams(search);
  const [site, section, id, sub] = parts;
  if (site === undefined) return { name: 'sites' };
  if (site === 'dang-nhap' && parts.length === 1) return { name: 'login' };
  if (site === 'tai-khoan' && parts.length === 1) return { name: 'account' };
  const system = SYSTEM_BY_PATH.get(site);
  if (system !== undefined && parts.length === 1) return { name: system, query };
  if (section === undefined) return { name: 'dashboard', site, query };
  if (section === 'tin-bai' && id !== undefined) {
    if (id === 'moi' && sub === undefined) return { name: 'article', site, id: 'new' };
    const n = Number(id);
    if (!Number.isInteger(n) || n <= 0) return { name: 'notFound' };
    if (sub === undefined) return { name: 'article', site, id: n };
    if (sub === 'lich-su' && parts.length === 4) return { name: 'revisions', site, id: n };
    return { name: 'notFound' };
  }
  if (section === 'trang' && id !== undefined) {
    if (sub !== undefined) return { name: 'notFound' };
    if (id === 'moi') return { name: 'page', site, id: 'new' };
    const n = Number(id);
    return Number.isInteger(n) && n > 0 ? { name: 'page', site, id: n } : { name: 'notFound' };
  }
  if (section === 'van-ban' && id !== undefined) {
    if (sub !== undefined) return { name: 'notFound' };
    if (id === 'moi') return { name: 'document', site, id: 'new' };
    const n = Number(id);
    return Number.isInteger(n) && n > 0 ? { name: 'document', site, id: n } : { name: 'notFound' };
  }
  if (section === 'thu-vien-anh' && id !== undefined) {
    if (sub !== undefined) return { name: 'notFound' };
    if (id === 'moi') return { name: 'album', site, id: 'new' };
    const n = Number(id);
    return Number.isInteger(n) && n > 0 ? { name: 'album', site, id: n } : { name: 'notFound' };
  }
  if (section === 'lay-y-kien' && id !== undefined) {
    if (id === 'moi' && sub === undefined) return { name: 'consultation', site, id: 'new' };
    const n = Number(id);
    if (!Number.isInteger(n) || n <= 0) return { name: 'notFound' };
    if (sub === undefined) return { name: 'consultation', site, id: n };
    return sub === 'y-kien' && parts.length === 4 ? { name: 'consultationComments', site, id: n } : { name: 'notFound' };
  }
  if (section === 'hoi-dap' && id !== undefined) {
    const n = Number(id);
    return sub === undefined && Number.isInteger(n) && n > 0 ? { name: 'question', site, id: n } : { name: 'notFound' };
  }
  if (section === 'chuyen-de' && id !== undefined) {
    // A site's topic at chuyen-de/{id}, the system's at chuyen-de/he-thong/{id}; "moi" for a new one.
    const system = id === 'he-thong';
    const which = system ? sub : id;
    if (which === undefined || parts.length !== (system ? 4 : 3)) return { name: 'notFound' };
    if (which === 'moi') return { name: 'topic', site, system, id: 'new' };
    const n = Number(which);
    return Number.isInteger(n) && n > 0 ? { name: 'topic', site, system, id: n } : { name: 'notFound' };
  }
  const screen = SCREEN_BY_PATH.get(section);
  if (screen === undefined || id !== undefined) return { name: 'notFound' };
  return { name: screen, site, query };
}

/** The address of a screen; `query` adds a search string. */
export function href(
  route: Route | { name: SiteScreen; site: string; query?: Record<string, string> } | { name: SystemScreen; query?: Record<string, string> },
): string {
  const enc = encodeURIComponent;
  switch (route.name) {
    case 'login':
      return `${BASE}dang-nhap`;
    case 'account':
      return `${BASE}tai-khoan`;
    case 'sites':
    case 'notFound':
      return BASE;
    case 'article':
      return `${BASE}${enc(route.site)}/tin-bai/${route.id === 'new' ? 'moi' : route.id}`;
    case 'revisions':
      return `${BASE}${enc(route.site)}/tin-bai/${route.id}/lich-su`;
    case 'page':
      return `${BASE}${enc(route.site)}/trang/${route.id === 'new' ? 'moi' : route.id}`;
    case 'document':
      return `${BASE}${enc(route.site)}/van-ban/${route.id === 'new' ? 'moi' : route.id}`;
    case 'album':
      return `${BASE}${enc(route.site)}/thu-vien-anh/${route.id === 'new' ? 'moi' : route.id}`;
    case 'consultation':
      return `${BASE}${enc(route.site)}/lay-y-kien/${route.id === 'new' ? 'moi' : route.id}`;
    case 'consultationComments':
      return `${BASE}${enc(route.site)}/lay-y-kien/${route.id}/y-kien`;
    case 'question':
      return `${BASE}${enc(route.site)}/hoi-dap/${route.id}`;
    case 'topic':
      return `${BASE}${enc(route.site)}/chuyen-de/${route.system ? 'he-thong/' : ''}${route.id === 'new' ? 'moi' : route.id}`;
    case 'users':
    case 'systemAudit':
    case 'systemSites':
      return withQuery(`${BASE}${SYSTEM_PATHS[route.name]}`, route.query);
    default: {
      const path = route.name === 'dashboard' ? `${BASE}${enc(route.site)}/` : `${BASE}${enc(route.site)}/${SCREEN_PATHS[route.name]}`;
      return withQuery(path, route.query);
    }
  }
}

function withQuery(path: string, query: URLSearchParams | Record<string, string> | undefined): string {
  const q = query instanceof URLSearchParams ? query.toString() : new URLSearchParams(query ?? {}).toString();
  return q === '' ? path : `${path}?${q}`;
}

const listeners = new Set<() => void>();

/** Goes to an admin address without reloading; `replace` keeps the history entry. */
export function navigate(url: string, options: { replace?: boolean } = {}): void {
  if (options.replace === true) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  for (const listener of listeners) listener();
}

function current(): Route {
  return parseRoute(location.pathname, location.search);
}

/** The current route, re-rendering on navigate() and on the browser's back/forward. */
export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(current);
  useEffect(() => {
    const update = () => setRoute(current());
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return route;
}
