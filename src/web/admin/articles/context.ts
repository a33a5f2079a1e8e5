/**
 * What every editorial route under /api/v1/admin/sites/{site} shares: its options,
 * resolving the site and the actor (401 → 404 unknown site → 403 no right), the
 * editing context for the services. Service refusals reach the one error mapping (error-info.ts) as they are.
 */
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { articleParams } from '../../../contract/articles.js';
import { siteParams } from '../../../contract/common.js';
import type { Config } from '../../../config.js';
import type { Database } from '../../../db/schema.js';
import type { EditContext } from '../../../editorial/editing.js';
import type { DomainEvents } from '../../../editorial/events.js';
import type { Action, Actor } from '../../../editorial/workflow.js';
import type { SearchService } from '../../../search/search.js';
import type { Site, SiteRegistry } from '../../../sites/index.js';
import { authorize, type AuthState } from '../auth-context.js';
import { validate } from './vi-validation.js';

export interface EditorialRouteOptions {
  db: Kysely<Database>;
  registry: SiteRegistry;
  config: Pick<Config, 'publicScheme'>;
  /** Full-text search (drafts included) when the app has it; a title LIKE otherwise. */
  search?: Pick<SearchService, 'rankedIds'> | undefined;
  /** Where every change of an article is announced after its commit (services.events). */
  events: DomainEvents;
}

/** What resolving a site needs: the registry, and the events the editing context carries. */
export type SiteScope = Pick<EditorialRouteOptions, 'registry' | 'events'>;

export interface SiteRequest {
  site: Site;
  actor: Actor;
  auth: AuthState;
  ctx: EditContext;
}

export { articleParams, siteParams };

/** The site of the path, if the signed-in user may do `action` there. */
export function onSite(request: FastifyRequest, scope: SiteScope, action: Action): SiteRequest {
  const { site: slug } = validate(siteParams, request.params);
  const { site, actor, auth } = authorize(request, scope.registry, slug, action);
  const ctx: EditContext = { actor, actorName: auth.user.displayName, siteId: site.id, ip: request.ip, events: scope.events };
  return { site, actor, auth, ctx };
}

/** Like onSite, plus the article id of the path (validated, not yet loaded). */
export function onArticle(request: FastifyRequest, scope: SiteScope, action: Action = 'view'): SiteRequest & { id: number } {
  const s = onSite(request, scope, action);
  const { id } = validate(articleParams.passthrough(), request.params);
  return { ...s, id };
}
