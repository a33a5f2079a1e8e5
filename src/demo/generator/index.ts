/** Deterministic Vietnamese demo content for the portals: articles, categories, pages. */
export { generateArticles, type GenerateArticlesOptions, type GeneratedArticle } from './articles.js';
export { DEMO_CATEGORIES, type DemoCategory } from './categories.js';
export { generatePages, type GeneratedPage, type PageSite } from './pages.js';
export { createRng, hashSeed, type Rng } from './random.js';
