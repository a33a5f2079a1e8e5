/** The process logger (pino). Fastify gets its own child with the same level. */
import pino, { type Logger } from 'pino';
import type { Config } from './config.js';

export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({ level: config.logLevel, redact: { paths: ['*.password', '*.passwordHash', '*.password_hash', 'req.headers.cookie', 'req.headers.authorization'], censor: '[ẩn]' } });
}
