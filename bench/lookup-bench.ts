import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import { startDemoApp } from './demo-app.ts';
import { higherIsBetter, type Bench } from './harness.ts';
import { load } from './load.ts';

/** Warm up, then measure a GET for 5 s from autocannon's own process. */
async function measure(url: string) {
  await load(url, { seconds: 1 });
  return load(url, { seconds: 5 });
}

/**
 * The citizen's look-up by code and secret (DESIGN §10 "Look-up by code") through the whole app on the
 * PostgreSQL server, against a bare Fastify route answering the same JSON. Only failed look-ups are
 * throttled (per address, DESIGN §14), so a correct secret repeated is the look-up's steady state: no
 * limit needs switching off.
 */
export const lookupBench: Bench = {
  name: 'lookup',
  run: async () => {
    const demo = await startDemoApp();
    try {
      const received = await fetch(`${demo.address}/api/v1/dossiers`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: demo.cookie, 'idempotency-key': randomUUID() },
        body: JSON.stringify(demo.reception),
      });
      const { dossier, secret } = await received.json();
      const path = `/api/v1/lookup?code=${encodeURIComponent(dossier.code)}&secret=${encodeURIComponent(secret)}`;
      const answer = await (await fetch(`${demo.address}${path}`)).json();
      if (!answer.code) throw new Error(`look-up failed: ${JSON.stringify(answer)}`);
      const full = await measure(`${demo.address}${path}`);
      await demo.stopApp();

      const bare = Fastify();
      bare.get('/api/v1/lookup', async () => answer);
      const bareAddress = await bare.listen({ port: 0, host: '127.0.0.1' });
      const baseline = await measure(`${bareAddress}${path}`);
      await bare.close();
      return [
        higherIsBetter({
          name: 'look-up by code + secret (full app, pg)',
          unit: 'req/s',
          figure: full.requestsPerSecond,
          baseline: baseline.requestsPerSecond,
          baselineName: 'bare Fastify, same JSON',
          goal: '≥ 0.6',
          extra: `p99 ${full.p99Ms} ms vs ${baseline.p99Ms} ms; errors ${full.errors + full.non2xx}`,
        }),
      ];
    } finally {
      await demo.drop();
    }
  },
};
