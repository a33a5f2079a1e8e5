/**
 * Refusals of the site administration, with a Vietnamese message a person can act on.
 * The admin maps the kind to a status once; the CLI prints the message.
 */
import { DomainError, type ErrorKind } from '../errors/domain-error.js';

export type SiteErrorCode = 'forbidden' | 'not_found' | 'slug_taken' | 'hostname_taken' | 'invalid_parent' | 'second_root' | 'parent_cycle' | 'demo_parent' | 'archived' | 'same_site' | 'invalid_successor';

const KIND: Record<SiteErrorCode, ErrorKind> = {
  forbidden: 'forbidden',
  not_found: 'not-found',
  slug_taken: 'conflict',
  hostname_taken: 'conflict',
  invalid_parent: 'invalid',
  second_root: 'invalid',
  parent_cycle: 'invalid',
  demo_parent: 'conflict',
  archived: 'conflict',
  same_site: 'invalid',
  invalid_successor: 'invalid',
};

export class SiteError extends DomainError<SiteErrorCode> {
  constructor(code: SiteErrorCode, message: string, field?: string) {
    super(KIND[code], code, message, { fields: field !== undefined ? [{ field, message }] : undefined });
    this.name = 'SiteError';
  }
}
