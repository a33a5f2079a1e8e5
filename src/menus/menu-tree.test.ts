import { describe, expect, it } from 'vitest';
import type { MenuItemRow } from '../db/schema.js';
import { derivedMenu, menuTree, resolveMenu } from './menu-tree.js';

const row = (over: Partial<MenuItemRow> & Pick<MenuItemRow, 'id' | 'position' | 'label'>): MenuItemRow => ({
  site_id: 1, parent_id: null, target_kind: 'link', page_id: null, category_id: null, url: '/x', ...over,
});

describe('menu tree', () => {
  it('builds the tree from rows in any order, each level by position', () => {
    const rows = [
      row({ id: 3, position: 1, label: 'Con 2', parent_id: 1 }),
      row({ id: 2, position: 1, label: 'B' }),
      row({ id: 4, position: 0, label: 'Con 1', parent_id: 1 }),
      row({ id: 1, position: 0, label: 'A', target_kind: 'page', page_id: 7, url: null }),
    ];
    expect(menuTree(rows).map((i) => [i.label, i.target, i.children.map((c) => c.label)])).toEqual([
      ['A', { kind: 'page', pageId: 7 }, ['Con 1', 'Con 2']],
      ['B', { kind: 'link', url: '/x' }, []],
    ]);
  });

  it('derives the introduction and the top-level menu categories when nothing is stored', () => {
    const categories = [
      { id: 1, name: 'Tin tức', parent_id: null, in_menu: 1 },
      { id: 2, name: 'Tin con', parent_id: 1, in_menu: 1 },
      { id: 3, name: 'Ẩn', parent_id: null, in_menu: 0 },
    ];
    expect(derivedMenu(categories, { id: 9 }).map((i) => [i.label, i.target])).toEqual([
      ['Giới thiệu', { kind: 'page', pageId: 9 }],
      ['Tin tức', { kind: 'category', categoryId: 1 }],
    ]);
    expect(derivedMenu(categories, undefined)).toHaveLength(1);
  });

  it('resolves to current slugs and hides items whose target is gone or not public, with their sub-items', () => {
    const targets = { pages: new Map([[7, 'gioi-thieu-moi']]), categories: new Map([[1, 'tin-tuc']]) };
    const links = resolveMenu(
      [
        { label: 'Trang', target: { kind: 'page', pageId: 7 }, children: [{ label: 'Nháp', target: { kind: 'page', pageId: 8 }, children: [] }] },
        { label: 'Đã xóa', target: { kind: 'category', categoryId: null }, children: [{ label: 'Mồ côi', target: { kind: 'link', url: '/a' }, children: [] }] },
        { label: 'Chuyên mục', target: { kind: 'category', categoryId: 1 }, children: [] },
        { label: 'Ngoài', target: { kind: 'link', url: 'https://chinhphu.vn' }, children: [] },
      ],
      targets,
    );
    expect(links).toEqual([
      { label: 'Trang', href: '/trang/gioi-thieu-moi', external: false, children: [] },
      { label: 'Chuyên mục', href: '/tin-tuc', external: false, children: [] },
      { label: 'Ngoài', href: 'https://chinhphu.vn', external: true, children: [] },
    ]);
  });
});
