/** Moving in from old platforms: what the command line uses. */
export { ImportError } from './import-error.js';
export { describeFeedImport, importFeed, type FeedImportInput, type FeedImportSummary } from './import.service.js';
export { importRedirects, type RedirectImportSummary } from './redirect-import.service.js';
export { MAX_REDIRECT_KEY_LENGTH, redirectKey } from './url-normalise.js';
