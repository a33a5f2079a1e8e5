/** A mistake of the operator at the command line: the message is all they need to see ("Lỗi: …", exit code 1). */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}
