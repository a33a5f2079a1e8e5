/**
 * Every setting, read once from the environment, validated and frozen. No other
 * module reads process.env. In production a missing or unsafe value stops the start.
 */
import path from 'node:path';
import { z } from 'zod';
import { parseTrustProxy, type TrustProxy } from './net/trust-proxy.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL phải bắt đầu bằng postgres:// (để trống để dùng SQLite)')
    .optional(),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'REDIS_URL phải bắt đầu bằng redis://').optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  ADMIN_PASSWORD: z.string().min(12, 'ADMIN_PASSWORD phải có ít nhất 12 ký tự').optional(),
  SESSION_SECRET: z.string().min(32, 'SESSION_SECRET phải có ít nhất 32 ký tự').optional(),
  PUBLIC_SCHEME: z.enum(['http', 'https']).optional(),
  PUBLIC_SERVICE_URL: z.string().url().default('https://dichvucong.gov.vn'),
  TRUST_PROXY: z.string().optional(),
  // No default: production loads the demo only when asked to (DEMO_SEED=auto).
  DEMO_SEED: z.enum(['auto', 'never']).optional(),
  METRICS_TOKEN: z.string().min(32, 'METRICS_TOKEN phải có ít nhất 32 ký tự').optional(),
  MEDIA_MAX_BYTES: z.coerce.number().int('MEDIA_MAX_BYTES phải là số nguyên (byte)').min(1024).max(1024 * 1024 * 1024).default(20 * 1024 * 1024),
  PAGE_CACHE: z.enum(['on', 'off'], { message: 'PAGE_CACHE phải là on hoặc off' }).default('on'),
  PAGE_CACHE_MB: z.coerce.number().int('PAGE_CACHE_MB phải là số nguyên (MB)').min(1).max(64 * 1024).default(128),
  PAGE_CACHE_TTL_SECONDS: z.coerce.number().int('PAGE_CACHE_TTL_SECONDS phải là số nguyên (giây)').min(1).max(86_400).default(60),
});

export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly mediaDir: string;
  readonly database: { readonly kind: 'sqlite'; readonly file: string } | { readonly kind: 'postgres'; readonly url: string };
  readonly redisUrl: string | undefined;
  readonly logLevel: (typeof LOG_LEVELS)[number];
  readonly adminPassword: string | undefined;
  readonly sessionSecret: string | undefined;
  /** Scheme of links to configured (non-localhost) hostnames. */
  readonly publicScheme: 'http' | 'https';
  /** Target of the "Dịch vụ công trực tuyến" menu item unless a site sets its own. */
  readonly publicServiceUrl: string;
  /** Which proxies in front may name the client: none, a hop count, or their addresses. */
  readonly trustProxy: TrustProxy;
  readonly demoSeed: 'auto' | 'never';
  /** Largest file accepted by the media upload, in bytes. */
  readonly mediaMaxBytes: number;
  /** Bearer token that opens /metrics to a scraper that is not on this machine; unset: loopback only. */
  readonly metricsToken: string | undefined;
  /**
   * The public pages kept rendered in memory (web/page-cache): off only to measure the
   * uncached path. Entries leave when what they show changes, or after ttlSeconds at most
   * (the footer's visit numbers, and changes made by the CLI, which announces nothing).
   */
  readonly pageCache: { readonly enabled: boolean; readonly maxBytes: number; readonly ttlSeconds: number };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Cấu hình không hợp lệ:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and checks the environment; throws ConfigError listing every problem at once. */
export function loadConfig(environment: Record<string, string | undefined> = process.env): Config {
  // Empty strings (FOO= in an env file) mean "not set".
  const present = Object.fromEntries(Object.entries(environment).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const problems: string[] = [];
  if (production && e.SESSION_SECRET === undefined) {
    problems.push('SESSION_SECRET: bắt buộc khi NODE_ENV=production (ít nhất 32 ký tự ngẫu nhiên)');
  }
  if (production && e.PUBLIC_SCHEME === 'http') {
    problems.push('PUBLIC_SCHEME: môi trường production phải dùng https');
  }
  if (production && (e.LOG_LEVEL === 'debug' || e.LOG_LEVEL === 'trace')) {
    problems.push('LOG_LEVEL: debug/trace có thể ghi dữ liệu nhạy cảm, không dùng trong production');
  }
  const trustProxy = parseTrustProxy(e.TRUST_PROXY);
  if (!trustProxy.ok) problems.push(trustProxy.problem);
  if (problems.length > 0 || !trustProxy.ok) throw new ConfigError(problems);

  const dataDir = path.resolve(e.DATA_DIR);
  return Object.freeze({
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir,
    mediaDir: path.join(dataDir, 'media'),
    database: e.DATABASE_URL
      ? Object.freeze({ kind: 'postgres' as const, url: e.DATABASE_URL })
      : Object.freeze({ kind: 'sqlite' as const, file: path.join(dataDir, 'govportal.sqlite') }),
    redisUrl: e.REDIS_URL,
    logLevel: e.LOG_LEVEL,
    adminPassword: e.ADMIN_PASSWORD,
    sessionSecret: e.SESSION_SECRET,
    publicScheme: e.PUBLIC_SCHEME ?? (production ? 'https' : 'http'),
    publicServiceUrl: e.PUBLIC_SERVICE_URL,
    trustProxy: trustProxy.value,
    demoSeed: e.DEMO_SEED ?? (production ? 'never' : 'auto'),
    mediaMaxBytes: e.MEDIA_MAX_BYTES,
    metricsToken: e.METRICS_TOKEN,
    pageCache: Object.freeze({ enabled: e.PAGE_CACHE === 'on', maxBytes: e.PAGE_CACHE_MB * 1024 * 1024, ttlSeconds: e.PAGE_CACHE_TTL_SECONDS }),
  });
}

/**
 * The password the account commands (user:create, user:reset-password) should set,
 * from GOVPORTAL_NEW_PASSWORD: an input of one command, not a setting, so it is not
 * part of Config. Undefined when unset or empty (a random one is printed instead).
 */
export function newPasswordFromEnvironment(environment: Record<string, string | undefined> = process.env): string | undefined {
  const value = environment['GOVPORTAL_NEW_PASSWORD'];
  return value === undefined || value === '' ? undefined : value;
}
