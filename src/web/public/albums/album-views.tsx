/**
 * The public album pages: /thu-vien-anh (a grid of albums with cover, title, date and
 * item count, a page at a time) and /thu-vien-anh/{slug} (its photos as a responsive
 * grid with captions, uploaded videos in <video controls>, linked videos as links).
 * Server-rendered; no script needed.
 */
import type { VNode } from 'preact';
import { albumSummaryText } from '../../../albums/album-input.js';
import type { AlbumItemWithMedia, AlbumListing } from '../../../albums/albums.repo.js';
import { mediaUrl } from '../../../media/index.js';
import { ALBUMS_FEED_PATH, ALBUMS_PATH, albumPath } from '../../../urls/paths.js';
import { vi } from '../../messages.js';
import type { SiteChrome } from '../views/chrome.js';
import { Layout } from '../views/layout.js';
import { Breadcrumbs, Pagination, PublishedTime, SanitizedHtml } from '../views/parts.js';
import { ResponsivePicture } from '../views/responsive-image.js';

const t = vi.albums;

/** Grid cells are about a third of the column on wide screens, the full width on phones. */
const GRID_SIZES = '(min-width: 64em) 22rem, (min-width: 40em) 45vw, 100vw';

const feedLink = (chrome: SiteChrome) => <link rel="alternate" type="application/rss+xml" title={`${t.rss} - ${chrome.site.shortName}`} href={ALBUMS_FEED_PATH} />;

export interface AlbumListData {
  albums: AlbumListing[];
  page: number;
  pages: number;
}

export function AlbumListPage({ chrome, data }: { chrome: SiteChrome; data: AlbumListData }): VNode {
  const { page, pages } = data;
  const suffix = page > 1 ? ` - ${vi.pageOf(page, pages)}` : '';
  return (
    <Layout
      chrome={chrome}
      title={`${t.title}${suffix} - ${chrome.site.shortName}`}
      name={t.title}
      description={t.description(chrome.site.name)}
      path={page > 1 ? `${ALBUMS_PATH}?trang=${page}` : ALBUMS_PATH}
      head={feedLink(chrome)}
    >
      <Breadcrumbs items={[{ href: '/', label: vi.home }, { label: t.title }]} />
      <h1>{t.title}</h1>
      {data.albums.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul class="album-grid">
          {data.albums.map(({ album, itemCount, cover }) => (
            <li class="album-card">
              {cover !== undefined && cover.kind === 'image' ? <ResponsivePicture media={cover} alt="" sizes={GRID_SIZES} lazy /> : null}
              <h2 class="album-card__title">
                <a href={albumPath(album.slug)}>{album.title}</a>
              </h2>
              <p class="album-card__meta">
                {album.published_at === null ? null : <PublishedTime instant={album.published_at} />} · {t.itemCount(itemCount)}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination basePath={ALBUMS_PATH} page={page} pages={pages} />
      <p class="rss-link">
        <a href={ALBUMS_FEED_PATH}>
          {vi.rssFeed}: {t.rss}
        </a>
      </p>
    </Layout>
  );
}

function AlbumItemView({ item }: { item: AlbumItemWithMedia }): VNode | null {
  const credit = item.credit === '' ? null : <span class="album-item__credit">{item.kind === 'photo' ? t.credit(item.credit) : t.videoCredit(item.credit)}</span>;
  const caption =
    item.caption === '' && credit === null ? null : (
      <figcaption>
        {item.caption === '' ? null : <span>{item.caption}</span>} {credit}
      </figcaption>
    );
  const m = item.media;
  if (item.kind === 'photo' && m !== undefined) {
    return (
      <figure class="album-item">
        <ResponsivePicture media={m} alt={m.alt_text ?? item.caption} sizes={GRID_SIZES} lazy />
        {caption}
      </figure>
    );
  }
  if (item.kind === 'video_file' && m !== undefined) {
    return (
      <figure class="album-item album-item--video">
        <video controls preload="metadata" src={mediaUrl(m)}>
          {t.noVideoSupport} <a href={mediaUrl(m)}>{t.download}</a>
        </video>
        {caption}
      </figure>
    );
  }
  if (item.kind === 'video_link' && item.url !== null) {
    return (
      <figure class="album-item album-item--link">
        <p>
          <a href={item.url} rel="noopener noreferrer external">
            {item.caption === '' ? t.watchUntitled : t.watch(item.caption)}
          </a>
        </p>
        {credit === null ? null : <figcaption>{credit}</figcaption>}
      </figure>
    );
  }
  return null;
}

export function AlbumPage({ chrome, listing, items }: { chrome: SiteChrome; listing: AlbumListing; items: AlbumItemWithMedia[] }): VNode {
  const { album } = listing;
  return (
    <Layout
      chrome={chrome}
      title={`${album.title} - ${t.title} - ${chrome.site.shortName}`}
      name={album.title}
      description={albumSummaryText(album.description, album.title)}
      path={albumPath(album.slug)}
      modifiedAt={album.updated_at}
      head={feedLink(chrome)}
    >
      <Breadcrumbs items={[{ href: '/', label: vi.home }, { href: ALBUMS_PATH, label: t.title }, { label: album.title }]} />
      <h1>{album.title}</h1>
      <p class="album-card__meta">
        {album.published_at === null ? null : <PublishedTime instant={album.published_at} />} · {t.itemCount(items.length)}
      </p>
      {album.body_html === '' ? null : <SanitizedHtml html={album.body_html} class="album-description" />}
      <h2 class="visually-hidden">{t.photos}</h2>
      {items.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <ul class="album-items">
          {items.map((item) => (
            <li>
              <AlbumItemView item={item} />
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
