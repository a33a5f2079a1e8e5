/**
 * Anti-spam for the citizens' public forms (questions, comments on drafts) with no
 * third-party service and no script:
 * - a signed token in a hidden field, carrying which form, on which site, and when it
 *   was served: a post without one, with a forged one, or one from another form is
 *   refused; a form posted within MIN_FILL_MS of being served was not filled by a person;
 *   a token older than MAX_AGE_MS is refused (the form is shown again, filled, with a new one);
 * - a honeypot field inside an element marked `hidden`: people never see it, so a value
 *   in it is a robot's;
 * - a limit of posts per client address (web/public/forms/citizen-form-limit.ts).
 * A person who takes five seconds or more is never refused by the first two.
 */
import crypto from 'node:crypto';

/** The hidden field names. The honeypot's looks like one a robot would fill. */
export const FORM_TOKEN_FIELD = 'ma-bieu-mau';
export const HONEYPOT_FIELD = 'trang-web-ca-nhan';

/** Below five seconds, so a person filling a form at human speed is never refused. */
export const MIN_FILL_MS = 3_000;
/** A day: a person may leave a form open overnight and still send it the next morning. */
export const MAX_AGE_MS = 24 * 60 * 60 * 1000;

export type FormRefusal =
  /** No token, a token of another form or site, or a forged one. */
  | 'invalid'
  /** Posted faster than a person fills the form. */
  | 'too_fast'
  /** Served longer ago than MAX_AGE_MS. */
  | 'expired'
  /** The hidden field was filled. */
  | 'honeypot';

export type FormCheck = { ok: true } | { ok: false; refusal: FormRefusal };

export interface FormGuardOptions {
  /** 32 bytes, the same in every process (accounts/secret-box.ts `purposeKey`). */
  key: Buffer;
  now?: () => number;
}

/** A form is named by what it is for and where: `question`, `consultation-comment:12`… */
export interface FormScope {
  form: string;
  siteId: number;
}

const TOKEN_SHAPE = /^[0-9]{1,15}\.[A-Za-z0-9_-]{43}$/;

export class FormGuard {
  private readonly now: () => number;

  constructor(private readonly opts: FormGuardOptions) {
    if (opts.key.length < 32) throw new Error('FormGuard: khóa ký phải dài 32 byte.');
    this.now = opts.now ?? Date.now;
  }

  private sign(scope: FormScope, issuedAt: number): string {
    return crypto.createHmac('sha256', this.opts.key).update(`${scope.form}\n${scope.siteId}\n${issuedAt}`).digest('base64url');
  }

  /** A token for a form served now. */
  issue(scope: FormScope): string {
    const issuedAt = this.now();
    return `${issuedAt}.${this.sign(scope, issuedAt)}`;
  }

  /** Checks a posted form's token and honeypot (both as they came in the body: any type). */
  check(scope: FormScope, posted: { token: unknown; honeypot: unknown }): FormCheck {
    if (typeof posted.honeypot === 'string' && posted.honeypot.length > 0) return { ok: false, refusal: 'honeypot' };
    if (posted.honeypot !== undefined && typeof posted.honeypot !== 'string') return { ok: false, refusal: 'honeypot' };
    const token = posted.token;
    if (typeof token !== 'string' || token.length > 64 || !TOKEN_SHAPE.test(token)) return { ok: false, refusal: 'invalid' };
    const [stamp = '', signature = ''] = token.split('.');
    const issuedAt = Number(stamp);
    const expected = Buffer.from(this.sign(scope, issuedAt));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return { ok: false, refusal: 'invalid' };
    const age = this.now() - issuedAt;
    if (age < MIN_FILL_MS) return { ok: false, refusal: 'too_fast' };
    if (age > MAX_AGE_MS) return { ok: false, refusal: 'expired' };
    return { ok: true };
  }
}
