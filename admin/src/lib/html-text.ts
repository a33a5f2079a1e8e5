/** The readable text of rich-text HTML, for comparing and copying (parsed inertly, never run). */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const blocks = Array.from(doc.body.querySelectorAll('p, h2, h3, h4, li, figcaption, td, th, blockquote'));
  if (blocks.length === 0) return doc.body.textContent?.trim() ?? '';
  return blocks
    .filter((b) => !b.querySelector('p, li'))
    .map((b) => (b.textContent ?? '').trim())
    .filter((s) => s !== '')
    .join('\n');
}
