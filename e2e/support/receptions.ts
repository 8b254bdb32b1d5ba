import { randomUUID } from 'node:crypto';
import type { APIRequestContext } from 'playwright-core';
import { expect } from 'vitest';
import { tinyPdf } from '../../packages/core/src/document/testing.ts';
import { completeTicks } from '../../apps/server/src/test/complete-ticks.ts';
import { signInAtCounter } from './sessions.ts';

/** The applicant the API receptions of the journeys record. */
export const API_APPLICANT = {
  kind: 'person',
  fullName: 'Phạm Quang Huy',
  cccd: '022090012346',
  phone: '0912 345 679',
  email: null,
  address: 'Phường Bạch Đằng, Hạ Long',
};

type Checklist = { name: string; count: number; required: boolean }[];

/** The ordinary passport procedure in force and its checklist, as the counter's picker finds it. */
export async function passportProcedure(api: APIRequestContext): Promise<{ code: string; checklist: Checklist }> {
  const code = (await (await api.get('/api/v1/procedures?q=cap%20ho%20chieu')).json()).items[0].code as string;
  const { checklist } = (await (await api.get(`/api/v1/procedures/${code}`)).json()).procedure as {
    checklist: Checklist;
  };
  return { code, checklist };
}

/**
 * A passport dossier received at the counter through the API (the officer signed in at a counter first), with a
 * scanned form attached; `complete: false` leaves the first required item out, so it waits for a supplement.
 */
export async function receiveWithScan(api: APIRequestContext, options: { complete?: boolean } = {}) {
  const { code, checklist } = await passportProcedure(api);
  const ticks = completeTicks(checklist);
  if (options.complete === false) ticks.find((t) => t.provided > 0)!.provided = 0;
  await signInAtCounter(api);
  const received = await api.post('/api/v1/dossiers', {
    data: { procedureCode: code, applicant: API_APPLICANT, ticks, resultDelivery: 'counter' },
    headers: { 'Idempotency-Key': randomUUID() },
  });
  expect(received.status(), await received.text()).toBe(201);
  const dossier = (await received.json()).dossier as { id: string; code: string };
  const upload = await api.post('/api/v1/documents?name=To-khai-ho-chieu.pdf&kind=scan', {
    data: Buffer.from(tinyPdf(2)),
    headers: { 'Content-Type': 'application/octet-stream' },
  });
  expect(upload.status(), await upload.text()).toBe(201);
  const attach = await api.post(`/api/v1/documents/${(await upload.json()).id}/attach`, {
    data: { dossierId: dossier.id },
  });
  expect(attach.status(), await attach.text()).toBe(200);
  return dossier;
}
