/**
 * An image with its caption, as the public article shows it:
 * <figure><img src alt><figcaption>…</figcaption></figure>. One block the editor
 * moves or deletes whole; alt text and caption are set in the insert dialog.
 */
import { Node } from '@tiptap/core';

export interface FigureAttrs {
  src: string;
  alt: string;
  caption: string;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      insertFigure: (attrs: FigureAttrs) => ReturnType;
    };
  }
}

export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return {
      src: { default: '', rendered: false },
      alt: { default: '', rendered: false },
      caption: { default: '', rendered: false },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'figure',
        priority: 60,
        getAttrs: (element) => {
          const img = element.querySelector('img');
          if (img === null) return false;
          return {
            src: img.getAttribute('src') ?? '',
            alt: img.getAttribute('alt') ?? '',
            caption: element.querySelector('figcaption')?.textContent?.trim() ?? '',
          };
        },
      },
    ];
  },

  renderHTML({ node }) {
    const attrs = node.attrs as FigureAttrs;
    const img = ['img', { src: attrs.src, alt: attrs.alt }] as const;
    return attrs.caption ? ['figure', {}, img, ['figcaption', {}, attrs.caption]] : ['figure', {}, img];
  },

  addCommands() {
    return {
      insertFigure:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs }),
    };
  },
});
