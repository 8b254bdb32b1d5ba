import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const flag = z
  .enum(['0', '1', 'true', 'false', ''])
  .optional()
  .transform((v) => v === '1' || v === 'true');
const emptyAsUndefined = (v: unknown) => (v === '' ? undefined : v);

/** The one reader of process.env (STYLE.md): parsed once at start, with clear messages. */
export const Config = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.preprocess(emptyAsUndefined, z.string().url().optional()),
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

/** Demo data goes into the embedded database always, into a server database only on request (DESIGN §3). */
export function wantsDemoData(config: Config): boolean {
  return !config.DATABASE_URL || config.MOTCUA_DEMO;
}
