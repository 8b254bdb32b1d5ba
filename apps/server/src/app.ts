import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { trustProxyOption, type Config } from './config.ts';
import type { Database, Executor } from './db/database.ts';
import { authRoutes } from './modules/auth/auth-routes.ts';
import { createAuthRepo } from './modules/auth/auth-repo.ts';
import { createAuthService } from './modules/auth/auth-service.ts';
import { healthRoutes } from './modules/health/health-routes.ts';
import { calendarRoutes } from './modules/calendar/calendar-routes.ts';
import { createCalendarService } from './modules/calendar/calendar-service.ts';
import { createCenterRepo } from './modules/center/center-repo.ts';
import { createCatalogRepo } from './modules/catalog/catalog-repo.ts';
import { createDossierDocuments } from './modules/dossier/dossier-documents.ts';
import { publicUrlOf } from './start/public-url.ts';
import { dossierRoutes } from './modules/dossier/dossier-routes.ts';
import { createListDossiers } from './modules/dossier/list-dossiers.ts';
import { createLookupService } from './modules/dossier/lookup-service.ts';
import { createReceiveDossier } from './modules/dossier/receive-dossier.ts';
import { createTransitionDossier } from './modules/dossier/transition-dossier.ts';
import { createViewDossier } from './modules/dossier/view-dossier.ts';
import { createDossierRepo } from './modules/dossier/dossier-repo.ts';
import { createPersonalDataAccessService } from './modules/personal-data-access/personal-data-access-service.ts';
import { personalDataAccessRoutes } from './modules/personal-data-access/personal-data-access-routes.ts';
import { writeStatDelta } from './modules/statistics/stat-rows.ts';
import { reportsRoutes } from './modules/reports/reports-routes.ts';
import { createResolutionService } from './modules/reports/resolution-service.ts';
import { createNationalIndexService } from './modules/reports/national-index-service.ts';
import { createReportFilesService } from './modules/reports/report-files-service.ts';
import { createReportExportService } from './modules/reports/report-export-service.ts';
import { dashboardRoutes } from './modules/dashboard/dashboard-routes.ts';
import { ratingRoutes } from './modules/rating/rating-routes.ts';
import { documentRoutes } from './modules/document/document-routes.ts';
import { counterRoutes } from './modules/counter/counter-routes.ts';
import { createCounterService } from './modules/counter/counter-service.ts';
import { currentCounterId } from './modules/counter/counter-repo.ts';
import { delegationRoutes } from './modules/delegation/delegation-routes.ts';
import { consultationRoutes } from './modules/consultation/consultation-routes.ts';
import { createListConsultations } from './modules/consultation/list-consultations.ts';
import { createDelegationService, delegatedWorkers } from './modules/delegation/delegation-service.ts';
import { createDocumentService } from './modules/document/document-service.ts';
import { createRatingService } from './modules/rating/rating-service.ts';
import { dashboardStreamRoutes } from './modules/dashboard/dashboard-stream-routes.ts';
import { createDashboardStreamService } from './modules/dashboard/dashboard-stream-service.ts';
import type { ChangeFeed } from './platform/notify/change-feed.ts';
import type { RulesWatch } from './platform/notify/rules-watch.ts';
import { withInForceCache } from './modules/catalog/catalog-in-force-cache.ts';
import { createDashboardService } from './modules/dashboard/dashboard-service.ts';
import { catalogRoutes } from './modules/catalog/catalog-routes.ts';
import { catalogExcelRoutes } from './modules/catalog/catalog-excel-routes.ts';
import { createCatalogImportService } from './modules/catalog/catalog-import-service.ts';
import { createCatalogService } from './modules/catalog/catalog-service.ts';
import { registerAccessGuard } from './platform/auth/access-guard.ts';
import { frameworkErrorHandler, registerProblemHandler, sendProblem } from './platform/errors/problem-handler.ts';
import { registerOpenApi } from './platform/http/openapi.ts';
import { registerRequestPolicy } from './platform/http/request-policy.ts';
import { registerCsrfGuard } from './platform/http/csrf-guard.ts';
import { isSpaRequest, registerWebApp } from './platform/http/web-app.ts';
import { genReqId, loggerOptions } from './platform/logger.ts';
import { backupRoutes } from './backup/backup-routes.ts';
import { registerAdministration } from './administration.ts';
import { registerCitizens, type CitizenDeps } from './citizens.ts';
import { createBackupService } from './backup/backup-service.ts';

export type AppDeps = {
  config: Pick<Config, 'LOG_LEVEL' | 'MOTCUA_COOKIE_SECURE' | 'MOTCUA_WEB_DIST'> &
    Partial<Pick<Config, 'MOTCUA_PUBLIC_URL' | 'MOTCUA_TRUST_PROXY'>> & { identity?: CitizenDeps['identity'] };
  db: Database;
  now?: () => Date;
  /** Where logs go (stdout by default); tests read them to check nothing personal is logged. */
  logStream?: NodeJS.WritableStream;
  /** The live dossier change feed (main.ts makes it from the database handle); without it there is no dashboard stream. */
  feed?: ChangeFeed;
  /** Hears every change of the rules (catalog, calendar); with it their reads are cached until one comes. */
  rules?: RulesWatch;
  /** Extra routes to register (tests use it to add a route and see the guard at work). */
  extraRoutes?: (app: FastifyInstance) => void | Promise<void>;
};

