import {
  feeAmount,
  formatLocalDate,
  dayOfInstant,
  type Applicant,
  type FeePayment,
  type ResultDelivery,
  type Submitter,
} from '../catalog/core.ts';
import { address, makeOrganisation, makePerson, makeSubmitter } from './people.ts';
import type { DossierPlan } from './plan.ts';
import { chance, int, pick, type Random } from './random.ts';
import type { WorldCitizen, WorldProcedure } from './world.ts';

/** Who the dossier is for and how its result goes back (DESIGN §6), chosen before it is driven. */
export type Party = {
  applicant: Applicant;
  submitter: Submitter | null;
  ownerId: string | null;
  resultDelivery: ResultDelivery;
  feePayment: FeePayment | null;
};

/** Procedures whose applicants are enterprises: their form asks for a tax code, or their checklist for the registration. */
function forOrganisations(p: WorldProcedure): boolean {
  return (
    p.content.formFields.some((f) => f.name === 'taxCode') ||
    p.content.checklist.some((i) => i.name.startsWith('Bản sao giấy chứng nhận đăng ký doanh nghiệp'))
  );
}

/**
 * The applicant: an online dossier is its owner's (or the owner's enterprise's); one at the counter a
 * person of the province, now and then brought by an authorised submitter. An e-mail address for
 * most online applicants and some others: the mails of reception and result go there.
 */
export function chooseParty(plan: DossierPlan, citizens: readonly WorldCitizen[], random: Random): Party {
  const day = formatLocalDate(dayOfInstant(plan.openAt));
  const online = plan.channel === 'online';
  const owner = plan.owner
    ? (citizens.find((c) => c.username === plan.owner!.username) ?? null)
    : online
      ? pick(random, citizens)
      : null;
  // Fewer applicants gave an e-mail address in 2014 than today.
  const mail = day < '2016-01-01' ? 0.08 : 0.35;
  const person = owner ? { ...owner.person, address: address(random, day) } : makePerson(random, day, mail);
  const applicant: Applicant = forOrganisations(plan.procedure)
    ? makeOrganisation(random, day, person.fullName, online ? 0.9 : mail * 1.5)
    : person;
  const signedOn = formatLocalDate(dayOfInstant(plan.openAt) - int(random, 1, 30));
  const submitter = !online && chance(random, 0.06) ? makeSubmitter(random, day, signedOn) : null;
  return {
    applicant,
    submitter,
    ownerId: owner?.id ?? null,
    resultDelivery: deliveryFor(plan, random),
    feePayment: plan.owner?.feeUnpaid ? null : feeFor(plan, random),
  };
}

/** The delivery the applicant chose among those the procedure offers: online dossiers mostly electronically. */
function deliveryFor(plan: DossierPlan, random: Random): ResultDelivery {
  const offered = plan.procedure.content.resultDelivery;
  if (plan.channel === 'online' && offered.includes('electronic') && chance(random, 0.6)) return 'electronic';
  if (plan.channel === 'post' && offered.includes('post')) return 'post';
  return offered.includes('post') && chance(random, 0.1)
    ? 'post'
    : offered.includes('counter')
      ? 'counter'
      : offered[0]!;
}

/** The fee paid at intake (the first fee of the procedure; a table's first row), with the receipt's number. */
function feeFor(plan: DossierPlan, random: Random): FeePayment | null {
  const fee = plan.procedure.content.fees[0];
  if (!fee) return null;
  const amount = feeAmount(fee, {
    online: plan.channel === 'online',
    rowLabel: fee.basis === 'table' ? fee.rows[0]?.label : undefined,
  });
  if (amount === null || amount === 0) return null;
  return {
    receiptNumber: `BL${formatLocalDate(dayOfInstant(plan.openAt)).slice(2, 4)}-${String(int(random, 1, 999_999)).padStart(6, '0')}`,
    amount,
  };
}
