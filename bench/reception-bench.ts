import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startDemoApp } from './demo-app.ts';
import { probeReceptions } from './reception-anatomy.ts';
import { higherIsBetter, lowerIsBetter, type Bench } from './harness.ts';

const closedLoop = fileURLToPath(new URL('./autocannon-child.mjs', import.meta.url));
const paced = fileURLToPath(new URL('./paced-load.mjs', import.meta.url));
type Load = { requestsPerSecond: number; p99Ms: number; errors: number; non2xx: number; total: number };

/** Runs a load generator in its own process: `closedLoop` (as fast as answers come) or `paced` (a fixed rate). */
function post(generator: string, settings: object): Promise<Load> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [generator, JSON.stringify(settings)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (c) => (out += c));
    p.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`load generator exited ${code}`)),
    );
  });
}

/**
 * The same rows a reception writes (sequence, dossier, two events, an outbox mail), as plain SQL in one
 * transaction over the same pool, with as many at once as the HTTP load has connections.
 */
async function baseline(
  pool: pg.Pool,
  template: Record<string, unknown>,
  seconds: number,
  concurrency: number,
): Promise<number> {
  let done = 0;
  const until = Date.now() + seconds * 1000;
  const worker = async () => {
    while (Date.now() < until) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const { rows } = await client.query(
          `insert into dossier_sequence (unit_code, day, last) values ($1, $2, 1) on conflict (unit_code, day) do update set last = dossier_sequence.last + 1 returning last`,
          [template.agency_id, '2099-01-01'],
        );
        const code = `BENCH-${rows[0].last}-${randomBytes(4).toString('hex')}`;
        const d = await client.query(
          `insert into dossier (center_id, received_center_id, agency_id, field_id, code, procedure_version_id, procedure_code, status, version, channel, applicant, details, applicant_name, applicant_name_folded, phone_last4, secret_hash, submitted_at, received_at, due_at, state, stats, updated_at)
           values ($1,$1,$2,$13,$3,$4,$5,'received',2,'direct',$6,$7,$8,$9,$10,$11,now(),now(),now(),$12,$14,now()) returning id`,
          [
            template.center_id,
            template.agency_id,
            code,
            template.procedure_version_id,
            template.procedure_code,
            template.applicant,
            template.details,
            template.applicant_name,
            template.applicant_name_folded,
            template.phone_last4,
            template.secret_hash,
            template.state,
            template.field_id,
            JSON.stringify(template.stats),
          ],
        );
        for (const [seq, type] of [
          [1, 'open'],
          [2, 'receive'],
        ] as const) {
          await client.query(
            `insert into dossier_event (center_id, dossier_id, seq, type, from_status, to_status, at, agency_id, payload) values ($1,$2,$3,$4,null,'received',now(),$5,$6)`,
            [template.center_id, d.rows[0].id, seq, type, template.agency_id, template.state],
          );
        }
        await client.query(
          `insert into outbox (center_id, kind, dedupe_key, payload, created_at, available_at) values ($1,'mail',$2,$3,now(),now())`,
          [template.center_id, `bench:${randomUUID()}`, { to: 'x@example.vn' }],
        );
        await client.query(
          `insert into stat_delta (center_id, received_center_id, agency_id, field_id, day, received_direct, open) values ($1,$1,$2,$3,current_date,1,1), ($1,$1,$2,$3,current_date + 3,0,0)`,
          [template.center_id, template.agency_id, template.field_id],
        );
        await client.query(`select pg_notify('motcua_dossier', $1)`, [
          JSON.stringify({ centerId: template.center_id, agencyId: template.agency_id }),
        ]);
        await client.query('commit');
        done++;
      } catch (error) {
        await client.query('rollback');
        throw error;
      } finally {
        client.release();
      }
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return done / ((Date.now() - started) / 1000);
}

/** Reception at the counter through the whole app (DESIGN §10 "Intake") on the PostgreSQL server. */
export const receptionBench: Bench = {
  name: 'reception',
  run: async () => {
    let probe: ReturnType<typeof probeReceptions> | undefined;
    const demo = await startDemoApp({ beforeListen: (app) => (probe = probeReceptions(app)) });
    try {
      const target = {
        url: `${demo.address}/api/v1/dossiers`,
        body: demo.reception,
        cookie: demo.cookie,
        connections: 10,
      };
      await post(closedLoop, { ...target, duration: 2 }); // warm up
      const full = await post(closedLoop, { ...target, duration: 8 });
      probe!.start();
      const fixed = await post(paced, { ...target, duration: 10, rate: 200 });
      const anatomy = probe!.stop(fixed.total);
      await demo.stopApp();

      const pool = new pg.Pool({ connectionString: demo.databaseUrl, max: 10 });
      const { rows } = await pool.query(`select * from dossier limit 1`);
      const plain = await baseline(pool, rows[0], 8, 10);
      await pool.end();
      return [
        higherIsBetter({
          name: 'reception (POST /api/v1/dossiers, pg)',
          unit: 'rec/s',
          figure: full.requestsPerSecond,
          baseline: plain,
          baselineName: 'same rows, plain SQL txn',
          goal: '≥ 0.5',
          extra: `errors ${full.errors + full.non2xx} of ${full.total}`,
        }),
        lowerIsBetter({
          name: 'reception p99 at 200/s offered',
          unit: 'ms',
          figure: fixed.p99Ms,
          baseline: 50,
          baselineName: 'goal 50 ms',
          goal: 'p99 < 50 ms (ratio ≥ 1)',
          extra: `paced, ${fixed.requestsPerSecond.toFixed(0)}/s served, errors ${fixed.errors + fixed.non2xx} of ${fixed.total}; ${anatomy}`,
        }),
      ];
    } finally {
      await demo.drop();
    }
  },
};
