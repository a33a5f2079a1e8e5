/**
 * Per-site colours as a tiny stylesheet, so pages carry no inline style and the
 * CSP can forbid it. Colours are validated before they reach CSS.
 */
import type { FastifyInstance } from 'fastify';
import { requireSite } from '../site-routing.js';

const HEX = /^#[0-9a-fA-F]{6}$/;
const FALLBACK = '#9b1c1c';

/** Mixes a colour towards black: used for hover and borders. */
function darken(hex: string, amount: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (shift: number) => Math.round(((n >> shift) & 0xff) * (1 - amount));
  return `#${[16, 8, 0].map((s) => channel(s).toString(16).padStart(2, '0')).join('')}`;
}

export function themeCss(color: string): string {
  const brand = HEX.test(color) ? color.toLowerCase() : FALLBACK;
  return `:root{--brand:${brand};--brand-dark:${darken(brand, 0.3)};}\n`;
}

export function themeRoute(app: FastifyInstance) {
  app.get('/giao-dien.css', async (request, reply) => {
    const site = requireSite(request);
    return reply
      .type('text/css; charset=utf-8')
      .header('Cache-Control', 'public, max-age=300')
      .send(themeCss(site.themeColor));
  });
}
