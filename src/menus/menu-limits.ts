/** How large a site's menu may be: what a header can show and a reader can scan. */
export const MENU_LIMITS = {
  /** Items at the top level of the menu. */
  topLevel: 12,
  /** Sub-items under one top-level item. */
  children: 15,
  /** Characters of a label, after trimming and NFC. */
  labelMax: 80,
  /** Characters of a link's address. */
  urlMax: 2000,
} as const;
