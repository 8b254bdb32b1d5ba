// A load generator in its own process (DESIGN §10): POSTs JSON with a fresh Idempotency-Key per request,
// so that every request is a new command. Reads its settings from argv[2] (JSON), prints autocannon's result.
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';

const { url, body, cookie, connections, duration, rate } = JSON.parse(process.argv[2]);
const result = await autocannon({
  url,
  method: 'POST',
  connections,
  duration,
  ...(rate ? { overallRate: rate } : {}),
  headers: { 'content-type': 'application/json', cookie },
  body: JSON.stringify(body),
  requests: [{ setupRequest: (req) => ({ ...req, headers: { ...req.headers, 'idempotency-key': randomUUID() } }) }],
});
process.stdout.write(
  JSON.stringify({
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    total: result.requests.total,
  }),
);
