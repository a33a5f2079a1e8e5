/**
 * A feed file read as a stream: htmlparser2 in XML mode, fed chunk by chunk, hands each
 * finished element at a chosen depth (an `<item>` under `<rss><channel>`) to a callback
 * as a small tree, then forgets it, so memory follows one item, not the file. CDATA is
 * text (WordPress writes `]]>` inside a title as `]]]]><![CDATA[>`, which joins back).
 * htmlparser2 forgives broken XML; this does not: a tag closed out of order, a file cut
 * short, text outside the root, or an element far too large is refused with its line.
 * Entities are the five of XML and numeric ones; a DOCTYPE is never expanded. Pure.
 */
import { Parser } from 'htmlparser2';

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  /** The text directly inside (CDATA included), joined. */
  text: string;
  children: XmlNode[];
  /** 1-based line of its start tag. */
  line: number;
}

export class XmlFileError extends Error {
  constructor(
    readonly line: number,
    detail: string,
  ) {
    super(`Dòng ${line}: ${detail}`);
    this.name = 'XmlFileError';
  }
}

/** Far above any real article (the contract allows 60,000 characters of body); a bound on one element's text. */
export const MAX_ELEMENT_TEXT = 2_000_000;

export interface XmlStream {
  write(chunk: string): void;
  /** Checks that the document is complete; throws XmlFileError when it is not. */
  end(): void;
}

/**
 * Calls `onNode` with every element whose depth is `emitDepth` (the root is 1), with
 * its subtree; the text of the elements above that depth is not kept.
 */
export function xmlStream(opts: { rootName: string; emitDepth: number; onNode: (node: XmlNode) => void }): XmlStream {
  const newlines: number[] = [];
  let consumed = 0;
  let rootSeen = false;
  let rootClosed = false;
  /** Open elements, outermost first. */
  const stack: XmlNode[] = [];
  /** Where each open element's start tag begins: a self-closing tag is "closed" at its own start. */
  const starts: number[] = [];
  let failure: XmlFileError | undefined;
  let consumedAll = false;

  const lineAt = (index: number): number => {
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newlines[mid]! < index) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
  const fail = (index: number, detail: string) => {
    failure ??= new XmlFileError(lineAt(index), detail);
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (failure !== undefined) return;
        const node: XmlNode = { name, attrs, text: '', children: [], line: lineAt(parser.startIndex) };
        if (stack.length === 0) {
          if (rootSeen || rootClosed) return fail(parser.startIndex, `thẻ <${name}> nằm ngoài thẻ gốc <${opts.rootName}>.`);
          if (name !== opts.rootName) return fail(parser.startIndex, `tệp không phải ${opts.rootName.toUpperCase()}: thẻ gốc là <${name}>, cần <${opts.rootName}>.`);
          rootSeen = true;
        }
        const parent = stack[stack.length - 1];
        // Below the emitted depth the tree is kept for the callback; above it only the path is.
        if (parent !== undefined && stack.length >= opts.emitDepth) parent.children.push(node);
        stack.push(node);
        starts.push(parser.startIndex);
      },
      ontext(text) {
        if (failure !== undefined) return;
        const node = stack[stack.length - 1];
        if (node === undefined) {
          if (text.trim() !== '') fail(parser.startIndex, rootClosed ? `có nội dung sau thẻ đóng </${opts.rootName}>.` : `có nội dung trước thẻ gốc <${opts.rootName}>.`);
          return;
        }
        if (stack.length < opts.emitDepth) return;
        if (node.text.length + text.length > MAX_ELEMENT_TEXT) return fail(parser.startIndex, `thẻ <${node.name}> quá dài (hơn ${MAX_ELEMENT_TEXT.toLocaleString('vi-VN')} ký tự).`);
        node.text += text;
      },
      onclosetag(name, isImplied) {
        if (failure !== undefined) return;
        const selfClosing = starts[starts.length - 1] === parser.startIndex;
        if (isImplied && !selfClosing) {
          return fail(parser.startIndex, consumedAll ? `tệp bị cắt cụt: thẻ <${name}> chưa được đóng.` : `thẻ <${name}> chưa được đóng trước thẻ đóng ở dòng này.`);
        }
        const depth = stack.length;
        const node = stack.pop();
        starts.pop();
        if (node === undefined) return;
        if (depth === opts.emitDepth) opts.onNode(node);
        if (depth === 1) rootClosed = true;
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeCDATA: true },
  );

  /** A function, so that the compiler reads `failure` as the callbacks may have left it. */
  const throwIfFailed = (): void => {
    if (failure !== undefined) throw failure;
  };

  return {
    write(chunk) {
      throwIfFailed();
      for (let i = chunk.indexOf('\n'); i !== -1; i = chunk.indexOf('\n', i + 1)) newlines.push(consumed + i);
      consumed += chunk.length;
      parser.write(chunk);
      throwIfFailed();
    },
    end() {
      throwIfFailed();
      consumedAll = true;
      parser.end();
      throwIfFailed();
      if (!rootSeen) throw new XmlFileError(lineAt(consumed), `tệp không có thẻ gốc <${opts.rootName}>.`);
      if (!rootClosed) throw new XmlFileError(lineAt(consumed), `tệp bị cắt cụt: thiếu thẻ đóng </${opts.rootName}>.`);
    },
  };
}

/** The first child named `name` (a namespaced name as written, "wp:post_id"). */
export function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}

/** The text of the first child named `name`, trimmed; '' when absent. */
export function childText(node: XmlNode, name: string): string {
  return child(node, name)?.text.trim() ?? '';
}

export function childrenNamed(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((c) => c.name === name);
}
