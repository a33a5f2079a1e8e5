/** An import refused for a reason the operator can act on (a broken line, an unknown site); nothing was written. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}
