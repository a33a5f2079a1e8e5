/**
 * The accounts side of the editorial API: two-factor sign-in, password and e-mail
 * change, user administration, the system's sites, site staff, site settings and the audit log. Also the rule that a
 * person signed in with a temporary password reaches nothing under /api/v1/admin
 * until they have chosen their own (POST /api/v1/auth/password).
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Kysely } from 'kysely';
import { SecretBox } from '../../../accounts/index.js';
import type { Config } from '../../../config.js';
import type { Database } from '../../../db/schema.js';
import type { SiteRegistry, SiteState } from '../../../sites/index.js';
import { HttpError } from '../../http-error.js';
import { sessionCookie, type SessionCookieConfig } from '../auth-cookie.js';
import { auditRoutes } from './audit-routes.js';
import { emailRoutes } from './email-routes.js';
import { passwordRoutes } from './password-routes.js';
import { settingsRoutes } from './settings-routes.js';
import { sitesRoutes } from './sites-routes.js';
import { staffRoutes } from './staff-routes.js';
import { totpRoutes } from './totp-routes.js';
import { usersRoutes } from './users-routes.js';
import type { SignInLimitOptions } from '../sign-in-limit.js';

export interface AccountRouteOptions {
  db: Kysely<Database>;
  registry: SiteRegistry;
  /** Told after a site or its settings changed: this process reloads, the others hear of it. */
  siteState: Pick<SiteState, 'changed'>;
  /** The TOTP secrets' key comes from SESSION_SECRET, else from a key file in DATA_DIR. */
  config: Pick<Config, 'sessionSecret' | 'dataDir'> & SessionCookieConfig;
  signInLimit: SignInLimitOptions;
}

export const accountRoutes = fp(async function accountRoutes(app: FastifyInstance, opts: AccountRouteOptions) {
  const { db, registry } = opts;
  const box = new SecretBox({ sessionSecret: opts.config.sessionSecret, dataDir: opts.config.dataDir });

  app.addHook('preHandler', (request, _reply, done) => {
    if (request.auth?.user.mustChangePassword === true && request.url.startsWith('/api/v1/admin')) {
      throw new HttpError(403, 'Cần đổi mật khẩu', 'Bạn đang dùng mật khẩu tạm thời. Hãy đổi mật khẩu trước khi tiếp tục.');
    }
    done();
  });

  await app.register(totpRoutes, { db, registry, box, cookie: sessionCookie(opts.config), signInLimit: opts.signInLimit });
  await app.register(passwordRoutes, { db });
  await app.register(emailRoutes, { db });
  await app.register(usersRoutes, { db, registry });
  await app.register(staffRoutes, { db, registry });
  await app.register(settingsRoutes, { db, registry, siteState: opts.siteState });
  await app.register(sitesRoutes, { db, registry, siteState: opts.siteState });
  await app.register(auditRoutes, { db, registry });
});

export default accountRoutes;
