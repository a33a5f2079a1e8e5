/**
 * TRUST_PROXY: which hops in front of the server may say who the client is. Never
 * "every hop": a client could then write its own X-Forwarded-For and choose the
 * address the rate limits count and the audit log records. Either a number of
 * proxies (1 behind one nginx: the address nginx saw is the last one it appended), or
 * the proxies' own addresses (IPs, CIDR ranges, or proxy-addr's names `loopback`,
 * `linklocal`, `uniquelocal`), of which only those are believed.
 */
import net from 'node:net';

/** What Fastify's `trustProxy` option receives: nothing, a hop count, or a list of addresses. */
export type TrustProxy = false | number | readonly string[];

const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const MAX_HOPS = 10;

function isAddressOrRange(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const slash = entry.indexOf('/');
  const address = slash === -1 ? entry : entry.slice(0, slash);
  const version = net.isIP(address);
  if (version === 0) return false;
  if (slash === -1) return true;
  const prefix = entry.slice(slash + 1);
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (version === 4 ? 32 : 128);
}

/** The setting, or a Vietnamese explanation of why the value is refused. */
export function parseTrustProxy(value: string | undefined): { ok: true; value: TrustProxy } | { ok: false; problem: string } {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false' || text === '0') return { ok: true, value: false };
  if (text === 'true') {
    return {
      ok: false,
      problem:
        'TRUST_PROXY=true tin mọi bước chuyển tiếp, nên người dùng tự chọn được địa chỉ của mình qua X-Forwarded-For. ' +
        'Hãy ghi số máy chủ chuyển tiếp đứng trước (1 khi sau một nginx) hoặc địa chỉ của chúng (ví dụ 127.0.0.1).',
    };
  }
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > MAX_HOPS) return { ok: false, problem: `TRUST_PROXY: số bước chuyển tiếp phải từ 0 đến ${MAX_HOPS}` };
    return { ok: true, value: hops };
  }
  const entries = text.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  const bad = entries.filter((entry) => !isAddressOrRange(entry));
  if (bad.length > 0) {
    return { ok: false, problem: `TRUST_PROXY: không phải địa chỉ IP hay dải CIDR: ${bad.join(', ')}` };
  }
  return { ok: true, value: Object.freeze(entries) };
}

/**
 * The setting as Fastify's `trustProxy` option. A hop count becomes a function that
 * believes the first `hops` addresses counted from the socket (Fastify's own number
 * option trusts none). Like any hop count, it assumes the server cannot be reached
 * but through those proxies: keep HOST on the loopback behind nginx.
 */
export function fastifyTrustProxy(setting: TrustProxy): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (setting === false) return false;
  if (typeof setting === 'number') return (_address, hop) => hop < setting;
  return [...setting];
}
