/**
 * Reads `application/x-www-form-urlencoded` bodies — what a browser sends for a form
 * without script — in the calling plugin's scope only. Each field becomes a string (the
 * last one wins when a name repeats); the body is bounded, so a 100 KB field reaches
 * the route's schema and is refused there with the field named, and anything larger
 * gets the Vietnamese 413 page before it is parsed.
 */
import type { FastifyInstance } from 'fastify';

/** Room for the longest form (a question of 5,000 characters, each sent as %XX%XX). */
export const FORM_BODY_LIMIT = 256 * 1024;

export type FormFields = Record<string, string>;

export function registerFormBody(app: FastifyInstance): void {
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT }, (_request, body, done) => {
    const fields: FormFields = {};
    for (const [name, value] of new URLSearchParams(typeof body === 'string' ? body : body.toString('utf8'))) fields[name] = value;
    done(null, fields);
  });
}
