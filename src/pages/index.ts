export { findPublishedPage, listPublishedPages, insertPage, findPageById } from './pages.repo.js';
