/**
 * A site's settings (action manage_settings):
 *   GET /api/v1/admin/sites/{site}/settings → SiteSettings
 *   PUT /api/v1/admin/sites/{site}/settings   SiteSettings → SiteSettings
 * The home page's category blocks (homeBlocks) name categories of this site only; any
 * other id is a 400 and nothing is saved.
 * Saving writes the sites row, raises the site-state version and audits settings_changed
 * with the changed fields, in one transaction (no change without its entry); then this
 * process reloads its registry at once and the others within a second (sites/site-state.ts).
 */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { recordAudit } from '../../../audit/audit.js';
import { listCategories } from '../../../categories/index.js';
import { siteSettingsAnswerSchema } from '../../../contract/sites.js';
import type { Database } from '../../../db/schema.js';
import { inTransaction } from '../../../db/transaction.js';
import { findMediaById, mediaUrl } from '../../../media/media.repo.js';
import type { Site, SiteRegistry, SiteState } from '../../../sites/index.js';
import { homeBlocksOf, liveHomeBlocks } from '../../../sites/home-blocks.js';
import { changedFields, saveSiteSettings, settingsOf, siteSettingsSchema, type SiteSettings } from '../../../sites/site-settings.js';
import { authorize } from '../auth-context.js';
import { editorialRoute, ON_SITE } from '../operation.js';
import { parseBody, ValidationError } from '../validation.js';
import { noStore, siteParams } from './http.js';

export interface SettingsRouteOptions {
  db: Kysely<Database>;
  registry: SiteRegistry;
  siteState: Pick<SiteState, 'changed'>;
}

export function settingsRoutes(app: FastifyInstance, opts: SettingsRouteOptions): void {
  const { db, registry, siteState } = opts;

  /** The library picture the logo path points at, if it is one of this site's. */
  async function logoMediaIdOf(site: Site): Promise<number | null> {
    const prefix = '/media/';
    if (site.logoPath === null || !site.logoPath.startsWith(prefix)) return null;
    const row = await db
      .selectFrom('media')
      .select('id')
      .where('site_id', '=', site.id)
      .where('storage_key', '=', site.logoPath.slice(prefix.length))
      .executeTakeFirst();
    return row?.id ?? null;
  }

  /** The chosen home blocks that still name a category of the site. */
  async function homeBlocksNow(site: Site): Promise<number[] | null> {
    const [categories, chosen] = await Promise.all([listCategories(db, site.id), homeBlocksOf(db, site.id)]);
    return liveHomeBlocks(categories, chosen);
  }

  /** The blocks sent, if every one is a category of this site; a 400 naming the field otherwise. */
  async function checkedHomeBlocks(site: Site, sent: number[] | null): Promise<number[] | null> {
    if (sent === null) return null;
    const ids = new Set((await listCategories(db, site.id)).map((c) => c.id));
    if (sent.some((id) => !ids.has(id))) {
      throw new ValidationError([{ field: 'homeBlocks', message: 'Có chuyên mục không tồn tại trên cổng này; hãy tải lại trang và chọn lại các khối chuyên mục.' }]);
    }
    return sent;
  }

  const settings = { name: 'SiteSettings', schema: siteSettingsAnswerSchema };

  app.get(
    '/api/v1/admin/sites/:site/settings',
    editorialRoute({
      operationId: 'getSiteSettings', tag: 'accounts', session: 'required',
      summary: 'Cấu hình cổng: tên, liên hệ, cơ quan chịu trách nhiệm, màu chủ đạo, biểu trưng',
      params: [siteParams],
      success: { status: 200, description: 'SiteSettings', body: settings },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const { site: slug } = parseBody(siteParams, request.params);
      const { site } = authorize(request, registry, slug, 'manage_settings');
      const [logoMediaId, homeBlocks] = await Promise.all([logoMediaIdOf(site), homeBlocksNow(site)]);
      return noStore(reply).send(settingsOf(site, logoMediaId, homeBlocks));
    },
  );

  app.put(
    '/api/v1/admin/sites/:site/settings',
    editorialRoute({
      operationId: 'saveSiteSettings', tag: 'accounts', session: 'required',
      summary: 'Lưu cấu hình cổng (trang công khai đổi ngay từ yêu cầu sau)',
      params: [siteParams], body: siteSettingsSchema,
      success: { status: 200, description: 'SiteSettings đã lưu', body: settings },
      errors: ON_SITE,
    }),
    async (request, reply) => {
      const { site: slug } = parseBody(siteParams, request.params);
      const { site, auth } = authorize(request, registry, slug, 'manage_settings');
      const input = parseBody(siteSettingsSchema, request.body);

      const currentLogoId = await logoMediaIdOf(site);
      let logoPath: string | null | undefined;
      let logoMediaId = currentLogoId;
      if (input.logoMediaId === null) {
        logoPath = null;
        logoMediaId = null;
      } else if (input.logoMediaId !== undefined && input.logoMediaId !== currentLogoId) {
        const media = await findMediaById(db, input.logoMediaId);
        if (media === undefined || media.site_id !== site.id || media.kind !== 'image') {
          throw new ValidationError([{ field: 'logoMediaId', message: 'Biểu trưng phải là một ảnh trong thư viện của cổng này.' }]);
        }
        logoPath = mediaUrl(media);
        logoMediaId = media.id;
      }

      const currentHomeBlocks = await homeBlocksNow(site);
      const homeBlocks = input.homeBlocks === undefined ? currentHomeBlocks : await checkedHomeBlocks(site, input.homeBlocks);

      const before = settingsOf(site, currentLogoId, currentHomeBlocks);
      const after: SiteSettings = { ...input, logoMediaId, homeBlocks };
      const fields = changedFields(before, after);
      // A logo from outside the library (set by other means) removed with logoMediaId: null.
      if (logoPath !== undefined && logoPath !== site.logoPath && !fields.includes('logoMediaId')) fields.push('logoMediaId');
      if (fields.length > 0) {
        await inTransaction(db, async (trx) => {
          await saveSiteSettings(trx, site.id, after, logoPath);
          await recordAudit(trx, {
            action: 'settings_changed',
            actorId: auth.user.id,
            actorName: auth.user.username,
            siteId: site.id,
            objectType: 'site',
            objectId: site.id,
            ip: request.ip,
            details: { fields },
          });
        });
        await siteState.changed();
      }
      const saved = registry.bySlugOrUndefined(site.slug) ?? site;
      return noStore(reply).send(settingsOf(saved, logoMediaId, homeBlocks));
    },
  );
}
