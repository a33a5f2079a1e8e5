/** A menu refused: what the rules or the site's content say is wrong, each with its field (400). */
import { DomainError, type FieldDetail } from '../errors/domain-error.js';
import { menuMessages } from './messages.js';

export class MenuError extends DomainError<'invalid_menu'> {
  constructor(fields: readonly FieldDetail[]) {
    super('invalid', 'invalid_menu', fields.map((f) => f.message).join(' '), { fields, title: menuMessages.invalidTitle });
    this.name = 'MenuError';
  }
}
