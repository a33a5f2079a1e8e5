export { listCategories, findCategoryBySlug, findCategoryById, insertCategory } from './categories.repo.js';
export { buildCategoryTree, categoryTrail, type CategoryNode } from './category-tree.js';
export { changeCategorySlug, CategorySlugError } from './categories.service.js';
