/** A backup, restore or data move that cannot go on: the message says why, in Vietnamese, for the operator. */
export class BackupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BackupError';
  }
}
