/**
 * An old URL → the key under which its redirect is stored and looked up. The same
 * function runs on both sides (the import, and every request that finds no page), so
 * `/tin%20t%E1%BB%A9c/`, `/tin tức` and `https://old.example/tin%20tức#top` meet at
 * one key: scheme and host dropped, percent-encoding decoded (a sequence that is not
 * valid UTF-8 stays as its bytes, a stray "%" is a literal percent sign) and written
 * again canonically (upper-case hex, NFC text), dot segments resolved, repeated and
 * trailing slashes dropped, the fragment dropped. A query string is kept when it may
 * identify the page (WordPress `/?p=123`, `?page_id=`, a Liferay or ASP.NET `?id=`):
 * its parameters sorted, tracking ones (utm_*, fbclid, gclid…) left out. Pure.
 */

/** Longest key stored or looked up; a request longer than this is not a redirect. */
export const MAX_REDIRECT_KEY_LENGTH = 2048;

/** Parameters that say where a visitor came from, never which page they want. */
const TRACKING = new Set(['fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'igshid', 'mc_cid', 'mc_eid', '_ga', '_gl', 'ref', 'share']);

const HEX = '0123456789ABCDEF';

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

/** A piece of a decoded component: text, or bytes that were not valid UTF-8. */
type Piece = { text: string } | { bytes: number[] };

/** Decodes percent-escapes; runs of escaped bytes that are not UTF-8 are kept as bytes. */
function decodeComponent(raw: string, plusIsSpace: boolean): Piece[] {
  const pieces: Piece[] = [];
  let text = '';
  let bytes: number[] = [];
  const flushBytes = () => {
    if (bytes.length === 0) return;
    try {
      text += utf8.decode(new Uint8Array(bytes));
    } catch {
      if (text !== '') pieces.push({ text });
      text = '';
      pieces.push({ bytes });
    }
    bytes = [];
  };
  for (let i = 0; i < raw.length; i += 1) {
    const ch = raw[i]!;
    if (ch === '%' && i + 2 < raw.length && hexValue(raw.charCodeAt(i + 1)) >= 0 && hexValue(raw.charCodeAt(i + 2)) >= 0) {
      bytes.push(hexValue(raw.charCodeAt(i + 1)) * 16 + hexValue(raw.charCodeAt(i + 2)));
      i += 2;
      continue;
    }
    flushBytes();
    text += plusIsSpace && ch === '+' ? ' ' : ch;
  }
  flushBytes();
  if (text !== '') pieces.push({ text });
  return pieces;
}

function isUnreserved(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 45 || code === 46 || code === 95 || code === 126;
}

function escapeByte(byte: number): string {
  return `%${HEX[byte >> 4]}${HEX[byte & 15]}`;
}

/** Writes a decoded component back: unreserved characters and `keep` as they are, the rest as %XX of UTF-8. */
function encodeComponent(pieces: Piece[], keep: string): string {
  let out = '';
  for (const piece of pieces) {
    if ('bytes' in piece) {
      out += piece.bytes.map(escapeByte).join('');
      continue;
    }
    for (const ch of piece.text.normalize('NFC')) {
      const code = ch.codePointAt(0)!;
      if (code < 128 && (isUnreserved(code) || keep.includes(ch))) out += ch;
      else out += [...encoder.encode(ch)].map(escapeByte).join('');
    }
  }
  return out;
}

const SEGMENT_KEEP = "!$&'()*+,;=:@";
const QUERY_KEEP = "!$'()*,:@/?";

function canonicalPath(rawPath: string): string {
  const segments: string[] = [];
  for (const raw of rawPath.split('/')) {
    if (raw === '') continue;
    const segment = encodeComponent(decodeComponent(raw, false), SEGMENT_KEEP);
    if (segment === '.') continue;
    if (segment === '..') {
      segments.pop();
      continue;
    }
    segments.push(segment);
  }
  return `/${segments.join('/')}`;
}

function canonicalQuery(rawQuery: string): string {
  const params: [string, string][] = [];
  for (const part of rawQuery.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = encodeComponent(decodeComponent(eq === -1 ? part : part.slice(0, eq), true), QUERY_KEEP);
    const value = eq === -1 ? '' : encodeComponent(decodeComponent(part.slice(eq + 1), true), QUERY_KEEP);
    if (key === '' || TRACKING.has(key.toLowerCase()) || key.toLowerCase().startsWith('utm_')) continue;
    params.push([key, value]);
  }
  params.sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  return params.map(([k, v]) => (v === '' ? k : `${k}=${v}`)).join('&');
}

/** The part of an absolute URL after its host: `https://a.b:8080/x?y` → `/x?y`; undefined for other schemes. */
function afterHost(url: string): string | undefined {
  const lower = url.slice(0, 8).toLowerCase();
  let rest: string;
  if (lower.startsWith('https://')) rest = url.slice(8);
  else if (lower.startsWith('http://')) rest = url.slice(7);
  else if (url.startsWith('//')) rest = url.slice(2);
  else return undefined;
  for (let i = 0; i < rest.length; i += 1) {
    const ch = rest[i];
    if (ch === '/' || ch === '?' || ch === '#') return rest.slice(i);
  }
  return '/';
}

/** The scheme of `url` when it has one ("javascript", "mailto", "https"…), lower case. */
export function schemeOf(url: string): string | undefined {
  for (let i = 0; i < url.length && i < 40; i += 1) {
    const code = url.charCodeAt(i);
    if (url[i] === ':') return i > 0 ? url.slice(0, i).toLowerCase() : undefined;
    const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    if (!letter && !(i > 0 && ((code >= 48 && code <= 57) || url[i] === '+' || url[i] === '-' || url[i] === '.'))) return undefined;
  }
  return undefined;
}

/**
 * The redirect key of an old URL (absolute http(s), protocol-relative, or a path), or
 * undefined when it is none: another scheme, control characters, or too long.
 */
export function redirectKey(oldUrl: string): string | undefined {
  const url = oldUrl.trim();
  if (url === '' || url.length > MAX_REDIRECT_KEY_LENGTH * 3) return undefined;
  for (let i = 0; i < url.length; i += 1) {
    const code = url.charCodeAt(i);
    if (code < 32 || code === 127) return undefined;
  }
  let rest: string | undefined = url;
  if (url.startsWith('//') || schemeOf(url) !== undefined) rest = afterHost(url);
  if (rest === undefined) return undefined;
  const hash = rest.indexOf('#');
  if (hash !== -1) rest = rest.slice(0, hash);
  const question = rest.indexOf('?');
  const path = canonicalPath(question === -1 ? rest : rest.slice(0, question));
  const query = question === -1 ? '' : canonicalQuery(rest.slice(question + 1));
  const key = query === '' ? path : `${path}?${query}`;
  return key.length <= MAX_REDIRECT_KEY_LENGTH ? key : undefined;
}

/** The host of an absolute http(s) URL, lower case and without port; undefined for a path. */
export function hostOf(url: string): string | undefined {
  const trimmed = url.trim();
  const scheme = schemeOf(trimmed);
  if (scheme !== 'http' && scheme !== 'https') return undefined;
  try {
    return new URL(trimmed).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * The keys a request may find its redirect under, most specific first: its canonical
 * key, the same without the query string, and the path exactly as requested (how
 * redirects kept before the imports were stored). Never the home page "/".
 */
export function redirectLookupKeys(requestUrl: string): string[] {
  const keys: string[] = [];
  const add = (key: string | undefined) => {
    if (key !== undefined && key !== '/' && key.length <= MAX_REDIRECT_KEY_LENGTH && !keys.includes(key)) keys.push(key);
  };
  const key = redirectKey(requestUrl);
  add(key);
  const question = key?.indexOf('?') ?? -1;
  if (key !== undefined && question !== -1) add(key.slice(0, question));
  add(requestUrl.split('?', 1)[0]);
  return keys;
}
