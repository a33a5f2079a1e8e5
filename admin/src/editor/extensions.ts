/**
 * The editor's schema: what the server's sanitiser keeps (paragraphs, H2/H3, bold,
 * italic, lists, links, images with captions, tables) and nothing it would strip.
 */
import { mergeAttributes, type AnyExtension } from '@tiptap/core';
import Image from '@tiptap/extension-image';
import Link from '@tiptap/extension-link';
import { Table } from '@tiptap/extension-table';
import { TableCell } from '@tiptap/extension-table-cell';
import { TableHeader } from '@tiptap/extension-table-header';
import { TableRow } from '@tiptap/extension-table-row';
import StarterKit from '@tiptap/starter-kit';
import { Figure } from './figure.js';

/** Tables without the inline widths TipTap writes (the sanitiser drops them, and the CSP forbids style attributes). */
const PlainTable = Table.extend({
  renderHTML({ HTMLAttributes }) {
    return ['table', mergeAttributes(this.options.HTMLAttributes, HTMLAttributes), ['tbody', 0]];
  },
});

export const SAFE_LINK = /^(https?:\/\/|mailto:|tel:|\/(?!\/))/i;

export function editorExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3] },
      code: false,
      codeBlock: false,
      horizontalRule: false,
      underline: false,
      link: false,
      // A trailing paragraph would change the loaded text and mark it unsaved; the gap cursor covers typing after a table or image.
      trailingNode: false,
    }),
    Link.configure({
      openOnClick: false,
      autolink: true,
      defaultProtocol: 'https',
      HTMLAttributes: { target: null, rel: null, class: null },
      isAllowedUri: (url) => SAFE_LINK.test(url),
    }),
    Image.configure({ inline: false, allowBase64: false }),
    Figure,
    PlainTable.configure({ resizable: false }),
    TableRow,
    TableHeader,
    TableCell,
  ];
}
