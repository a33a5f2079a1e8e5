/** Serving the built admin: index.html for every /admin address, hashed assets cached for good, a clear 503 before a build. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApp } from './admin-app.js';

const INDEX = '<!doctype html><html lang="vi"><head><title>Quản trị</title><script type="module" src="/admin/assets/index-abc123.js"></script></head><body><div id="app"></div></body></html>';

async function appOver(distDir: string): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  await app.register(adminApp, { distDir });
  app.get('/', () => 'public home');
  await app.ready();
  return app;
}

describe('the admin app with a build', () => {
  let dir: string;
  let app: FastifyInstance;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govportal-admin-'));
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'index.html'), INDEX);
    fs.writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), 'console.log("admin");');
    fs.writeFileSync(path.join(dir, 'assets', 'index-abc123.css'), 'body{margin:0}');
    app = await appOver(dir);
  });

  afterAll(async () => {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each(['/admin', '/admin/', '/admin/dang-nhap', '/admin/camlo/tin-bai/42', '/admin/camlo/tin-bai/42/lich-su?x=1', '/admin/favicon.ico'])(
    '%s answers index.html, never cached',
    async (url) => {
      const res = await app.inject({ url });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.body).toBe(INDEX);
    },
  );

  it('serves hashed assets with their type, cached for a year', async () => {
    const js = await app.inject({ url: '/admin/assets/index-abc123.js' });
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toMatch(/^(application|text)\/javascript/);
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const css = await app.inject({ url: '/admin/assets/index-abc123.css' });
    expect(css.headers['content-type']).toMatch(/^text\/css/);
  });

  it('a missing asset is a 404, not the app (a stale page must not run HTML as script)', async () => {
    const res = await app.inject({ url: '/admin/assets/index-old999.js' });
    expect(res.statusCode).toBe(404);
  });

  it('answers HEAD like GET and leaves other paths alone', async () => {
    expect((await app.inject({ method: 'HEAD', url: '/admin/camlo/' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/' })).body).toBe('public home');
    expect((await app.inject({ url: '/administration' })).statusCode).toBe(404);
  });
});

describe('the admin app before a build', () => {
  it('says in Vietnamese how to build it (503, not cached)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govportal-admin-none-'));
    const app = await appOver(path.join(dir, 'dist'));
    try {
      for (const url of ['/admin', '/admin/camlo/tin-bai']) {
        const res = await app.inject({ url });
        expect(res.statusCode).toBe(503);
        expect(res.headers['cache-control']).toBe('no-store');
        expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
        expect(res.body).toContain('npm run build:admin');
        expect(res.body).toContain('<html lang="vi">');
      }
    } finally {
      await app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
