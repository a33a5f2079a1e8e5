/**
 * Debian's nginx running the shipped `deploy/nginx/govportal.conf` for a test: the file
 * as an operator installs it, with only the marked local values changed (ports, a
 * self-signed certificate, DATA_DIR and the assets folder), started in the foreground
 * and stopped after. CI installs nginx; elsewhere its absence skips the test, loudly.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import https from 'node:https';
import { freePort } from '../../src/test-support/serve-process.js';

const NGINX = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';
export const SHIPPED_CONFIG = path.join(import.meta.dirname, '..', '..', 'deploy', 'nginx', 'govportal.conf');
const ASSETS = path.join(import.meta.dirname, '..', '..', 'assets');

function probe(): boolean {
  const missing = [NGINX, '/usr/bin/openssl'].filter((file) => !fs.existsSync(file));
  if (missing.length === 0) return true;
  const reason = `${missing.join(', ')} not found (Debian packages nginx-light and openssl)`;
  if (process.env['CI'] === 'true') throw new Error(`The nginx test is required in CI but cannot run: ${reason}`);
  console.warn(`\n*** nginx test SKIPPED: ${reason}. ***\n`);
  return false;
}

export const nginxAvailable: boolean = probe();

export interface RunningNginx {
  readonly port: number;
  stop(): Promise<void>;
}

/** The shipped configuration with this machine's ports and paths in place of the marked lines. */
export function localConfig(shipped: string, values: { upstreams: number[]; port: number; redirectPort: number; dir: string; mediaDir: string }): string {
  const replaced = shipped
    .replace(/^ {2}server 127\.0\.0\.1:\d+ .*\n/gm, '')
    .replace('upstream govportal {\n', `upstream govportal {\n${values.upstreams.map((p) => `  server 127.0.0.1:${p} max_fails=3 fail_timeout=5s;\n`).join('')}`)
    .replace(/^ {2}listen \[::\]:.*\n/gm, '')
    .replace('listen 80;', `listen 127.0.0.1:${values.redirectPort};`)
    .replace('listen 443 ssl http2;', `listen 127.0.0.1:${values.port} ssl http2;`)
    .replace('/etc/ssl/govportal/fullchain.pem', path.join(values.dir, 'cert.pem'))
    .replace('/etc/ssl/govportal/privkey.pem', path.join(values.dir, 'key.pem'))
    .replace('/var/lib/govportal/media/', `${values.mediaDir}/`)
    .replace('/opt/govportal/assets/', `${ASSETS}/`);
  return replaced;
}

export async function startNginx(options: { upstreams: number[]; dir: string; mediaDir: string }): Promise<RunningNginx> {
  const { dir } = options;
  const [port, redirectPort] = [await freePort(), await freePort()];
  execFileSync('/usr/bin/openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=quangtri.gov.vn', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], { stdio: 'ignore' });
  const site = localConfig(fs.readFileSync(SHIPPED_CONFIG, 'utf8'), { ...options, port, redirectPort });
  fs.writeFileSync(path.join(dir, 'govportal.conf'), site);
  fs.mkdirSync(path.join(dir, 'logs'), { recursive: true });
  // As root, the workers run as root too: the test's folders are private to this user.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `${user}worker_processes 1;\npid ${dir}/nginx.pid;\nerror_log ${dir}/logs/error.log warn;\nevents { worker_connections 256; }\nhttp {\n  access_log off;\n  client_body_temp_path ${dir}/body;\n  proxy_temp_path ${dir}/proxy;\n  fastcgi_temp_path ${dir}/fastcgi;\n  uwsgi_temp_path ${dir}/uwsgi;\n  scgi_temp_path ${dir}/scgi;\n  include ${dir}/govportal.conf;\n}\n`,
  );
  const child: ChildProcess = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx ended with ${child.exitCode}: ${errors}`);
    const up = await request(port, { path: '/healthz' }).then(
      (res) => res.status === 200,
      () => false,
    );
    if (up) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    port,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface RequestOptions {
  path: string;
  method?: string;
  host?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** One HTTPS request to nginx on the loopback, trusting its self-signed certificate. */
export function request(port: number, options: RequestOptions): Promise<Answer> {
  return send(https, { servername: 'quangtri.gov.vn', rejectUnauthorized: false }, port, options);
}

/** One plain HTTP request straight to a process, with the Host header it names (fetch may not set one). */
export function directRequest(port: number, options: RequestOptions): Promise<Answer> {
  return send(http, {}, port, options);
}

function send(client: typeof http | typeof https, tls: https.RequestOptions, port: number, options: RequestOptions): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers = { host: options.host ?? 'quangtri.gov.vn', ...options.headers };
    const req = client.request({ ...tls, host: '127.0.0.1', port, path: options.path, method: options.method ?? 'GET', headers, timeout: 10_000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error('timeout')));
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}
