/**
 * For the syndication tests only: the editorial fixture (its people hold their roles on
 * Cam Lộ, the district) plus one account per role on the province (Cam Lộ's parent),
 * signed in, and calls as either.
 */
import type { LightMyRequestResponse } from 'fastify';
import type { Dialect } from '../../../db/database.js';
import type { SiteRole } from '../../../editorial/roles.js';
import type { Site } from '../../../sites/index.js';
import { createTestUser, signIn, type Signed } from '../../../test-support/auth.js';
import { editorialFixture, type EditorialFixture, type Person } from '../articles/test-fixture.js';

export interface SyndicationFixture extends EditorialFixture {
  province: Site;
  /** Accounts holding one role each on the province. */
  provinceSessions: Record<SiteRole, Signed>;
  provinceIds: Record<SiteRole, number>;
  /** An HTTP call as a province account. */
  callProvince(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, who: SiteRole, body?: unknown): Promise<LightMyRequestResponse>;
  /** A fixture whose people are the province's accounts (sysadmin, norole and anonymous as in `f`), for the permission matrix. */
  asProvinceStaff(): EditorialFixture;
}

const ROLES: readonly SiteRole[] = ['contributor', 'editor', 'approver', 'site_admin'];

export async function syndicationFixture(dialect: Dialect): Promise<SyndicationFixture> {
  const f = await editorialFixture(dialect);
  const provinceId = f.siteA.parentId;
  const province = provinceId === null ? undefined : f.t.services.registry.byIdOrUndefined(provinceId);
  if (province === undefined) throw new Error('Cam Lộ has no parent site in the demo');
  const provinceIds = {} as Record<SiteRole, number>;
  const provinceSessions = {} as Record<SiteRole, Signed>;
  for (const role of ROLES) {
    const username = `tinh-${role}-${dialect}`;
    provinceIds[role] = await createTestUser(f.db, username, [{ siteId: province.id, role }]);
    provinceSessions[role] = await signIn(f.app, username);
  }
  const callProvince: SyndicationFixture['callProvince'] = (method, url, who, body) =>
    f.app.inject({ method, url, headers: { ...provinceSessions[who].headers }, ...(body === undefined ? {} : { payload: body as object }) });
  return {
    ...f,
    province,
    provinceIds,
    provinceSessions,
    callProvince,
    asProvinceStaff(): EditorialFixture {
      return {
        ...f,
        call(method, url, who: Person | undefined, body) {
          if (who !== undefined && (ROLES as readonly string[]).includes(who)) return callProvince(method, url, who as SiteRole, body);
          return f.call(method, url, who, body);
        },
      };
    },
  };
}
