/** Synthetic provincial data at any size: `govportal generate` and the benchmark use this. */
export { defaultLanes, generate, MAX_LANES, shareOut, DOCUMENT_SHARE, GENERATE_SQLITE_CACHE_MB, QUESTION_SHARE, type GenerateOptions, type GenerateResult } from './generate.service.js';
export { synthesizeArticles, YEARS_OF_ARCHIVE, type SynthArticle } from './articles.js';
export { synthesizeDocuments } from './documents.js';
export { synthesizeQuestions } from './questions.js';
export { planSites, type PlannedSite } from './site-plan.js';
export { progressLine, formatDuration } from './progress.js';
