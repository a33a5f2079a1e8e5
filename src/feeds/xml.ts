/**
 * Escaping for the XML govportal writes (RSS and sitemaps), by hand and never in
 * CDATA: a CDATA section ends at the first `]]>` of its text, which is how a title
 * could close it and add elements of its own. Text and attribute values are escaped
 * character by character, and characters XML 1.0 cannot carry at all (C0 controls
 * but tab, line feed and carriage return; U+FFFE and U+FFFF; lone surrogates) are
 * dropped, since no escaping makes a document with them well formed. One pass,
 * linear in the text.
 */

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

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

/** The text as XML character data or an attribute value (double- or single-quoted alike). */
export function escapeXml(value: string): string {
  let out = '';
  let start = 0;
  let i = 0;
  while (i < value.length) {
    const length = allowedLength(value, i);
    const entity = length === 1 ? ENTITIES[value[i] ?? ''] : undefined;
    if (length === 0 || entity !== undefined) {
      out += value.slice(start, i) + (entity ?? '');
      i += 1;
      start = i;
      continue;
    }
    i += length;
  }
  return start === 0 ? value : out + value.slice(start);
}

/** `<name attr="…">text</name>`, every part escaped. */
export function element(name: string, text: string, attributes: Readonly<Record<string, string>> = {}): string {
  const attrs = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
  return `<${name}${attrs}>${escapeXml(text)}</${name}>`;
}
