/**
 * `AdminAlbum`: an album's editable fields and items, its workflow state with what this
 * actor may do next (album-workflow.ts, labelled for the interface), and its public URL
 * while the read gate shows it.
 */
import { albumFacts } from '../../../albums/album-editing.js';
import { presentAlbumItem } from '../../../albums/album-items.js';
import { allowedAlbumTransitions } from '../../../albums/album-workflow.js';
import type { AlbumItemWithMedia, AlbumListing } from '../../../albums/albums.repo.js';
import type { AdminAlbum, AlbumSummary } from '../../../contract/albums.js';
import type { AlbumRow } from '../../../db/schema.js';
import { can, STATUS_LABELS, TRANSITION_LABELS, TRANSITIONS, type Actor } from '../../../editorial/workflow.js';
import { isPublic } from '../../../publishing/read-gate.js';
import type { Site } from '../../../sites/index.js';
import { albumPath } from '../../../urls/paths.js';
import { siteOrigin } from '../../site-origin.js';

export interface AlbumPresentContext {
  site: Site;
  actor: Actor;
  host: string | undefined;
  scheme: 'http' | 'https';
}

export function presentAlbum(p: AlbumPresentContext, row: AlbumRow, items: AlbumItemWithMedia[]): AdminAlbum {
  const facts = albumFacts(row);
  return {
    id: row.id,
    siteId: row.site_id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    coverMediaId: row.cover_media_id,
    items: items.map(presentAlbumItem),
    status: row.status,
    statusLabel: STATUS_LABELS[row.status],
    revision: row.revision,
    returnNote: row.return_note,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
    path: albumPath(row.slug),
    publicUrl: isPublic(row) ? `${siteOrigin(p.site, p.host, p.scheme)}${albumPath(row.slug)}` : null,
    allowedTransitions: allowedAlbumTransitions(p.actor, facts).map((t) => ({ transition: t, label: TRANSITION_LABELS[t], needsNote: TRANSITIONS[t].needsNote === true, needsTime: false })),
    canEdit: can(p.actor, 'edit', facts),
    canDelete: can(p.actor, 'delete', facts),
    canChangeSlug: can(p.actor, 'change_slug', facts),
  };
}

export function presentAlbumSummary({ album, itemCount }: AlbumListing): AlbumSummary {
  return {
    id: album.id,
    title: album.title,
    slug: album.slug,
    path: albumPath(album.slug),
    status: album.status,
    statusLabel: STATUS_LABELS[album.status],
    revision: album.revision,
    itemCount,
    updatedAt: album.updated_at,
    publishedAt: album.published_at,
  };
}
