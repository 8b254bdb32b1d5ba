import { PassThrough } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { access } from '../../platform/http/route-access.ts';
import type { DashboardStreamService } from './dashboard-stream-service.ts';

/** A comment line this often keeps proxies and load balancers from closing a quiet stream. */
export const HEARTBEAT_MS = 25_000;

const sseEvent = (event: string, data: unknown) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

/**
 * Server-sent events for the leaders' dashboard (DESIGN §8 "updated live"): `ready` once subscribed,
 * then `changed` when a dossier of the caller's scope moves; the page then reloads its figures.
 *
 * The events go out through `reply.send(stream)` rather than `reply.hijack()`: Fastify then writes
 * the headers the security hook put on the reply, logs the request like any other, and destroys the
 * stream when the client goes away, which is where we unsubscribe. A hijacked reply would skip all three.
 */
export const dashboardStreamRoutes =
  (deps: { changes: DashboardStreamService }): FastifyPluginAsyncZod =>
  async (app) => {
    const open = new Set<PassThrough>();
    // A stream never ends by itself: end them first, or closing the server waits for them forever.
    app.addHook('preClose', async () => {
      for (const stream of open) stream.end();
    });

    app.get(
      '/api/v1/dashboard/stream',
      {
        // A director hears every agency; an agency head only their own.
        config: access.ownAgency('agency_head', 'director'),
        // No response schema: the answer is a stream, not a body the serializer could check.
        schema: {
          tags: ['dashboard'],
          summary: 'Luồng sự kiện (text/event-stream): hồ sơ thay đổi, bảng điều hành tải lại số liệu',
        },
      },
      async (request, reply) => {
        const stream = new PassThrough();
        const write = (text: string) => {
          if (stream.writable) stream.write(text);
        };
        const unsubscribe = deps.changes.subscribe(request.user!, (change) =>
          write(sseEvent('changed', { agencyId: change.agencyId })),
        );
        const heartbeat = setInterval(() => write(': heartbeat\n\n'), HEARTBEAT_MS);
        open.add(stream);
        stream.once('close', () => {
          clearInterval(heartbeat);
          unsubscribe();
          open.delete(stream);
        });
        write(sseEvent('ready', {}));
        return reply
          .headers({ 'content-type': 'text/event-stream', 'cache-control': 'no-cache', 'x-accel-buffering': 'no' })
          .send(stream);
      },
    );
  };
