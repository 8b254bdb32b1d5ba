import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.ts';
import { registerNoStore } from './no-store.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import { registerTextGuard } from './text-guard.ts';

/**
 * What every request and answer gets before any route (DESIGN §14): text no database can take refused as 400,
 * the security headers with the Content-Security-Policy, and `Cache-Control: no-store` outside public reference data.
 */
export function registerRequestPolicy(app: FastifyInstance, config: Pick<Config, 'MOTCUA_COOKIE_SECURE'>): void {
  registerTextGuard(app);
  registerSecurityHeaders(app, {
    contentSecurityPolicy: {
      directives: {
        'script-src': ["'self'"],
        // Ant Design writes its styles at run time.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        // A center's LAN install may be plain http: only ask browsers to upgrade when cookies are secure.
        'upgrade-insecure-requests': config.MOTCUA_COOKIE_SECURE ? [] : null,
      },
    },
    strictTransportSecurity: config.MOTCUA_COOKIE_SECURE,
  });
  registerNoStore(app);
}