/** Builds the whole app without listening (fastify/demo style): tests inject, main.ts listens. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, db } = deps;
  const now = deps.now ?? (() => new Date());
  const app = Fastify({
    logger: loggerOptions(config.LOG_LEVEL, deps.logStream),
    genReqId,
    requestIdHeader: false,
    // Without MOTCUA_TRUST_PROXY the peer is the client (DESIGN §14): no header can choose the address a throttle counts.
    trustProxy: trustProxyOption(config.MOTCUA_TRUST_PROXY),
    bodyLimit: 1024 * 1024,
    // A whole QR text may come as a path parameter (≤ 300 characters, percent-encoded up to 3 bytes each); longer is 400.
    routerOptions: { maxParamLength: 1024 },
    frameworkErrors: frameworkErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  registerProblemHandler(app);
  registerRequestPolicy(app, config);
  await app.register(cookie);
  await registerOpenApi(app);

  const auth = createAuthService({ repo: createAuthRepo(db), now });
  registerAccessGuard(app, (token) => auth.findSessionUser(token));
  // After the access guard: who may call comes first (401/403), then how the command was sent (415/403).
  registerCsrfGuard(app, { publicUrl: config.MOTCUA_PUBLIC_URL });
  await app.register(healthRoutes);
  const secureCookie = config.MOTCUA_COOKIE_SECURE;
  await app.register(authRoutes({ auth, secureCookie }));
  const centers = createCenterRepo(db);
  const calendar = createCalendarService({ db, now, ...centers, rules: deps.rules });
  const catalog = createCatalogService({
    db,
    now,
    provinceCenterId: centers.provinceCenterId,
    provinceCenterName: centers.provinceCenterName,
    rules: deps.rules,
  });
  await app.register(calendarRoutes({ calendar }));
  await app.register(catalogRoutes({ catalog }));
  const clocks = calendar.clocks;
  const accessLog = createPersonalDataAccessService({ db, now });
  // The dossier use cases; what they need of other modules is handed to them here, never imported by them.
  const commands = {
    db,
    now,
    clocks,
    catalog: withInForceCache(createCatalogRepo(db), deps.rules),
    today: catalog.today,
    getCenter: (tx: Executor, id: string) => createCenterRepo(tx).getCenter(id),
    statDelta: writeStatDelta,
  };
  const dossiers = {
    receive: createReceiveDossier({ ...commands, counterOf: currentCounterId }),
    transition: createTransitionDossier(commands),
    list: createListDossiers({ db, now, clocks, delegatedWorkers: (userId, at) => delegatedWorkers(db, userId, at) }),
    view: createViewDossier({ db, now, clocks, recordView: accessLog.record }),
  };
  // The stored dossier, not an officer's view of it: forms print it, the rating checks the staff's agency on it.
  const storedDossiers = createDossierRepo(db);
  const publicUrl = publicUrlOf(config.MOTCUA_PUBLIC_URL, app.server);
  const documents = createDossierDocuments({
    dossiers: storedDossiers,
    centerOf: centers.getCenter,
    publicUrl,
    now,
    recordView: accessLog.record,
  });
  const lookup = createLookupService({ db, now, clocks, failures: createAuthRepo(db) });
  await app.register(dossierRoutes({ dossiers, documents, lookup }));
  await app.register(personalDataAccessRoutes({ accessLog }));
  await app.register(documentRoutes({ documents: createDocumentService({ db, now, recordView: accessLog.record }) }));
  const ratings = createRatingService({
    db,
    now,
    verifyLookup: (query, address) => lookup.verify(query, address),
    findDossier: (code) => storedDossiers.findByCode(code),
    counterOf: (userId) => currentCounterId(db, userId, now().getTime()),
  });
  await app.register(counterRoutes({ counters: createCounterService({ db, now }) }));
  await app.register(ratingRoutes({ ratings }));
  const resolution = createResolutionService({ db });
  const reportExports = createReportExportService({ db, now, log: app.log });
  app.addHook('onClose', () => reportExports.idle()); // an export finishes before the database closes
  await app.register(
    reportsRoutes({
      resolution,
      nationalIndex: createNationalIndexService({ db, resolution, satisfaction: ratings.satisfaction }),
      files: createReportFilesService({ db, now, centerName: centers.provinceCenterName, resolution }),
      exports: reportExports,
    }),
  );
  await app.register(
    dashboardRoutes({ dashboard: createDashboardService({ db, now, satisfaction: ratings.satisfaction }) }),
  );
  if (deps.feed)
    await app.register(dashboardStreamRoutes({ changes: createDashboardStreamService({ feed: deps.feed }) }));
  const catalogImports = createCatalogImportService({
    db,
    now,
    provinceCenterId: centers.provinceCenterId,
    log: app.log,
    rules: deps.rules,
  });
  app.addHook('onClose', () => catalogImports.idle()); // an import finishes before the database closes
  await app.register(catalogExcelRoutes({ imports: catalogImports }));
  await app.register(delegationRoutes({ delegations: createDelegationService({ db, now }) }));
  await app.register(consultationRoutes({ list: createListConsultations({ db, now, clock: calendar.provinceClock }) }));
  await app.register(backupRoutes({ backups: createBackupService({ db, now, log: app.log }) }));
  await registerAdministration(app, { db, now, log: app.log, rules: deps.rules, publicUrl });
  await registerCitizens(app, { ...commands, log: app.log, auth, secureCookie, publicUrl, identity: config.identity });
  await deps.extraRoutes?.(app);

  const hasWeb = await registerWebApp(app, config.MOTCUA_WEB_DIST);
  app.setNotFoundHandler((request, reply) => {
    if (hasWeb && isSpaRequest(request.method, request.url)) return reply.type('text/html').sendFile('index.html');
    return sendProblem(request, reply, 'route.not_found');
  });
  return app;
}
