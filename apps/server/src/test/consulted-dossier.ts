import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { ApplicantInput } from '@motcua/core';
import { agency } from '../db/schema/index.ts';
import { receiveDossier } from './dossier-builders.ts';
import { postTransition } from './dossier-walk.ts';
import type { TestAppHandle } from './test-app.ts';

/**
 * A passport dossier of the police (congan) received at the counter and in appraisal, consulting the justice
 * department (tuphap): what a consulted agency and the director read of another agency's dossier.
 */
export async function consultedDossier(
  t: TestAppHandle,
  cookies: { counter: string; appraiser: string },
  applicant: ApplicantInput,
): Promise<{ id: string; code: string; secret: string | null }> {
  const received = await receiveDossier(t, { procedure: 'cap ho chieu', cookie: cookies.counter, applicant });
  const id = received.dossier.id;
  const step = async (transition: string, payload: object) => {
    const { version } = (
      await t.app.inject({ url: `/api/v1/dossiers/${id}`, headers: { cookie: cookies.appraiser } })
    ).json() as { version: number };
    const res = await postTransition(t, { id, version }, transition, payload, cookies.appraiser);
    expect(res.statusCode, res.body).toBe(200);
  };
  await step('start_appraisal', {});
  const [tuphap] = await t.database.db.select({ id: agency.id }).from(agency).where(eq(agency.slug, 'tuphap'));
  const deadline = new Date(Date.parse('2026-11-25T10:00:00+07:00')).toISOString();
  await step('open_consultation', {
    consultations: [{ agencyId: tuphap!.id, question: 'Đề nghị cho ý kiến về lý lịch', deadline }],
  });
  return { id, code: received.dossier.code, secret: received.secret };
}
