/**
 * The XML writer behind RSS and the sitemaps: escaping by hand and never CDATA,
 * since a CDATA section ends at the first `]]>` of its text, which is how a title
 * could close it and add elements of its own.
 *
 * Text and attribute values are escaped character by character in one pass, linear
 * in the text. Characters XML 1.0 cannot carry at all (C0 controls but tab, line
 * feed and carriage return; U+FFFE and U+FFFF; lone surrogates) are dropped, since
 * no escaping makes a document with them well formed. Whitespace a parser would
 * normalise is written as a character reference so that it reads back as stored: a
 * carriage return anywhere (parsers turn it into a line feed), and tab and line
 * feed in attribute values (parsers turn them into spaces).
 *
 * Element and attribute names are the caller's constants and are not checked. What
 * the writer produces is typed `Xml`, and only `Xml` goes into an element as markup,
 * so text cannot reach a document unescaped.
 */

/** Markup this module wrote. */
export type Xml = string & { readonly __brand: 'Xml' };

const markup = (text: string) => text as Xml;

/** Whether the UTF-16 code unit at `i` starts a character XML 1.0 allows; returns its length (0: drop it). */
function allowedLength(text: string, i: number): 0 | 1 | 2 {
  const c = text.charCodeAt(i);
  if (c < 0x20) return c === 0x09 || c === 0x0a || c === 0x0d ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    return next >= 0xdc00 && next <= 0xdfff ? 2 : 0;
  }
  if (c >= 0xdc00 && c <= 0xdfff) return 0;
  if (c === 0xfffe || c === 0xffff) return 0;
  return 1;
}

/** What the single code unit `c` is written as, or undefined when it is written as it is. */
function replacement(c: number, inAttribute: boolean): string | undefined {
  switch (c) {
    case 0x26:
      return '&amp;';
    case 0x3c:
      return '&lt;';
    case 0x3e:
      return '&gt;';
    case 0x22:
      return '&quot;';
    case 0x27:
      return '&apos;';
    case 0x0d:
      return '&#13;';
    case 0x0a:
      return inAttribute ? '&#10;' : undefined;
    case 0x09:
      return inAttribute ? '&#9;' : undefined;
    default:
      return undefined;
  }
}

function escape(value: string, inAttribute: boolean): string {
  let out = '';
  let start = 0;
  let i = 0;
  while (i < value.length) {
    const length = allowedLength(value, i);
    const written = length === 0 ? '' : length === 1 ? replacement(value.charCodeAt(i), inAttribute) : undefined;
    if (written === undefined) {
      i += length;
      continue;
    }
    out += value.slice(start, i) + written;
    i += 1;
    start = i;
  }
  return start === 0 ? value : out + value.slice(start);
}

/** The text less the characters XML 1.0 cannot carry, for XML that another library escapes (spreadsheets). */
export function xmlCharacters(value: string): string {
  let out = '';
  let start = 0;
  let i = 0;
  while (i < value.length) {
    const length = allowedLength(value, i);
    if (length === 0) {
      out += value.slice(start, i);
      i += 1;
      start = i;
      continue;
    }
    i += length;
  }
  return start === 0 ? value : out + value.slice(start);
}

/** The text as XML character data. */
export function escapeXml(value: string): string {
  return escape(value, false);
}

/** The text as an attribute value, between double or single quotes alike. */
export function escapeXmlAttribute(value: string): string {
  return escape(value, true);
}

type Attributes = Readonly<Record<string, string>>;

function attributeList(attributes: Attributes): string {
  return Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXmlAttribute(value)}"`)
    .join('');
}

/** `<name attr="…">text</name>`, every part escaped. */
export function element(name: string, text: string, attributes: Attributes = {}): Xml {
  return markup(`<${name}${attributeList(attributes)}>${escapeXml(text)}</${name}>`);
}

/** `<name attr="…"/>`, the values escaped. */
export function emptyElement(name: string, attributes: Attributes): Xml {
  return markup(`<${name}${attributeList(attributes)}/>`);
}

/** `<name attr="…">` with child elements, one a line. */
export function parent(name: string, children: readonly Xml[], attributes: Attributes = {}): Xml {
  return markup([`<${name}${attributeList(attributes)}>`, ...children, `</${name}>`].join('\n'));
}

/** A whole document: the XML declaration, then its root element. */
export function xmlDocument(root: Xml): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n`;
}
