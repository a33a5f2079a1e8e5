import { describe, expect, it } from 'vitest';
import { checkMenu, menuLabels, menuSize, menuUrl, normalizeLabel, type MenuItemDraft } from './menu-rules.js';

const page = (pageId: number, label = `Trang ${pageId}`, children?: MenuItemDraft[]): MenuItemDraft => ({ label, target: { kind: 'page', pageId }, children });
const link = (url: string, label = 'Liên kết'): MenuItemDraft => ({ label, target: { kind: 'link', url } });

function errorsOf(items: MenuItemDraft[]) {
  const result = checkMenu(items);
  if (result.ok) throw new Error('expected the menu to be refused');
  return result.errors;
}

describe('menu rules', () => {
  it('accepts a menu of pages, categories and links with one level of sub-items, normalising labels and addresses', () => {
    const decomposed = 'Gio\u031B\u0301i thie\u0323\u0302u'; // "Giới thiệu" typed with combining marks
    const result = checkMenu([
      { label: `  ${decomposed}\n `, target: { kind: 'page', pageId: 1 } },
      { label: 'Tin tức', target: { kind: 'category', categoryId: 2 }, children: [link(' https://dichvucong.gov.vn/p/home ', 'Dịch vụ công'), link('/van-ban?loai=1', 'Văn bản')] },
    ]);
    expect(result).toEqual({
      ok: true,
      menu: [
        { label: 'Giới thiệu', target: { kind: 'page', pageId: 1 }, children: [] },
        {
          label: 'Tin tức',
          target: { kind: 'category', categoryId: 2 },
          children: [
            { label: 'Dịch vụ công', target: { kind: 'link', url: 'https://dichvucong.gov.vn/p/home' }, children: [] },
            { label: 'Văn bản', target: { kind: 'link', url: '/van-ban?loai=1' }, children: [] },
          ],
        },
      ],
    });
    expect(normalizeLabel(decomposed)).toBe('Giới thiệu'.normalize('NFC'));
  });

  it('accepts exactly 12 top-level items and 15 sub-items, and refuses one more of each', () => {
    const fifteen = Array.from({ length: 15 }, (_, i) => page(100 + i));
    const twelve = Array.from({ length: 12 }, (_, i) => page(i + 1, `Mục ${i + 1}`, i === 0 ? fifteen : undefined));
    expect(checkMenu(twelve).ok).toBe(true);

    expect(errorsOf([...twelve, page(13)])).toEqual([{ field: 'items', message: 'Menu có tối đa 12 mục cấp trên cùng (đang có 13).' }]);
    expect(errorsOf([page(1, 'Mục 1', [...fifteen, page(200)])])).toEqual([{ field: 'items.0.children', message: 'Mục «Mục 1» có tối đa 15 mục con (đang có 16).' }]);
  });

  it('refuses a third level', () => {
    expect(errorsOf([page(1, 'Cha', [page(2, 'Con', [page(3, 'Cháu')])])])).toEqual([
      { field: 'items.0.children.0.children', message: 'Menu chỉ có một cấp mục con: mục con không có mục con của nó.' },
    ]);
  });

  it('wants a label of 1 to 80 characters after trimming, counted as a reader counts them', () => {
    expect(errorsOf([page(1, '   \t ')])).toEqual([{ field: 'items.0.label', message: 'Hãy nhập tên mục.' }]);
    expect(checkMenu([page(1, 'ệ'.repeat(80))]).ok).toBe(true);
    expect(checkMenu([page(1, '😀'.repeat(80))]).ok).toBe(true);
    expect(errorsOf([page(1, 'a'.repeat(81))])).toEqual([{ field: 'items.0.label', message: 'Tên mục dài tối đa 80 ký tự (đang có 81).' }]);
  });

  it('links only to http(s) addresses and paths of the site', () => {
    for (const good of ['https://chinhphu.vn', 'http://quangtri.gov.vn/a?b=c#d', 'HTTPS://CHINHPHU.VN/', '/', '/so-do-trang', '/trang/gioi-thieu#lich-su']) {
      expect(menuUrl(good), good).toBe(good);
    }
    for (const bad of [
      'javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'mailto:a@b.vn',
      '//evil.example', '/\\evil.example', 'https:evil.example', 'https://', 'http://user:pass@evil.example', 'http://gov.vn@evil.example',
      'ftp://files.gov.vn', 'tin-tuc', './tin-tuc', 'https://a b.vn', '/a\nb', '/a\u0000b', `/${'a'.repeat(2000)}`,
    ]) {
      expect(menuUrl(bad), bad).toBeUndefined();
    }
    expect(errorsOf([link('javascript:alert(1)')])).toEqual([
      { field: 'items.0.target.url', message: 'Liên kết phải là địa chỉ đầy đủ bắt đầu bằng http:// hoặc https://, hoặc đường dẫn trong cổng bắt đầu bằng một dấu “/”.' },
    ]);
    expect(errorsOf([link('  ')])).toEqual([{ field: 'items.0.target.url', message: 'Hãy nhập địa chỉ liên kết.' }]);
  });

  it('refuses two items at one level with the same target, but allows it at different levels', () => {
    expect(errorsOf([page(1, 'Giới thiệu'), { label: 'Tin', target: { kind: 'category', categoryId: 1 } }, page(1, 'Về chúng tôi')])).toEqual([
      { field: 'items.2.target', message: 'Mục «Về chúng tôi» trỏ tới cùng nơi với mục «Giới thiệu» ở cùng cấp.' },
    ]);
    expect(errorsOf([page(1, 'A', [link('/x', 'X'), link(' /x ', 'Y')])])).toEqual([{ field: 'items.0.children.1.target', message: 'Mục «Y» trỏ tới cùng nơi với mục «X» ở cùng cấp.' }]);
    expect(checkMenu([page(1, 'A', [page(1, 'A (trang)')]), page(2, 'B', [page(1, 'A lần nữa')])]).ok).toBe(true);
  });

  it('reports every fault at once, each with its field', () => {
    const fields = errorsOf([page(1, ''), link('javascript:void(0)', 'x'.repeat(90))]).map((e) => e.field);
    expect(fields).toEqual(['items.0.label', 'items.1.label', 'items.1.target.url']);
  });

  it('lists labels and counts items for the audit', () => {
    const result = checkMenu([page(1, 'A', [page(2, 'A1')]), page(3, 'B')]);
    if (!result.ok) throw new Error('refused');
    expect(menuLabels(result.menu)).toEqual(['A', 'A › A1', 'B']);
    expect(menuSize(result.menu)).toBe(3);
  });
});
