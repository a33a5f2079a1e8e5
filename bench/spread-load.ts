/**
 * A load spread over several processes of the same server, as deployed: one `serve` per core
 * behind a balancer (README, Deployment). Each process gets its share of the connections.
 *
 * On a two-core machine the load generator's own CPU decides what the processes are left:
 * autocannon (JavaScript, parsing every answer) takes most of a core at a few thousand answers
 * a second, wrk (C) a few per cent. wrk is used where it is installed (Debian's package `wrk`),
 * autocannon otherwise; the report names the one used.
 */
import { execFile, execFileSync } from 'node:child_process';
import { load, send, type Load } from './http-client.js';

export type LoadTool = 'wrk' | 'autocannon';

const WRK = process.env['WRK_PATH'] ?? 'wrk';

function wrkInstalled(): boolean {
  try {
    // wrk has no --version: asked for it, it prints its version line and usage and exits 1.
    execFileSync(WRK, ['--version'], { stdio: 'pipe' });
    return true;
  } catch (error) {
    return typeof error === 'object' && error !== null && 'stdout' in error && String(error.stdout).startsWith('wrk ');
  }
}

export const loadTool: LoadTool = wrkInstalled() ? 'wrk' : 'autocannon';

/** wrk's durations ("812.00us", "20.12ms", "1.20s") in ms. */
function wrkMs(text: string): number {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(text);
  if (m === null) return Number.NaN;
  const value = Number(m[1]);
  return { us: value / 1000, ms: value, s: value * 1000, m: value * 60_000 }[m[2] as 'us' | 'ms' | 's' | 'm'];
}

/** The figures of one wrk run from its report (`--latency` adds the percentiles), read line by line. */
export function parseWrk(report: string, probeStatus: number): Load {
  const lines = report.split('\n').map((l) => l.trim());
  const field = (pattern: RegExp): string[] => {
    for (const l of lines) {
      const m = pattern.exec(l);
      if (m !== null) return m.slice(1);
    }
    return [];
  };
  const [total] = field(/^(\d+) requests in /);
  const [perSec] = field(/^Requests\/sec:\s+([\d.]+)$/);
  const [p50] = field(/^50%\s+(\S+)$/);
  const [p99] = field(/^99%\s+(\S+)$/);
  const [non2xx] = field(/^Non-2xx or 3xx responses: (\d+)$/);
  const socketErrors = field(/^Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)$/);
  return {
    reqPerSec: Math.round(Number(perSec)),
    requests: Number(total),
    probeStatus,
    p50: wrkMs(p50 ?? ''),
    p99: wrkMs(p99 ?? ''),
    non2xx: Number(non2xx ?? 0),
    errors: socketErrors.reduce((sum, n) => sum + Number(n), 0),
  };
}

function wrkRun(port: number, urlPath: string, host: string, connections: number, seconds: number): Promise<string> {
  const args = ['-t1', `-c${connections}`, `-d${seconds}s`, '--latency', '-H', `Host: ${host}`, `http://127.0.0.1:${port}${urlPath}`];
  return new Promise((resolve, reject) => {
    execFile(WRK, args, { timeout: (seconds + 30) * 1000 }, (error, stdout) => (error === null ? resolve(stdout) : reject(new Error(`wrk: ${error.message}`))));
  });
}

/** The processes' loads added up: answers and errors summed, each percentile the worst process's. */
function combined(loads: readonly Load[]): Load {
  const sum = (pick: (l: Load) => number) => loads.reduce((total, l) => total + pick(l), 0);
  const worst = (pick: (l: Load) => number) => Math.max(...loads.map(pick));
  return {
    reqPerSec: sum((l) => l.reqPerSec),
    requests: sum((l) => l.requests),
    probeStatus: loads.find((l) => l.probeStatus !== 200)?.probeStatus ?? 200,
    p50: worst((l) => l.p50),
    p99: worst((l) => l.p99),
    non2xx: sum((l) => l.non2xx),
    errors: sum((l) => l.errors),
  };
}

/** `connections` spread evenly over the processes listening on `ports`, all at once, for `seconds`. */
export async function spreadLoad(ports: readonly number[], urlPath: string, host: string, connections: number, seconds: number): Promise<Load> {
  const share = Math.max(1, Math.floor(connections / ports.length));
  if (loadTool === 'autocannon') return combined(await Promise.all(ports.map((port) => load(port, urlPath, host, share, seconds))));
  const probes = await Promise.all(ports.map((port) => send(port, 'GET', urlPath, { host })));
  const reports = await Promise.all(ports.map((port) => wrkRun(port, urlPath, host, share, seconds)));
  return combined(reports.map((report, i) => parseWrk(report, probes[i]?.status ?? 0)));
}
