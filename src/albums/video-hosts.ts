/**
 * Where an album may link a video: a fixed list of hosts (YouTube, the provincial and
 * national television), each with its subdomains. Pure: no I/O. A link is read with
 * WHATWG URL parsing, never a pattern on the text: https only, no user name or password,
 * a host on the list. Anything else is refused with a message naming the allowed hosts.
 */

/** The hosts (and their subdomains) an album may link a video on. */
export const VIDEO_HOSTS = ['youtube.com', 'youtu.be', 'qrt.vn', 'vtv.vn', 'vtv.gov.vn', 'vov.vn', 'vovtv.vn'] as const;

/** Longest link accepted (a watch URL with a few parameters is far shorter). */
export const MAX_VIDEO_URL = 500;

export const VIDEO_HOSTS_TEXT = VIDEO_HOSTS.join(', ');

export const videoLinkRefused = `Chỉ nhận liên kết video https tới các trang: ${VIDEO_HOSTS_TEXT}. Với video khác, hãy tải tệp MP4 hoặc WebM lên thư viện.`;

/** The host if it is one of VIDEO_HOSTS or a subdomain of one; undefined otherwise. */
export function allowedVideoHost(hostname: string): string | undefined {
  const host = hostname.toLowerCase();
  return VIDEO_HOSTS.find((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}

export type VideoLinkCheck = { ok: true; url: string } | { ok: false; message: string };

/** Checks a link an editor typed; the URL as the parser wrote it back when it is allowed. */
export function checkVideoLink(raw: string): VideoLinkCheck {
  const text = raw.trim();
  if (text.length === 0 || text.length > MAX_VIDEO_URL) return { ok: false, message: videoLinkRefused };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: videoLinkRefused };
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '') return { ok: false, message: videoLinkRefused };
  if (allowedVideoHost(url.hostname) === undefined) return { ok: false, message: videoLinkRefused };
  return { ok: true, url: url.href };
}
