export { listCategories, findCategoryBySlug, findCategoryById, insertCategory, insertMenuCategories } from './categories.repo.js';
export { buildCategoryTree, categoryTrail, type CategoryNode } from './category-tree.js';
export { changeCategorySlug, CategorySlugError } from './categories.service.js';
