/**
 * The admin single-page app (built by `npm run build:admin` into admin/dist) at /admin/.
 * Hashed files under /admin/assets/ are served by @fastify/static and cached for a year;
 * every other /admin path answers index.html (the app routes on the client) with
 * `Cache-Control: no-store`, so a new build is picked up at once. Without a build,
 * /admin says in Vietnamese how to make one (503).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** The repository's admin/dist folder: three levels above this file in src/ and in dist/ alike. */
export const ADMIN_DIST_DIR = fileURLToPath(new URL('../../../admin/dist/', import.meta.url));

export interface AdminAppOptions {
  /** Where the built app is; tests point this elsewhere. */
  distDir?: string;
}

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Trang quản trị chưa được biên dịch</title>
</head>
<body>
<main>
<h1>Trang quản trị chưa sẵn sàng</h1>
<p>Giao diện quản trị chưa được biên dịch nên máy chủ chưa thể hiển thị.</p>
<p>Quản trị viên hệ thống hãy chạy lệnh <code>npm run build:admin</code> (hoặc <code>npm run build</code>) trong thư mục cài đặt, rồi tải lại trang này.</p>
</main>
</body>
</html>
`;

export async function adminApp(app: FastifyInstance, opts: AdminAppOptions = {}): Promise<void> {
  const distDir = opts.distDir ?? ADMIN_DIST_DIR;
  const indexFile = path.join(distDir, 'index.html');

  // Hashed bundles: a changed file gets a new name, so it may be cached for good.
  await app.register(fastifyStatic, {
    root: path.join(distDir, 'assets'),
    prefix: '/admin/assets/',
    decorateReply: false,
    index: false,
    maxAge: '365d',
    immutable: true,
    // Before the first build the folder is missing; /admin explains that itself.
    logLevel: 'silent',
  });

  async function sendIndex(reply: FastifyReply): Promise<FastifyReply> {
    reply.header('Cache-Control', 'no-store');
    let html: string;
    try {
      html = await fs.readFile(indexFile, 'utf8');
    } catch {
      return reply.code(503).type('text/html; charset=utf-8').send(NOT_BUILT_PAGE);
    }
    return reply.type('text/html; charset=utf-8').send(html);
  }

  // The client routes every other path below /admin (deep links, reloads).
  app.get('/admin', async (_request, reply) => sendIndex(reply));
  app.get('/admin/*', async (_request, reply) => sendIndex(reply));
}

export default adminApp;
