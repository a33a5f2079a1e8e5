/**
 * GET /sites/{site}/albums and /sites/{site}/albums/{slug}: a site's published albums
 * (newest first, a page at a time) and one album with its photos and videos. Reads only
 * through the albums repository's gated queries: drafts are unknown here.
 */
import { z } from 'zod';
import { albumSummaryText } from '../../../albums/album-input.js';
import { presentAlbumItem } from '../../../albums/album-items.js';
import { albumItems, countPublishedAlbums, findPublishedAlbum, publishedAlbums, type AlbumListing } from '../../../albums/albums.repo.js';
import { publicAlbumListSchema, publicAlbumSchema, type PublicAlbumSummary } from '../../../contract/albums.js';
import type { Site } from '../../../sites/index.js';
import { albumPath } from '../../../urls/paths.js';
import type { ApiDependencies } from '../dependencies.js';
import { apiVi } from '../messages.js';
import { integerParam, slugParam } from '../params.js';
import { linkerFor, type Linker } from '../presenters.js';
import { ApiProblem } from '../problem.js';
import { defineRoute, type ApiRoute } from '../route.js';

const PAGE_SIZE = 20;
const siteParam = slugParam('mã cổng: chữ thường không dấu, số và dấu gạch ngang, ví dụ "camlo".');

function summary(site: Site, link: Linker, { album, itemCount, cover }: AlbumListing): PublicAlbumSummary {
  return {
    slug: album.slug,
    title: album.title,
    description: albumSummaryText(album.description, album.title, 1000),
    url: link.url(site, albumPath(album.slug)),
    coverUrl: cover === undefined ? null : link.url(site, `/media/${cover.storage_key}`),
    itemCount,
    publishedAt: album.published_at ?? album.updated_at,
  };
}

export function albumApiRoutes(deps: ApiDependencies): ApiRoute[] {
  const siteOf = (slug: string): Site => {
    const site = deps.registry.bySlugOrUndefined(slug);
    if (site === undefined) throw ApiProblem.notFound(apiVi.problems.siteNotFound);
    return site;
  };
  return [
    defineRoute({
      path: '/sites/{site}/albums',
      operationId: 'listAlbums',
      tag: 'albums',
      summary: `Các album ảnh, video đã đăng của một cổng, mới nhất trước, ${PAGE_SIZE} album mỗi trang`,
      params: z.object({ site: siteParam }),
      query: z.object({ page: integerParam(1, 100_000, 'số trang, từ 1', 1) }),
      response: { name: 'PublicAlbumList', schema: publicAlbumListSchema },
      cache: 'list',
      async handler({ request, params, query }) {
        const site = siteOf(params.site);
        const link = linkerFor(request, deps.publicScheme);
        const total = await countPublishedAlbums(deps.db, site.id);
        const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
        const page = query.page;
        const rows = page > pages ? [] : await publishedAlbums(deps.db, site.id, PAGE_SIZE, (page - 1) * PAGE_SIZE);
        return { site: site.slug, items: rows.map((r) => summary(site, link, r)), page, pages, total };
      },
    }),
    defineRoute({
      path: '/sites/{site}/albums/{slug}',
      operationId: 'getAlbum',
      tag: 'albums',
      summary: 'Một album đã đăng với các ảnh, video theo thứ tự',
      params: z.object({ site: siteParam, slug: slugParam('địa chỉ album: chữ thường không dấu, số và dấu gạch ngang.') }),
      response: { name: 'PublicAlbum', schema: publicAlbumSchema },
      cache: 'detail',
      async handler({ request, params }) {
        const site = siteOf(params.site);
        const listing = await findPublishedAlbum(deps.db, site.id, params.slug);
        if (listing === undefined) throw ApiProblem.notFound(apiVi.problems.albumNotFound);
        const link = linkerFor(request, deps.publicScheme);
        const items = (await albumItems(deps.db, listing.album.id)).map(presentAlbumItem).map((i) => (i.mediaId === null ? i : { ...i, url: link.url(site, i.url) }));
        return { ...summary(site, link, listing), items };
      },
    }),
  ];
}
