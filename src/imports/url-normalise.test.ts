/** The redirect key: one key for every spelling of an old address, and nothing for what is not one. */
import { describe, expect, it } from 'vitest';
import { hostOf, MAX_REDIRECT_KEY_LENGTH, redirectKey, redirectLookupKeys, schemeOf } from './url-normalise.js';

describe('redirectKey', () => {
  it('drops scheme, host, port and fragment; keeps a plain path as it is', () => {
    expect(redirectKey('https://camlo.quangtri.gov.vn:8443/tin-tuc/bai-viet#binh-luan')).toBe('/tin-tuc/bai-viet');
    expect(redirectKey('http://old.example')).toBe('/');
    expect(redirectKey('//old.example/a/b')).toBe('/a/b');
    expect(redirectKey('/tin-tuc/bai-viet')).toBe('/tin-tuc/bai-viet');
    expect(redirectKey('  /tin-tuc/bai-viet  ')).toBe('/tin-tuc/bai-viet');
  });

  it('meets every percent-encoding and Unicode form of the same Vietnamese path at one key, in upper-case hex', () => {
    const nfc = '/tin tức/Đà Nẵng';
    const keys = [
      redirectKey(nfc),
      redirectKey(nfc.normalize('NFD')),
      redirectKey(encodeURI(nfc)),
      redirectKey(encodeURI(nfc).replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase())),
      redirectKey('https://old.example/tin%20t%e1%bb%a9c/%C4%90%C3%A0%20N%E1%BA%B5ng'),
    ];
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toBe('/tin%20t%E1%BB%A9c/%C4%90%C3%A0%20N%E1%BA%B5ng');
  });

  it('decodes unreserved characters, keeps encoded slashes and question marks encoded', () => {
    expect(redirectKey('/%61%62c')).toBe('/abc');
    expect(redirectKey('/a%2Fb')).toBe('/a%2Fb');
    expect(redirectKey('/a%3fb')).toBe('/a%3Fb');
  });

  it('keeps an invalid escape as a literal percent sign and bytes that are not UTF-8 as bytes', () => {
    expect(redirectKey('/50%-giam')).toBe('/50%25-giam');
    expect(redirectKey('/50%25-giam')).toBe('/50%25-giam');
    expect(redirectKey('/a%zz')).toBe('/a%25zz');
    expect(redirectKey('/%ff%fe')).toBe('/%FF%FE');
    expect(redirectKey('/x%C3')).toBe('/x%C3');
  });

  it('resolves dot segments and drops repeated and trailing slashes (WordPress /2022/11/16/slug/)', () => {
    expect(redirectKey('https://old.example/2022/11/16/hoi-nghi/')).toBe('/2022/11/16/hoi-nghi');
    expect(redirectKey('/a//b/./c/../d')).toBe('/a/b/d');
    expect(redirectKey('/../../etc')).toBe('/etc');
  });

  it('keeps a query that identifies the page, sorted, without tracking parameters', () => {
    expect(redirectKey('https://old.example/?p=123')).toBe('/?p=123');
    expect(redirectKey('/?utm_source=fb&p=123&fbclid=x')).toBe('/?p=123');
    expect(redirectKey('/index.php?page_id=7&lang=vi')).toBe('/index.php?lang=vi&page_id=7');
    expect(redirectKey('/index.php?lang=vi&page_id=7')).toBe('/index.php?lang=vi&page_id=7');
    expect(redirectKey('/tim?q=t%E1%BB%A9c+m%E1%BB%9Bi')).toBe(redirectKey('/tim?q=tức mới'));
    expect(redirectKey('/a?utm_medium=x')).toBe('/a');
    expect(redirectKey('/a?')).toBe('/a');
  });

  it('keeps a Liferay address whole', () => {
    expect(redirectKey('https://camlo.quangtri.gov.vn/-/view-article/1/1668590478517/1668590478517')).toBe('/-/view-article/1/1668590478517/1668590478517');
  });

  it('is not an address: other schemes, control characters, too long', () => {
    expect(redirectKey('javascript:alert(1)')).toBeUndefined();
    expect(redirectKey('mailto:a@b.vn')).toBeUndefined();
    expect(redirectKey('')).toBeUndefined();
    expect(redirectKey('/a\nb')).toBeUndefined();
    expect(redirectKey(`/${'a'.repeat(MAX_REDIRECT_KEY_LENGTH)}`)).toBeUndefined();
    expect(redirectKey(`/${'%E1%BB%A9'.repeat(1000)}`)).toBeUndefined();
  });

  it('is idempotent', () => {
    for (const url of ['/tin tức/a?b=c d&a=1#x', '/%ff/%zz', 'https://h/x/../y/?p=1', '/a+b?c+d=e+f']) {
      const key = redirectKey(url);
      expect(key).toBeDefined();
      expect(redirectKey(key!)).toBe(key);
    }
  });

  it('gives the lookup keys from the most specific, never the home page', () => {
    expect(redirectLookupKeys('/?p=123')).toEqual(['/?p=123']);
    expect(redirectLookupKeys('/tin-tuc/cu?x=1')).toEqual(['/tin-tuc/cu?x=1', '/tin-tuc/cu']);
    expect(redirectLookupKeys('/tin%20tuc/')).toEqual(['/tin%20tuc', '/tin%20tuc/']);
  });
});

describe('schemeOf and hostOf', () => {
  it('reads schemes and hosts', () => {
    expect(schemeOf('JavaScript:alert(1)')).toBe('javascript');
    expect(schemeOf('/a:b')).toBeUndefined();
    expect(schemeOf('data:text/html,x')).toBe('data');
    expect(hostOf('https://CamLo.QuangTri.gov.vn:8080/x')).toBe('camlo.quangtri.gov.vn');
    expect(hostOf('/x')).toBeUndefined();
    expect(hostOf('ftp://a/b')).toBeUndefined();
  });
});
