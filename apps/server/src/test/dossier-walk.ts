import { expect } from 'vitest';
import type { Command, DossierStatus, DossierView } from '@motcua/core';
import { cmd } from '../../../../packages/core/src/dossier/testing.ts';
import { postCommand, type Injector } from './dossier-builders.ts';

type Role = 'counter' | 'appraiser' | 'approver';
/** The session cookies of the officers who take a dossier's steps, by role. */
export type Officers = Partial<Record<Role, string>>;

/** The usual road of a received dossier (DESIGN §6): appraisal, approval, result, return; each step its role's. */
const ROAD = [
  { to: 'in_appraisal', by: 'appraiser', command: cmd.startAppraisal },
  { to: 'awaiting_approval', by: 'appraiser', command: cmd.propose },
  { to: 'approved', by: 'approver', command: cmd.approve },
  { to: 'result_ready', by: 'counter', command: cmd.prepare },
  { to: 'returned', by: 'counter', command: cmd.returnResult },
] as const satisfies readonly { to: DossierStatus; by: Role; command: Command }[];
export type RoadStatus = (typeof ROAD)[number]['to'];

/** `POST /api/v1/dossiers/{id}/transitions` on the version the caller saw, the answer as it came. */
export function postTransition(
  t: Injector,
  dossier: { id: string; version: number },
  transition: string,
  payload: object,
  cookie: string,
  key?: string,
) {
  return postCommand(
    t,
    `/api/v1/dossiers/${dossier.id}/transitions`,
    { version: dossier.version, transition, payload },
    cookie,
    key,
  );
}

/**
 * Takes a dossier on along the usual road to `status` through the API, each step by the officer of its role
 * on the version the last answer gave; every step must be taken (200). Returns the dossier as the last step left it.
 */
export async function walkTo(
  t: Injector,
  dossier: { id: string; version: number; status: string },
  status: RoadStatus,
  officers: Officers,
): Promise<DossierView> {
  const from = ['received', ...ROAD.map((step) => step.to)].indexOf(dossier.status);
  const until = ROAD.findIndex((step) => step.to === status);
  if (from < 0 || until < from) throw new Error(`walkTo: no road from ${dossier.status} to ${status}`);
  let current: { id: string; version: number } = dossier;
  let last: DossierView | undefined;
  for (const { by, command } of ROAD.slice(from, until + 1)) {
    const cookie = officers[by];
    if (!cookie) throw new Error(`walkTo: ${command.transition} needs the ${by}'s cookie`);
    const res = await postTransition(t, current, command.transition, command.payload, cookie);
    expect(res.statusCode, `${command.transition}: ${res.body}`).toBe(200);
    last = res.json() as DossierView;
    current = last;
  }
  return last!;
}

/** The officers of an agency's demo log-ins (`congan.counter`…) among cookies kept by username. */
export function officersOf(cookies: Record<string, string>, agency: string): Officers {
  return {
    counter: cookies[`${agency}.counter`],
    appraiser: cookies[`${agency}.appraiser`],
    approver: cookies[`${agency}.approver`],
  };
}
