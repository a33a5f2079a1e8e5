/** The pure rules of static pages: which workflow steps a page takes, its snapshot, and the standard pages of a new site. */
import { describe, expect, it } from 'vitest';
import { pageSlugSchema } from '../contract/pages.js';
import { WorkflowError, type Actor } from '../editorial/workflow.js';
import { changedPageFields, pageSnapshotOf } from './page-input.js';
import { allowedPageTransitions, applyPageTransition } from './page-workflow.js';
import { standardPages } from './templates.js';
import { reservedPathClash } from '../urls/reserved-paths.js';

const as = (role: Actor['role'], userId = 1): Actor => ({ userId, isSystemAdmin: false, role });

describe('page workflow', () => {
  it('offers the article workflow without schedule, unschedule or withdraw', () => {
    expect(allowedPageTransitions(as('approver'), { status: 'approved', createdBy: 2 })).toEqual(['return', 'publish']);
    expect(allowedPageTransitions(as('approver'), { status: 'published', createdBy: 2 })).toEqual(['unpublish']);
    expect(allowedPageTransitions(as('contributor'), { status: 'draft', createdBy: 1 })).toEqual(['submit']);
    expect(allowedPageTransitions(as('contributor'), { status: 'draft', createdBy: 2 })).toEqual([]);
  });

  it('refuses in a page’s words: wrong state (409), no right (403), a return without a note (400)', () => {
    const refusal = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error instanceof WorkflowError ? [error.code, error.message] : ['?', String(error)];
      }
      return ['none', ''];
    };
    expect(refusal(() => applyPageTransition(as('approver'), { status: 'draft', createdBy: 1 }, 'publish', undefined))).toEqual([
      'invalid_transition', 'Không thể "Đăng" trang đang ở trạng thái "Bản nháp".',
    ]);
    expect(refusal(() => applyPageTransition(as('contributor'), { status: 'approved', createdBy: 1 }, 'publish', undefined))).toEqual([
      'forbidden', 'Bạn không có quyền "Đăng" trang này.',
    ]);
    expect(refusal(() => applyPageTransition(as('editor'), { status: 'submitted', createdBy: 2 }, 'return', '  '))[0]).toBe('note_required');
    expect(applyPageTransition(as('editor'), { status: 'submitted', createdBy: 2 }, 'return', 'Thiếu số điện thoại.')).toBe('returned');
  });
});

describe('page input', () => {
  it('keeps the description to one line and names the fields that changed', () => {
    const s = pageSnapshotOf({ title: 'Liên hệ', description: '  Địa chỉ,\n điện thoại  ', bodyHtml: '<p>x</p>' });
    expect(s.description).toBe('Địa chỉ, điện thoại');
    expect(changedPageFields(s, { ...s, bodyHtml: '<p>y</p>' })).toEqual(['bodyHtml']);
  });

  it('refuses reserved and malformed slugs in Vietnamese', () => {
    expect(pageSlugSchema.safeParse('gioi-thieu').success).toBe(true);
    for (const bad of ['trang', 'tag', 'admin', 'Giới-thiệu', 'a b', '']) {
      const parsed = pageSlugSchema.safeParse(bad);
      expect(parsed.success, bad).toBe(false);
      // A reserved slug is told the service it clashes with; a malformed one the shape of an address.
      expect(parsed.error?.issues[0]?.message, bad).toMatch(reservedPathClash(bad) ?? /^Địa chỉ/);
    }
    expect(pageSlugSchema.safeParse('van-ban').error?.issues[0]?.message).toBe('Đường dẫn "van-ban" trùng với đường dẫn dịch vụ của cổng (Văn bản); hãy chọn đường dẫn khác.');
  });
});

describe('standard pages', () => {
  const site = { name: 'Cổng thông tin điện tử xã Mới', contact: { email: 'xamoi@quangtri.gov.vn', phone: '', address: '<Thôn 1>' } };

  it('are the five pages every site has, the contact page built from the details present only (escaped)', () => {
    const pages = standardPages(site);
    expect(pages.map((p) => p.slug)).toEqual(['gioi-thieu', 'chuc-nang-nhiem-vu', 'co-cau-to-chuc', 'lanh-dao', 'lien-he']);
    expect(pages.map((p) => p.title)).toEqual(['Giới thiệu', 'Chức năng, nhiệm vụ', 'Cơ cấu tổ chức', 'Lãnh đạo', 'Liên hệ']);
    const contact = pages[4]?.bodyHtml ?? '';
    expect(contact).toContain('&lt;Thôn 1&gt;');
    expect(contact).toContain('mailto:xamoi@quangtri.gov.vn');
    expect(contact).not.toContain('Điện thoại');
    for (const p of pages) expect(p.description.length).toBeGreaterThan(0);
  });
});
