/**
 * Word does not paste lists as <ol>/<ul>: each item is a paragraph styled
 * `mso-list:l0 level1 lfo1` whose number or bullet is typed text inside a span styled
 * `mso-list:Ignore`. This turns runs of such paragraphs back into real, nested lists
 * (ordered when the marker is a number, letter or roman numeral) and drops the typed
 * markers, which the list now draws. The items' own words are kept as they are.
 */
import { isTag, isText, type ChildNode, type Element } from 'domhandler';
import { append, element, textOf, takeFirst } from './dom-edit.js';

const LIST_STYLE = /mso-list:\s*(l\d+)\s+level(\d+)/i;
const MARKER_STYLE = /mso-list:\s*ignore/i;
const ORDERED_MARKER = /^\(?(?:\d+|[a-z]|[ivxlcdm]+)[.)]$/i;

export function isWordListParagraph(node: ChildNode): node is Element {
  return isTag(node) && node.name === 'p' && LIST_STYLE.test(node.attribs['style'] ?? '');
}

interface OpenList {
  level: number;
  /** Word's list id (l0, l1, …): a new id at the same level starts a new list. */
  id: string;
  ordered: boolean;
  list: Element;
}

function buildLists(paragraphs: Element[]): Element[] {
  const roots: Element[] = [];
  const stack: OpenList[] = [];
  for (const p of paragraphs) {
    const [, id = '', levelText = '1'] = LIST_STYLE.exec(p.attribs['style'] ?? '') ?? [];
    const level = Number(levelText);
    const markerNode = takeFirst(p, (el) => MARKER_STYLE.test(el.attribs['style'] ?? ''));
    const marker = markerNode === undefined ? '' : textOf(markerNode).replace(/[\s\u00a0]/g, '');
    const ordered = ORDERED_MARKER.test(marker);
    while (stack.length > 0 && stack[stack.length - 1]!.level > level) stack.pop();
    let top = stack[stack.length - 1];
    if (top !== undefined && top.level === level && (top.id !== id || top.ordered !== ordered)) {
      stack.pop();
      top = stack[stack.length - 1];
    }
    if (top === undefined || top.level < level) {
      const first = ordered && /^\d+/.test(marker) ? Number.parseInt(marker, 10) : 1;
      const list = element(ordered ? 'ol' : 'ul', first > 1 ? { start: String(first) } : {}, []);
      const parentItem = top?.list.children[top.list.children.length - 1];
      if (parentItem !== undefined && isTag(parentItem)) append(parentItem, list);
      else roots.push(list);
      top = { level, id, ordered, list };
      stack.push(top);
    }
    append(top.list, element('li', {}, p.children));
  }
  return roots;
}

/** The same siblings with every run of Word list paragraphs replaced by lists. */
export function convertWordLists(nodes: readonly ChildNode[]): ChildNode[] {
  const out: ChildNode[] = [];
  let run: Element[] = [];
  const flush = () => {
    for (const list of buildLists(run)) out.push(list);
    run = [];
  };
  for (const node of nodes) {
    if (isWordListParagraph(node)) {
      run.push(node);
    } else if (run.length > 0 && isText(node) && node.data.trim() === '') {
      // white space between two items of the same list
    } else {
      flush();
      out.push(node);
    }
  }
  flush();
  return out;
}
