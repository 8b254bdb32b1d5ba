import { applicantName } from '../catalog/core.ts';
import type { outbox } from '../../db/schema/index.ts';
import { mailsFor } from '../../modules/dossier/dossier-mail.ts';
import type { History } from './driver.ts';
import type { Party } from './party.ts';
import type { DossierPlan } from './plan.ts';

export type OutboxRow = typeof outbox.$inferInsert;

/**
 * The applicant's mails of one generated dossier: those the live transitions write for the same events
 * (`mailsFor`: reception, supplement requests, apology, result), recorded as already sent at their
 * event's instant (DESIGN §3: demo mail is never sent).
 */
export function demoMails(
  center: { id: string; name: string },
  dossier: { id: string; code: string },
  plan: DossierPlan,
  party: Party,
  history: History,
): OutboxRow[] {
  const context = {
    centerId: center.id,
    centerName: center.name,
    code: dossier.code,
    applicantName: applicantName(party.applicant),
    email: party.applicant.email ?? null,
    procedureName: plan.procedure.content.name,
    dossierId: dossier.id,
  };
  return history.events.flatMap((event) => {
    const at = new Date(event.at);
    return mailsFor(event, context).map((mail) => ({
      ...mail,
      createdAt: at,
      availableAt: at,
      attempts: 1,
      sentAt: at,
    }));
  });
}
