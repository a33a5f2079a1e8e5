/**
 * What an album's editable fields become when stored. Pure: no I/O. The description is
 * plain text; its HTML (for the public page and, later, the search index) is its
 * paragraphs — runs of lines between blank lines — each escaped into a <p>.
 */
import { escapeHtml } from '../search/highlight.js';

/** The description as one line per paragraph, whitespace collapsed, blank-line separated. */
export function descriptionParagraphs(description: string): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of description.normalize('NFC').split('\n')) {
    const words = line.trim();
    if (words === '') {
      if (current.length > 0) paragraphs.push(current.join(' '));
      current = [];
    } else {
      current.push(words.replace(/\s+/g, ' '));
    }
  }
  if (current.length > 0) paragraphs.push(current.join(' '));
  return paragraphs;
}

/** The description as HTML: escaped paragraphs, nothing else (empty when there is no description). */
export function descriptionHtml(description: string): string {
  return descriptionParagraphs(description)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
}

/** The first paragraph, cut to a meta description's length. */
export function albumSummaryText(description: string, title: string, max = 300): string {
  const first = descriptionParagraphs(description)[0] ?? title;
  return first.length <= max ? first : `${first.slice(0, max - 1).trimEnd()}…`;
}
