/**
 * HTTP helpers of the benchmark: one request with a chosen Host (which selects the site),
 * timed sequences of requests with their percentiles, a bounded autocannon load, and the
 * admin sign-in. Everything talks to 127.0.0.1.
 */
import http from 'node:http';
import autocannon from 'autocannon';

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });

export function send(port: number, method: string, urlPath: string, headers: Record<string, string>, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: urlPath, method, headers, agent, timeout: 60_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error(`timeout: ${urlPath}`)));
    if (body !== undefined) req.write(body);
    req.end();
  });
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export interface Latency {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  /** Answers other than 200. */
  errors: number;
}

/** Requests one after another (one connection): what one reader waits, without queueing behind others. */
export async function timeSequence(port: number, urls: readonly string[], headers: (i: number) => Record<string, string>): Promise<Latency> {
  const times: number[] = [];
  let errors = 0;
  for (const [i, url] of urls.entries()) {
    const started = performance.now();
    const answer = await send(port, 'GET', url, headers(i)).catch(() => ({ status: 0 }));
    times.push(performance.now() - started);
    if (answer.status !== 200) errors += 1;
  }
  times.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 100) / 100;
  return { requests: times.length, p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), p99: round(percentile(times, 99)), errors };
}

export interface Load {
  reqPerSec: number;
  /** Answers received in the run (any status); requests still waiting at the end are not counted. */
  requests: number;
  /** The status of one request sent alone just before the load: the page works, however slow. */
  probeStatus: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

export async function load(port: number, urlPath: string, host: string, connections: number, seconds: number): Promise<Load> {
  const probe = await send(port, 'GET', urlPath, { host });
  const result = await autocannon({ url: `http://127.0.0.1:${port}${urlPath}`, headers: { host }, connections, duration: seconds });
  return { reqPerSec: Math.round(result.requests.average), requests: result.requests.total, probeStatus: probe.status, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}

/** The session cookie and CSRF token of a fresh sign-in through the admin API. */
export async function signIn(port: number, host: string, username: string, password: string): Promise<{ cookie: string; csrf: string }> {
  const answer = await send(port, 'POST', '/api/v1/auth/login', { host, 'content-type': 'application/json' }, JSON.stringify({ username, password }));
  const setCookie = answer.headers['set-cookie'] ?? [];
  const cookie = setCookie.map((c) => c.split(';', 1)[0] ?? '').find((c) => c.includes('gp_session='));
  if (answer.status !== 200 || cookie === undefined) throw new Error(`sign-in failed: ${answer.status} ${answer.body.toString().slice(0, 300)}`);
  return { cookie, csrf: (JSON.parse(answer.body.toString()) as { csrfToken: string }).csrfToken };
}

export function closeAgent(): void {
  agent.destroy();
}
