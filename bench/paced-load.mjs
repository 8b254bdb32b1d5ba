// A fixed offered load (DESIGN §10: "p99 latency at a fixed offered load of 200 intakes a second"), in its
// own process. autocannon's rate is not one: each connection fires its share of the second back to back
// when the second starts, then waits, so its p99 is the latency of a burst of 200 queued behind 10
// connections. Here requests leave at even intervals whatever the answers do (open loop), and each
// latency counts from the moment the request was due to leave: a server (or a generator starved of CPU)
// that falls behind is charged for the wait, never excused by it (no coordinated omission).
// Settings in argv[2] (JSON): url, body, cookie, rate (per second), duration (seconds). Prints the result.
import { randomUUID } from 'node:crypto';
import http from 'node:http';

const { url, body, cookie, rate, duration } = JSON.parse(process.argv[2]);
const target = new URL(url);
const payload = Buffer.from(JSON.stringify(body));
const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
const interval = 1000 / rate;
const total = Math.round(rate * duration);
const latencies = [];
let errors = 0;
let non2xx = 0;
let lastDone = 0;

function send(due) {
  return new Promise((resolve) => {
    const headers = {
      'content-type': 'application/json',
      'content-length': payload.length,
      cookie,
      'idempotency-key': randomUUID(),
    };
    const request = http.request(
      { agent, host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers },
      (response) => {
        response.resume();
        response.on('end', () => {
          lastDone = performance.now();
          if (response.statusCode < 200 || response.statusCode >= 300) non2xx++;
          else latencies.push(lastDone - due);
          resolve();
        });
      },
    );
    request.on('error', () => {
      errors++;
      resolve();
    });
    request.end(payload);
  });
}

const start = performance.now();
const pending = [];
for (let i = 0; i < total; i++) {
  const due = start + i * interval;
  const wait = due - performance.now();
  // A timer may fire late: the requests due meanwhile leave at once, and their latency still counts from `due`.
  if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
  pending.push(send(due));
}
await Promise.all(pending);
agent.destroy();

latencies.sort((a, b) => a - b);
const percentile = (q) =>
  latencies.length === 0 ? NaN : latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)];
process.stdout.write(
  JSON.stringify({
    requestsPerSecond: latencies.length / ((lastDone - start) / 1000),
    p50Ms: percentile(0.5),
    p99Ms: percentile(0.99),
    maxMs: latencies.at(-1) ?? NaN,
    errors,
    non2xx,
    total,
  }),
);
