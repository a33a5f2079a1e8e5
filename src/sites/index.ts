export type { Site, SiteContact } from './site.js';
export { siteContactSchema } from './site.js';
export { SiteRegistry, hostnameOf } from './site-registry.js';
export { listSites, insertSite, countSites } from './sites.repo.js';
