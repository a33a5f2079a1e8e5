/** The XML escaping: markup characters, CDATA's end, characters XML cannot carry. */
import { describe, expect, it } from 'vitest';
import { element, escapeXml } from './xml.js';

describe('escapeXml', () => {
  it('escapes the five markup characters and leaves other text as it is', () => {
    expect(escapeXml(`Bình đẳng & "giới" <b>'x'</b>`)).toBe('Bình đẳng &amp; &quot;giới&quot; &lt;b&gt;&apos;x&apos;&lt;/b&gt;');
    expect(escapeXml('Cam Lộ')).toBe('Cam Lộ');
  });

  it('never lets a title end a section or open an element', () => {
    expect(escapeXml('a]]>b]]><x>y</x>')).toBe('a]]&gt;b]]&gt;&lt;x&gt;y&lt;/x&gt;');
  });

  it('drops what XML 1.0 cannot carry and keeps the rest, astral characters included', () => {
    expect(escapeXml('a\u0000b\u0008c\u001fd\ufffee\uffff')).toBe('abcde');
    expect(escapeXml('tab\tline\ncr\r')).toBe('tab\tline\ncr\r');
    expect(escapeXml('😀 𝕏')).toBe('😀 𝕏');
    expect(escapeXml('lone \ud800 high, lone \udc00 low, end \ud83d')).toBe('lone  high, lone  low, end ');
  });

  it('writes elements with escaped attributes', () => {
    expect(element('guid', 'http://a/?x=1&y=2', { isPermaLink: 'false"' })).toBe('<guid isPermaLink="false&quot;">http://a/?x=1&amp;y=2</guid>');
  });
});
