import { isIP } from 'node:net';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const flag = z
  .enum(['0', '1', 'true', 'false', ''])
  .optional()
  .transform((v) => v === '1' || v === 'true');
const emptyAsUndefined = (v: unknown) => (v === '' ? undefined : v);

/** The names Fastify's `trustProxy` (proxy-addr) gives to private ranges. */
const PROXY_RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];
/** An address, a CIDR range (10.0.0.0/8, fd00::/8) or a range's name, as Fastify's `trustProxy` takes them. */
function isProxyAddress(entry: string): boolean {
  const [address = '', bits, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0) return PROXY_RANGE_NAMES.includes(entry);
  if (bits === undefined) return true;
  return rest.length === 0 && /^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128);
}

/**
 * Which reverse proxies' X-Forwarded-For to believe (DESIGN §14), so that throttles count each citizen's own
 * address: a number of hops, or the proxies' addresses and ranges separated by commas. `true` (believe anyone,
 * so anyone can pick the address a throttle counts) is refused; unset: no proxy, the peer's address counts.
 */
const TrustProxy = z.string().transform((value, ctx): number | string[] => {
  if (/^\d+$/.test(value.trim())) return Number(value);
  const entries = value
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');
  const wrong = entries.filter((e) => !isProxyAddress(e));
  if (entries.length > 0 && wrong.length === 0) return entries;
  ctx.addIssue({
    code: 'custom',
    message: `a number of hops, or proxy addresses or CIDR ranges separated by commas (not ${wrong.join(', ') || 'empty'})`,
  });
  return z.NEVER;
});

/** The one reader of process.env (STYLE.md): parsed once at start, with clear messages. */
export const Config = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.preprocess(emptyAsUndefined, z.string().url().optional()),
  /** The owner that runs the migrations (DESIGN §14); unset: `DATABASE_URL` migrates too, with a warning. */
  DATABASE_ADMIN_URL: z.preprocess(emptyAsUndefined, z.string().url().optional()),
  DATABASE_READ_URL: z.preprocess(emptyAsUndefined, z.string().url().optional()),
  MOTCUA_DATA_DIR: z.string().default(`${repoRoot}data`),
  MOTCUA_DEMO: flag,
  MOTCUA_DEMO_NOW: z.preprocess(emptyAsUndefined, z.iso.datetime({ offset: true }).optional()),
  MOTCUA_DEMO_PASSWORD: z.preprocess(emptyAsUndefined, z.string().min(8).default('motcua-demo')),
  MOTCUA_ADMIN_PASSWORD: z.preprocess(
    emptyAsUndefined,
    z.string().min(12, 'MOTCUA_ADMIN_PASSWORD needs at least 12 characters').optional(),
  ),
  MOTCUA_COOKIE_SECURE: flag,
  /** The address citizens reach the center at, printed in the receipt's QR code; unset: the server's own address. */
  MOTCUA_PUBLIC_URL: z.preprocess(emptyAsUndefined, z.string().url().optional()),
  /** SMTP server for the applicants' mails (smtp://user:pass@host:587); without it mails wait in the outbox. */
  MOTCUA_SMTP_URL: z.preprocess(emptyAsUndefined, z.string().url().optional()),
  MOTCUA_MAIL_FROM: z.string().default('Trung tâm Phục vụ hành chính công <no-reply@motcua.local>'),
  MOTCUA_WEB_DIST: z.string().default(`${repoRoot}apps/web/dist`),
  MOTCUA_TRUST_PROXY: z.preprocess(emptyAsUndefined, TrustProxy.optional()).transform((v) => v ?? false),
  /** The embedded database's lease (db/lock-lease.ts): a heartbeat every 2 s, taken over after 30 s of silence. */
  MOTCUA_LOCK_BEAT_MS: z.coerce.number().int().min(10).default(2_000),
  MOTCUA_LOCK_STALE_MS: z.coerce.number().int().min(100).default(30_000),
  /** The national identity log-in (DESIGN §15): an OpenID Connect provider; unset, the log-in is not offered. */
  MOTCUA_OIDC_ISSUER: z.preprocess(emptyAsUndefined, z.string().url().optional()),
  MOTCUA_OIDC_CLIENT_ID: z.preprocess(emptyAsUndefined, z.string().optional()),
  /** Unset: a public client, proven by PKCE alone. */
  MOTCUA_OIDC_CLIENT_SECRET: z.preprocess(emptyAsUndefined, z.string().optional()),
  MOTCUA_OIDC_SCOPE: z.preprocess(emptyAsUndefined, z.string().default('openid')),
  MOTCUA_OIDC_CLAIM_IDENTITY: z.preprocess(emptyAsUndefined, z.string().default('SoDinhDanh')),
  MOTCUA_OIDC_CLAIM_NAME: z.preprocess(emptyAsUndefined, z.string().default('HoVaTen')),
  MOTCUA_OIDC_CLAIM_BIRTH_DATE: z.preprocess(emptyAsUndefined, z.string().default('NgayThangNamSinh')),
  MOTCUA_OIDC_LABEL: z.preprocess(emptyAsUndefined, z.string().default('VNeID')),
  /** A local test provider beside the app (never VNeID); default on for demo data without a configured issuer. */
  MOTCUA_LOCAL_IDENTITY_PROVIDER: z.enum(['0', '1', 'true', 'false', '']).optional(),
  /** Its port; unset: the app's port + 1 (a free one when PORT is 0). */
  MOTCUA_LOCAL_IDENTITY_PROVIDER_PORT: z.preprocess(
    emptyAsUndefined,
    z.coerce.number().int().min(0).max(65535).optional(),
  ),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});
export type Config = z.infer<typeof Config>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Config.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/**
 * The setting as Fastify's `trustProxy` takes it: its types have no number of hops, so hops become the function
 * Fastify itself makes of one (the `hop` nearest proxies are believed, the client is the next address out).
 */
export function trustProxyOption(setting: Config['MOTCUA_TRUST_PROXY'] = false) {
  return typeof setting === 'number' ? (_address: string, hop: number) => hop < setting : setting;
}

export const leaseTiming = (config: Config) => ({
  beatMs: config.MOTCUA_LOCK_BEAT_MS,
  staleAfterMs: config.MOTCUA_LOCK_STALE_MS,
});

/** Whether main.ts starts the local test identity provider: as asked, else for demo data when no issuer is set. */
export function wantsLocalIdentityProvider(config: Config): boolean {
  const asked = config.MOTCUA_LOCAL_IDENTITY_PROVIDER;
  if (asked !== undefined && asked !== '') return asked === '1' || asked === 'true';
  return wantsDemoData(config) && !config.MOTCUA_OIDC_ISSUER;
}

/** Demo data goes into the embedded database always, into a server database only on request (DESIGN §3). */
export function wantsDemoData(config: Config): boolean {
  return !config.DATABASE_URL || config.MOTCUA_DEMO;
}
