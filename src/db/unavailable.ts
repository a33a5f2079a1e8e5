/**
 * Whether an error thrown by a query means the database could not be reached or went
 * away (a restart, a network cut, a full pool, a locked SQLite file) rather than that the
 * request was wrong: such a request is worth trying again shortly, and the person is
 * told so (503 with Retry-After), not that the server failed. Pure: reads codes and
 * messages only.
 */

/** SQLSTATE classes and codes of a server that is going away or not there yet. */
const POSTGRES_UNAVAILABLE = new Set([
  '57P01', // admin_shutdown (a restart, pg_terminate_backend)
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, in recovery)
  '53300', // too_many_connections
  '08000', '08001', '08003', '08004', '08006', // connection exceptions
]);

/** Socket errors of node:net that the driver passes through. */
const NETWORK_UNAVAILABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/** SQLite: another connection holds the lock beyond busy_timeout. */
const SQLITE_UNAVAILABLE = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED']);

/** node-postgres raises these without a code when the server closes the connection. */
const PG_CLOSED_MESSAGES = ['Connection terminated', 'timeout exceeded when trying to connect', 'Client has encountered a connection error'];

export function isStorageUnavailable(error: unknown): boolean {
  if (error === null || typeof error !== 'object') return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (POSTGRES_UNAVAILABLE.has(code) || NETWORK_UNAVAILABLE.has(code) || SQLITE_UNAVAILABLE.has(code))) return true;
  return typeof message === 'string' && PG_CLOSED_MESSAGES.some((m) => message.startsWith(m));
}

/** How long to tell a client to wait: a restart of PostgreSQL takes a few seconds. */
export const STORAGE_RETRY_SECONDS = 5;
