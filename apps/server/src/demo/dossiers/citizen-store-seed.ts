import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { resultRows } from '../../db/result-rows.ts';
import { appUser, documentBlob } from '../../db/schema/index.ts';
import { createPdf, pdfBytes } from '../../documents/pdf-document.ts';
import { DEMO_OWNER } from './plan-citizen.ts';

/** The live window: 2014's dossiers stay as the source gives them (DESIGN §9). */
const LIVE_FROM = '2015-01-01T00:00:00+07:00';
/** One in eight online dossiers of the live window was given a document from its owner's store (by its id's end). */
const SAMPLE = sql`right(d.id::text, 1) in ('0', '8')`;

/** The PDFs the demo stores for its online dossiers: one scan given from the stores, one result. */
export const DEMO_SAMPLE_PDFS = 2;

async function demoBlob(tx: Transaction, centerId: string, title: string, at: Date): Promise<string> {
  const doc = createPdf({ title, creationDate: at });
  doc
    .fontSize(16)
    .text(title)
    .moveDown()
    .fontSize(11)
    .text('Tài liệu mẫu của dữ liệu trình diễn (demo), không có giá trị pháp lý.');
  const bytes = await pdfBytes(doc);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const blob = { centerId, sha256, bytes, size: bytes.length, mediaType: 'application/pdf', pages: 1 };
  await tx.insert(documentBlob).values(blob).onConflictDoNothing();
  return sha256;
}

/**
 * The online side of the demo (issue 19, DESIGN §11, §15), after the dossiers are loaded: the online form of every
 * online dossier of the live window (its applicant's fields as the portal names them), a store document given with
 * one in eight of them and with every online dossier of `congdan.0001` (titled as the form's first file field, the
 * store's own entry kept apart from the dossier's copy), the result document of those decided, and `congdan.0001`'s
 * draft. Plain SQL over the loaded rows: documents change no event, statistic or state.
 */
export async function seedCitizenStore(tx: Transaction, centerId: string, now: Date): Promise<void> {
  const [owner] = await tx.select({ id: appUser.id }).from(appUser).where(eq(appUser.username, DEMO_OWNER));
  if (!owner) return;
  const scan = await demoBlob(tx, centerId, 'Bản chụp giấy tờ', now);
  const result = await demoBlob(tx, centerId, 'Kết quả giải quyết thủ tục hành chính', now);
  const picked = sql`d.channel = 'online' and d.owner_id is not null and d.submitted_at >= ${LIVE_FROM}::timestamptz
    and (${SAMPLE} or d.owner_id = ${owner.id})`;
  // The form's first checklist upload (not the authorisation, shown only when someone else submits).
  const upload = (key: string) =>
    sql.raw(`(select f->>'${key}' from jsonb_array_elements(v.content->'formFields') f
    where f->>'type' = 'file' and f->'visibleWhen' is null limit 1)`);
  const [field, label] = [upload('name'), upload('label')];
  // A store entry's id from its dossier's (a version-4 shape, as the API checks): the statements find each other.
  const hash = sql`md5('store:' || d.id::text)`;
  const entryId = sql`(substr(${hash}, 1, 12) || '4' || substr(${hash}, 14, 3) || '8' || substr(${hash}, 18, 15))::uuid`;
  await tx.execute(sql`
    update dossier d set online_form = jsonb_build_object('documents', '[]'::jsonb, 'fields', jsonb_strip_nulls(
      case when d.applicant->>'kind' = 'organisation' then jsonb_build_object('organisationName', d.applicant->>'name',
        'taxCode', d.applicant->>'taxCode', 'representative', d.applicant->>'representative')
      else jsonb_build_object('fullName', d.applicant->>'fullName', 'cccd', d.applicant->>'cccd') end
      || jsonb_build_object('phone', d.applicant->>'phone', 'email', d.applicant->>'email',
        'address', d.applicant->>'address', 'delivery', d.details->>'resultDelivery', 'submittedByOther', 'no')))
    where d.channel = 'online' and d.owner_id is not null and d.submitted_at >= ${LIVE_FROM}::timestamptz`);
  await tx.execute(sql`
    insert into citizen_document (id, owner_id, center_id, sha256, title, file_name, source, created_at)
    select ${entryId}, d.owner_id, ${centerId}, ${scan}, ${label}, 'ban-chup.pdf', 'upload', d.submitted_at - interval '1 day'
    from dossier d join procedure_version v on v.id = d.procedure_version_id where ${picked} and ${label} is not null`);
  await tx.execute(sql`
    insert into dossier_document (center_id, agency_id, dossier_id, sha256, file_name, kind, uploaded_by, uploaded_at,
      citizen_document_id, field_name)
    select d.center_id, d.agency_id, d.id, ${scan}, 'ban-chup.pdf', 'scan', d.owner_id, d.submitted_at, ${entryId}, ${field}
    from dossier d join procedure_version v on v.id = d.procedure_version_id where ${picked} and ${label} is not null`);
  await tx.execute(sql`
    update dossier d set online_form = jsonb_set(d.online_form, array['fields', ${field}], to_jsonb(${entryId}::text))
    from procedure_version v where v.id = d.procedure_version_id and ${picked} and ${label} is not null`);
  // The result (a decision, licence or certificate) of those decided, signed by the agency's first approver.
  await tx.execute(sql`
    insert into dossier_document (center_id, agency_id, dossier_id, sha256, file_name, kind, uploaded_by, uploaded_at)
    select d.center_id, d.agency_id, d.id, ${result}, 'ket-qua.pdf', 'result',
      (select u.id from app_user u where u.agency_id = d.agency_id and 'approver' = any(u.roles) order by u.username limit 1),
      coalesce(d.resolved_at, d.returned_at, ${now})
    from dossier d where ${picked} and d.status in ('result_ready', 'returned')
      and exists (select 1 from app_user u where u.agency_id = d.agency_id and 'approver' = any(u.roles))`);
  await seedDraft(tx, owner.id, now);
}

/** `congdan.0001`'s draft (DESIGN §6 `draft`): the procedure of their newest online dossier, begun an hour ago. */
async function seedDraft(tx: Transaction, ownerId: string, now: Date): Promise<void> {
  const [newest] = resultRows<{ code: string; applicant: Record<string, string> }>(
    await tx.execute(sql`select procedure_code as code, applicant from dossier
      where owner_id = ${ownerId} and channel = 'online' order by submitted_at desc limit 1`),
  );
  if (!newest) return;
  const { fullName, cccd, phone } = newest.applicant;
  const form = { fields: { fullName, cccd, phone, submittedByOther: 'no' }, documents: [] };
  const begun = new Date(now.getTime() - 3_600_000);
  await tx.execute(sql`insert into online_draft (owner_id, procedure_code, form, created_at, updated_at)
    values (${ownerId}, ${newest.code}, ${JSON.stringify(form)}::jsonb, ${begun}, ${begun})`);
}
