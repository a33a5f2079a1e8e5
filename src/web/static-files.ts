/** Stylesheet, script and emblem (from /assets) and uploaded media (from DATA_DIR/media). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { SERVED_TYPES } from '../media/index.js';

/** The repository's assets/ folder: two levels above this file in src/ and in dist/ alike. */
export const ASSETS_DIR = fileURLToPath(new URL('../../assets/', import.meta.url));

export async function staticFiles(app: FastifyInstance, opts: { mediaDir: string }) {
  await app.register(fastifyStatic, {
    root: ASSETS_DIR,
    prefix: '/assets/',
    decorateReply: false,
    index: false,
    maxAge: '1d',
  });
  fs.mkdirSync(opts.mediaDir, { recursive: true });
  await app.register(fastifyStatic, {
    root: opts.mediaDir,
    prefix: '/media/',
    decorateReply: false,
    index: false,
    maxAge: '30d',
    immutable: true,
    // Uploads are served as what they are; never as HTML a browser might run.
    // The type comes from the extension, which the upload chose from the file's bytes;
    // documents are downloads, never opened in the portal's origin.
    setHeaders: (res, filePath) => {
      res.header('Content-Security-Policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox");
      res.header('X-Content-Type-Options', 'nosniff');
      const type = SERVED_TYPES[path.extname(filePath).slice(1).toLowerCase()];
      res.header('Content-Type', type ?? 'application/octet-stream');
      if (type === undefined || !(type.startsWith('image/') || type.startsWith('video/'))) res.header('Content-Disposition', 'attachment');
    },
  });
}
