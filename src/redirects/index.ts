export { findRedirect, saveRedirect, deleteRedirect, type RedirectTarget } from './redirects.repo.js';
