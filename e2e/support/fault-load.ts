import { randomUUID } from 'node:crypto';
import type { APIRequestContext } from 'playwright-core';
import { completeTicks } from '../../apps/server/src/test/complete-ticks.ts';
import { API_APPLICANT, passportProcedure } from './receptions.ts';
import { apiSignedIn, signInAtCounter } from './sessions.ts';

/** What the load saw: each figure counts answers the client got, not what the server stored. */
export type LoadFigures = {
  /** Dossiers whose reception was answered 201 (after retries with the same Idempotency-Key). */
  acknowledged: { id: string; code: string }[];
  /** Transitions answered 2xx. */
  transitions: number;
  /** 503 answers (database unreachable) and requests that got no answer at all (server killed or restarting). */
  unavailable: number;
  unanswered: number;
  /** Answers that are neither 2xx nor 503: each one a bug (a 500 of a lost connection, a 409 of a replay…). */
  unexpected: string[];
};

const RETRY_MS = 250;
/** A command is retried, with its key, for this long; past it the load gives up on it (and the test fails). */
const GIVE_UP_MS = 90_000;
/** The name every dossier of the load carries, so that the audit finds them among the demo's. */
export const LOAD_NAME_PREFIX = 'Faults ';

/**
 * Receptions at the counter and their first transition (start of appraisal), by `workers` clients at once, until
 * stopped. Every command carries an Idempotency-Key and is retried with the same key after a 503 or a lost
 * answer, as the web client does: the server must then store it exactly once.
 */
export async function startFaultLoad(baseURL: string, workers = 3) {
  const counter = await apiSignedIn(baseURL, 'congan.counter');
  const appraiser = await apiSignedIn(baseURL, 'congan.appraiser');
  const { code: procedureCode, checklist } = await passportProcedure(counter);
  await signInAtCounter(counter);
  const figures: LoadFigures = { acknowledged: [], transitions: 0, unavailable: 0, unanswered: 0, unexpected: [] };
  let stopping = false;
  let serial = 0;

  async function command(api: APIRequestContext, url: string, data: object) {
    const key = randomUUID();
    const started = Date.now();
    while (Date.now() - started < GIVE_UP_MS) {
      try {
        const res = await api.post(url, { data, headers: { 'Idempotency-Key': key } });
        if (res.ok()) return (await res.json()) as Record<string, unknown>;
        if (res.status() === 503) figures.unavailable++;
        else return void figures.unexpected.push(`${res.status()} ${url}: ${await res.text()}`);
      } catch {
        figures.unanswered++;
      }
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
    figures.unexpected.push(`gave up on ${url} after ${GIVE_UP_MS / 1000} s`);
  }

  async function worker() {
    while (!stopping) {
      const n = ++serial;
      const applicant = { ...API_APPLICANT, fullName: `${LOAD_NAME_PREFIX}${n}`, email: `faults${n}@example.vn` };
      const body = { procedureCode, applicant, ticks: completeTicks(checklist), resultDelivery: 'counter' };
      const received = (await command(counter, '/api/v1/dossiers', body))?.dossier as
        { id: string; code: string; version: number } | undefined;
      if (!received) continue;
      figures.acknowledged.push({ id: received.id, code: received.code });
      const moved = await command(appraiser, `/api/v1/dossiers/${received.id}/transitions`, {
        version: received.version,
        transition: 'start_appraisal',
        payload: { assigneeId: null },
      });
      if (moved) figures.transitions++;
    }
  }

  const running = Array.from({ length: workers }, () => worker());
  return {
    figures,
    /** Waits until `count` more receptions were acknowledged than now. */
    async more(count: number, timeoutMs = 120_000) {
      const target = figures.acknowledged.length + count;
      const started = Date.now();
      while (figures.acknowledged.length < target) {
        if (Date.now() - started > timeoutMs) throw new Error(`the load stalled at ${figures.acknowledged.length}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async stop(): Promise<LoadFigures> {
      stopping = true;
      await Promise.all(running);
      await counter.dispose();
      await appraiser.dispose();
      return figures;
    },
  };
}
