/**
 * The command line as an operator uses it: `serve` on an empty data directory
 * migrates, loads the demo, prints the admin password once and serves the seed
 * article; `migrate` is idempotent; `seed-demo` refuses a non-empty database.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, MAIN } from './test-support/serve-process.js';


function cli(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 });
}

describe('govportal CLI', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'govportal-cli-'));
  const env = { DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'development', ADMIN_PASSWORD: '' };
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('serves the demo system from an empty data directory and prints the admin password once', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'serve'], { env: { ...process.env, ...env, PORT: String(port) } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      const deadline = Date.now() + 90_000;
      let status = 0;
      while (Date.now() < deadline) {
        status = await new Promise<number>((resolve) => {
          const req = net.connect(port, '127.0.0.1', () => {
            req.end('GET /tin-tuc-su-kien/phat-dong-huong-ung-thanh-hanh-dong-binh-dang-gioi-nam-2022 HTTP/1.1\r\nHost: camlo.localhost\r\nConnection: close\r\n\r\n');
          });
          let head = '';
          req.on('data', (c: Buffer) => (head += c.toString()));
          req.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d+)/.exec(head)?.[1] ?? 0)));
          req.on('error', () => resolve(0));
        });
        if (status !== 0) break;
        await new Promise((r) => setTimeout(r, 300));
      }
      expect(status).toBe(200);
      const match = /Mật khẩu[^:]*: (\S+)/.exec(output);
      expect(match?.[1]?.length ?? 0).toBeGreaterThanOrEqual(16);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  });

  it('keeps migrate idempotent and refuses to seed a database that has sites', () => {
    // Its own data directory: the test does not lean on the one above having run first.
    const own = { ...env, DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'govportal-cli-')) };
    try {
      const first = cli(['migrate'], own);
      expect(first.status).toBe(0);
      expect(first.stdout).toContain('Đã áp dụng');
      const again = cli(['migrate'], own);
      expect(again.status).toBe(0);
      expect(again.stdout).toContain('phiên bản mới nhất');
      expect(cli(['seed-demo'], own).status).toBe(0);
      const seedAgain = cli(['seed-demo'], own);
      expect(seedAgain.status).toBe(1);
      expect(seedAgain.stderr).toContain('không nạp hệ thống mẫu');
    } finally {
      fs.rmSync(own.DATA_DIR, { recursive: true, force: true });
    }
  });

  it('explains bad configuration and unknown commands in Vietnamese', () => {
    const badPort = cli(['serve'], { ...env, PORT: 'abc' });
    expect(badPort.status).toBe(1);
    expect(badPort.stderr).toContain('Cấu hình không hợp lệ');
    const production = cli(['serve'], { ...env, NODE_ENV: 'production', SESSION_SECRET: '' });
    expect(production.status).toBe(1);
    expect(production.stderr).toContain('SESSION_SECRET');
    const unknown = cli(['lam-gi-do'], env);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('Lệnh không hợp lệ');
  });
});
