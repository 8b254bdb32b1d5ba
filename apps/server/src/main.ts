import { buildApp } from './app.ts';
import { loadConfig, wantsLocalIdentityProvider } from './config.ts';
import { identitySettingsOf } from './modules/identity/identity-settings.ts';
import { startLocalIdentity } from './start/local-identity.ts';
import { openConfiguredDatabase } from './start/open-configured.ts';
import { listeningUrl } from './start/public-url.ts';
import { createOutboxWorker } from './platform/outbox/outbox-worker.ts';
import { smtpTransport } from './platform/outbox/smtp-transport.ts';
import { startStatisticsCompactor } from './modules/statistics/stat-compactor.ts';
import { createChangeFeed } from './platform/notify/change-feed.ts';
import { startRulesWatch } from './platform/notify/rules-watch.ts';
import { backfillStatistics } from './modules/statistics/stat-backfill.ts';
import { createCalendarService } from './modules/calendar/calendar-service.ts';
import { createCenterRepo } from './modules/center/center-repo.ts';
import { createShutdown, stopOnSignals } from './platform/shutdown.ts';

/** How often the statistics' deltas are folded into days (reports read both, so this is about speed only). */
const COMPACT_EVERY_MS = 60_000;

const startedAt = performance.now();
const progress = (message: string) => console.log(`[motcua] ${message}`);

// Exits after the last step closed the database (and released the data directory's lock), or past the bound.
const shutdown = createShutdown({ log: progress, exit: (code) => process.exit(code) });

try {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config, progress);
  shutdown.add('database', () => database.close());
  stopOnSignals(shutdown);
  // Dossiers stored before the statistics existed get theirs before the first report is served.
  const calendar = createCalendarService({
    db: database.db,
    now: () => new Date(),
    ...createCenterRepo(database.db),
  });
  await backfillStatistics(database.db, await calendar.provinceClock(), progress);
  // One LISTEN per process: dashboards hear every process's transitions (DESIGN §8).
  const feed = createChangeFeed(database.listen);
  await feed.start();
  shutdown.add('change feed', () => feed.close());
  // Rules (catalog, calendar) are cached until any process changes them (DESIGN §3, platform/notify/rules-watch).
  const rules = await startRulesWatch(database.listen);
  shutdown.add('rules watch', () => rules.close());
  // The national identity log-in: the configured provider, or the demo's local test one (stopped after the app).
  const local = wantsLocalIdentityProvider(config) ? await startLocalIdentity(config, progress) : undefined;
  if (local) shutdown.add('local identity provider', local.close);
  const identity = local?.settings ?? identitySettingsOf(config);
  const app = await buildApp({ config: { ...config, identity }, db: database.db, feed, rules });
  const mailer = config.MOTCUA_SMTP_URL
    ? createOutboxWorker({
        db: database.db,
        transport: smtpTransport(config.MOTCUA_SMTP_URL, config.MOTCUA_MAIL_FROM),
        now: () => new Date(),
        log: (m) => app.log.warn(m),
      })
    : undefined;
  const stopCompactor = startStatisticsCompactor(database.db, COMPACT_EVERY_MS, (m) => app.log.warn(m));
  shutdown.add('statistics compactor', stopCompactor);
  if (mailer) {
    mailer.start();
    shutdown.add('outbox worker', () => mailer.stop());
  } else progress('mail: MOTCUA_SMTP_URL is not set, mails wait in the outbox');
  // First to stop: no new connections, in-flight requests finish, open dashboard streams end (app.close()).
  shutdown.add('http server', () => app.close());
  await app.listen({ port: config.PORT, host: config.HOST });
  const address = app.server.address();
  const url = address && typeof address === 'object' ? listeningUrl(address) : `http://${config.HOST}:${config.PORT}`;
  progress(`ready in ${((performance.now() - startedAt) / 1000).toFixed(1)} s at ${url}/`);
} catch (error) {
  console.error(`[motcua] cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
