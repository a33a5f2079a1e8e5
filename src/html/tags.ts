/**
 * Tags in HTML text, found by a scan in linear time: a tag runs from a '<' to the
 * next '>' (what /<[^>]*>/g matches, without the regular expression's rescanning of
 * the rest of the text from every '<' when no '>' follows).
 */

/** The text cut into tags and the text between them, in order, with no empty piece. */
export function splitTags(html: string): { text: string; tag: boolean }[] {
  const pieces: { text: string; tag: boolean }[] = [];
  let position = 0;
  while (position < html.length) {
    const open = html.indexOf('<', position);
    // No '<' left, or none with a '>' after it (then no later '<' has one either).
    const close = open === -1 ? -1 : html.indexOf('>', open + 1);
    if (close === -1) {
      pieces.push({ text: html.slice(position), tag: false });
      break;
    }
    if (open > position) pieces.push({ text: html.slice(position, open), tag: false });
    pieces.push({ text: html.slice(open, close + 1), tag: true });
    position = close + 1;
  }
  return pieces;
}

/** Every tag replaced by `replacement`: html.replace(/<[^>]*>/g, replacement), linear. */
export function replaceTags(html: string, replacement: string): string {
  if (!html.includes('<')) return html;
  return splitTags(html)
    .map((piece) => (piece.tag ? replacement : piece.text))
    .join('');
}
