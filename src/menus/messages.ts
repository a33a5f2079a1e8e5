/** What the menus tell people, in Vietnamese: the rules' refusals and the default items' names. */
import { MENU_LIMITS } from './menu-limits.js';

export const menuMessages = {
  tooManyTopLevel: (count: number) => `Menu có tối đa ${MENU_LIMITS.topLevel} mục cấp trên cùng (đang có ${count}).`,
  tooManyChildren: (label: string, count: number) => `Mục «${label}» có tối đa ${MENU_LIMITS.children} mục con (đang có ${count}).`,
  tooDeep: 'Menu chỉ có một cấp mục con: mục con không có mục con của nó.',
  labelMissing: 'Hãy nhập tên mục.',
  labelTooLong: (length: number) => `Tên mục dài tối đa ${MENU_LIMITS.labelMax} ký tự (đang có ${length}).`,
  urlMissing: 'Hãy nhập địa chỉ liên kết.',
  urlTooLong: `Địa chỉ liên kết dài tối đa ${MENU_LIMITS.urlMax} ký tự.`,
  urlInvalid: 'Liên kết phải là địa chỉ đầy đủ bắt đầu bằng http:// hoặc https://, hoặc đường dẫn trong cổng bắt đầu bằng một dấu “/”.',
  duplicate: (label: string, other: string) => `Mục «${label}» trỏ tới cùng nơi với mục «${other}» ở cùng cấp.`,
  pageNotOnSite: 'Trang này không có trên cổng thông tin này.',
  categoryNotOnSite: 'Chuyên mục này không có trên cổng thông tin này.',
  invalidTitle: 'Menu chưa hợp lệ',
  /** The introduction page's item in the menu derived from the site's content. */
  introduction: 'Giới thiệu',
} as const;
