/**
 * Where the HTML parser ends an element on its own: a <p> start tag ends an open <p>,
 * an <li> an open <li>, a <td> an open <td>. The table is htmlparser2's (its Parser's
 * openImpliesClose), the parser that both the paste cleaning and the sanitiser read
 * HTML with. The cleaning drops spans, fonts and wrappers; what they held must not be
 * left directly inside an element that the parser ends before it, or the cleaned text
 * would read differently once parsed again, and cleaning twice would not give what
 * cleaning once did.
 */
import { isTag, type ChildNode } from 'domhandler';
import { isBlank } from './dom-edit.js';

const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];

/** For each start tag, the open elements it ends. */
const ENDED_BY: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    tr: ['tr', 'th', 'td'],
    th: ['th'],
    td: ['thead', 'th', 'td'],
    li: ['li'],
    ...Object.fromEntries(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((name) => [name, P])),
    ...Object.fromEntries(['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((name) => [name, FORM])),
    option: ['option'],
    optgroup: ['optgroup', 'option'],
    dd: ['dd', 'dt'],
    dt: ['dd', 'dt'],
    ...Object.fromEntries(
      ['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map((name) => [name, P]),
    ),
    rt: ['rt', 'rp'],
    rp: ['rt', 'rp'],
    tbody: ['thead', 'tbody'],
    tfoot: ['thead', 'tbody'],
  }).map(([name, ended]) => [name, new Set(ended)]),
);

/** True when `child`'s start tag, read inside an open `parent`, ends the parent first. */
export function endsParent(parent: string, child: ChildNode): boolean {
  return isTag(child) && ENDED_BY.get(child.name)?.has(parent) === true;
}

/**
 * The element `build` makes of `children`, split where a child would end it: that
 * child follows the part before it, and the content after it goes into a second
 * element that `build` makes, as the parser would read it. A part with nothing to see
 * is left out. <p>a<p>b</p>c</p> (once the span of <p>a<span><p>b… is gone) gives
 * <p>a</p><p>b</p><p>c</p>.
 */
export function splitAtImpliedEnds(name: string, children: ChildNode[], build: (children: ChildNode[]) => ChildNode[]): ChildNode[] {
  if (!children.some((child) => endsParent(name, child))) return build(children);
  const out: ChildNode[] = [];
  let part: ChildNode[] = [];
  const flush = () => {
    if (!isBlank(part)) for (const node of build(part)) out.push(node);
    part = [];
  };
  for (const child of children) {
    if (endsParent(name, child)) {
      flush();
      out.push(child);
    } else {
      part.push(child);
    }
  }
  flush();
  return out;
}
