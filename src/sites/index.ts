export type { Site, SiteContact } from './site.js';
export { siteContactSchema } from './site.js';
export { SiteRegistry, hostnameOf } from './site-registry.js';
export { startSiteState, type SiteState } from './site-state.js';
export { listSites, insertSite, countSites, findSiteBySlug } from './sites.repo.js';
export { bumpSiteState, readSiteStateVersion } from './site-state.repo.js';
export { SiteError, type SiteErrorCode } from './errors.js';
export { createSite, updateSite, presentSite, type SiteAdminActor, type CreatedSiteResult } from './site-admin.service.js';
