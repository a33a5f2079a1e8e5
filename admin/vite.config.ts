/**
 * Builds the admin single-page app (admin/index.html → admin/dist/), served by
 * src/web/admin/admin-app.ts at /admin/. Run from the repository root with
 * `npm run build:admin`. No inline script or style ends up in the output, so the
 * site's strict CSP (script-src 'self'; style-src 'self') holds for /admin too.
 */
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/admin/',
  plugins: [preact({ prerender: { enabled: false } })],
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The polyfill would be bundled, not inlined, but no supported browser needs it.
    modulePreload: { polyfill: false },
    // Small assets become files, never data: URLs inside CSS or JS.
    assetsInlineLimit: 0,
    sourcemap: false,
    chunkSizeWarningLimit: 900,
  },
  // The built app talks to the real server; `vite` dev mode proxies the API to it.
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000', '/media': 'http://127.0.0.1:3000' },
  },
});
