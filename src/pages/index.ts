export { findPublishedPage, listPublishedPages, insertPage } from './pages.repo.js';
