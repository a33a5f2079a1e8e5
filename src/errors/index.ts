export { DomainError, isDomainError, type DomainErrorOptions, type ErrorKind, type FieldDetail } from './domain-error.js';
export { KIND_STATUS, KIND_TITLE, type DomainErrorStatus } from './http-status.js';
