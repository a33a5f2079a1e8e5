import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { FORM_BODY_LIMIT, registerFormBody } from './form-body.js';

async function echoApp() {
  const app = Fastify({ logger: false });
  registerFormBody(app);
  app.post('/gui', (request) => ({ body: request.body }));
  await app.ready();
  return app;
}

describe('form bodies posted without script', () => {
  it('become one string per field, with Vietnamese text and the last of a repeated name', async () => {
    const app = await echoApp();
    const payload = new URLSearchParams([['ho-ten', 'Nguyễn Văn A'], ['noi-dung', 'Hỏi về thủ tục & "lệ phí" <b>'], ['noi-dung', 'lần hai']]).toString();
    const res = await app.inject({ method: 'POST', url: '/gui', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ body: { 'ho-ten': 'Nguyễn Văn A', 'noi-dung': 'lần hai' } });
    await app.close();
  });

  it('reach the route with a 100 KB field, and are refused before parsing beyond the limit', async () => {
    const app = await echoApp();
    const long = 'a'.repeat(100 * 1024);
    const ok = await app.inject({ method: 'POST', url: '/gui', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: `noi-dung=${long}` });
    expect((ok.json<{ body: Record<string, string> }>()).body['noi-dung']).toHaveLength(long.length);
    const tooLarge = await app.inject({ method: 'POST', url: '/gui', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: `noi-dung=${'a'.repeat(FORM_BODY_LIMIT + 1)}` });
    expect(tooLarge.statusCode).toBe(413);
    await app.close();
  });
});
