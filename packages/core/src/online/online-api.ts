import { z } from 'zod';
import { FormField } from '../catalog/form-field.ts';
import { SupplementItem } from '../dossier/commands.ts';
import { DossierChannel } from '../dossier/dossier-state.ts';
import { DocumentFileName, Sha256 } from '../document/document-api.ts';
import { IsoInstant } from '../dossier/instant.ts';
import { DossierCode, LookupSecret } from '../dossier/dossier-code.ts';
import { DossierStatus } from '../dossier/status.ts';
import { TimelineEntry } from '../dossier/timeline.ts';
import { PageQuery } from '../paging.ts';
import { requiredText } from '../validation.ts';

/** A form field's name, as the catalog declares it (`FormField.name`). */
const FieldName = z.string().regex(/^[a-z][A-Za-z0-9_]{0,63}$/, 'online.unknown_field');

/**
 * What the citizen typed, by field name; a `file` field's value is the id of a document of their store (or several,
 * comma-separated). Checked against the procedure's declared fields by `checkOnlineForm`.
 */
export const FormValues = z
  .record(FieldName, z.string().max(100_000, 'validation.too_long'))
  .refine((values) => Object.keys(values).length <= 200, 'online.too_many_fields');
export type FormValues = z.infer<typeof FormValues>;

/** The online form as kept with a draft and a submitted dossier: the values and the store documents given. */
export const OnlineForm = z.object({
  fields: FormValues.default({}),
  /** Documents of the citizen's store given with the dossier, beyond those named by `file` fields. */
  documents: z.array(z.uuid()).max(100).default([]),
});
export type OnlineForm = z.infer<typeof OnlineForm>;

/**
 * `POST /api/v1/my/dossiers` (DESIGN §11 portal, `Idempotency-Key`): a draft (`submit: false`, may be incomplete, no
 * code) or a submission (`submit: true`: the declared fields and required documents are checked, 400 with per-field
 * errors, then the code and `submitted`).
 */
export const MyDossierRequest = OnlineForm.extend({
  procedureCode: z.string().trim().min(1).max(100),
  submit: z.boolean().default(false),
});
export type MyDossierRequest = z.infer<typeof MyDossierRequest>;

/** `PUT /api/v1/my/dossiers/{id}`: a draft saved again, or submitted. */
export const MyDraftUpdate = OnlineForm.extend({ submit: z.boolean().default(false) });
export type MyDraftUpdate = z.infer<typeof MyDraftUpdate>;

export const MyDossierCreated = z.object({ id: z.uuid(), code: z.string().nullable(), status: DossierStatus });
export type MyDossierCreated = z.infer<typeof MyDossierCreated>;

/** How a dossier is the citizen's (DESIGN §15): their own online one, their verified identity's, or linked by secret. */
export const MyDossierLink = z.enum(['owner', 'identity', 'secret']);
export type MyDossierLink = z.infer<typeof MyDossierLink>;

/** `GET /api/v1/my/dossiers` (DESIGN §11 portal): newest first, paged. */
export const MyDossierListQuery = PageQuery;
export type MyDossierListQuery = z.infer<typeof MyDossierListQuery>;

/** One row of "Hồ sơ của tôi". */
export const MyDossierSummary = z.object({
  id: z.uuid(),
  /** Null for a draft. */
  code: z.string().nullable(),
  status: DossierStatus,
  channel: DossierChannel,
  procedure: z.object({ code: z.string(), name: z.string() }),
  agency: z.object({ slug: z.string(), name: z.string() }),
  /** When it was created (a draft) or submitted (a dossier): the list's order, newest first. */
  at: IsoInstant,
  dueAt: IsoInstant.nullable(),
  /** Something is asked of the citizen: a draft to finish and send, or a supplement. */
  actionNeeded: z.boolean(),
  link: MyDossierLink,
});
export type MyDossierSummary = z.infer<typeof MyDossierSummary>;

/** A document given with the dossier, as its citizen sees it. */
export const MyDossierDocument = z.object({
  id: z.uuid(),
  name: z.string(),
  /** The form field (or checklist item) it was given for; null for an officer's scan or a result. */
  fieldName: z.string().nullable(),
  kind: z.enum(['scan', 'digitised_original', 'result']),
  /** From the citizen's store (not uploaded again). */
  fromStore: z.boolean(),
  mediaType: z.string(),
  size: z.int().min(0),
});
export type MyDossierDocument = z.infer<typeof MyDossierDocument>;

/** What is asked of the citizen now: the supplement request's items (form 02), at intake or during appraisal. */
export const MySupplementAsked = z.object({
  atIntake: z.boolean(),
  requestedAt: IsoInstant,
  items: z.array(SupplementItem),
  note: z.string().nullable(),
});
export type MySupplementAsked = z.infer<typeof MySupplementAsked>;

/** A printable form issued for the dossier (receipt, supplement request, refusal…), for the citizen to download. */
export const MyDossierForm = z.object({ form: z.string(), name: z.string(), href: z.string() });
export type MyDossierForm = z.infer<typeof MyDossierForm>;

/**
 * `GET /api/v1/my/dossiers/{id}` (404 for anyone but its citizen): its state, each step's expected moment, what is
 * asked, documents, forms and the result. A draft carries its form to resume.
 */
export const MyDossierView = MyDossierSummary.extend({
  applicantName: z.string(),
  submittedAt: IsoInstant.nullable(),
  receivedAt: IsoInstant.nullable(),
  resolvedAt: IsoInstant.nullable(),
  returnedAt: IsoInstant.nullable(),
  steps: z.array(
    z.object({ name: z.string(), expectedAt: IsoInstant.nullable(), done: z.boolean(), current: z.boolean() }),
  ),
  timeline: z.array(TimelineEntry),
  /** The form as filled (own data, unmasked), null for a counter dossier; with the procedure's fields to render it. */
  form: OnlineForm.nullable(),
  formFields: z.array(FormField),
  asked: MySupplementAsked.nullable(),
  documents: z.array(MyDossierDocument),
  forms: z.array(MyDossierForm),
  result: z
    .object({
      outcome: z.enum(['approved', 'refused']),
      number: z.string().nullable(),
      reasons: z.array(z.string()),
      documentId: z.uuid().nullable(),
    })
    .nullable(),
  /** The fee owed, in đồng after the online discount; null when none (paying is a later issue). */
  fee: z.object({ amount: z.int().min(0), paid: z.boolean() }).nullable(),
  /** What the citizen may do now. */
  actions: z.object({ edit: z.boolean(), discard: z.boolean(), supplement: z.boolean(), withdraw: z.boolean() }),
});
export type MyDossierView = z.infer<typeof MyDossierView>;

/** `POST /api/v1/my/dossiers/{id}/supplement`: the items asked, as store documents, and changed fields; the same code. */
export const MySupplementRequest = z.object({
  fields: FormValues.default({}),
  documents: z.array(z.uuid()).max(100).default([]),
  note: z.string().trim().max(2000, 'validation.too_long').nullable().default(null),
});
export type MySupplementRequest = z.infer<typeof MySupplementRequest>;

/** `POST /api/v1/my/dossiers/{id}/withdraw`: before approval (DESIGN §6). */
export const MyWithdrawRequest = z.object({ reason: requiredText(1000) });
export type MyWithdrawRequest = z.infer<typeof MyWithdrawRequest>;

/** `POST /api/v1/my/dossiers/link`: a counter dossier joined one by one with the receipt's code and secret (DESIGN §15). */
export const MyDossierLinkRequest = z.object({ code: DossierCode, secret: LookupSecret });
export type MyDossierLinkRequest = z.infer<typeof MyDossierLinkRequest>;

/** `POST /api/v1/my/documents?name=…&title=…`, the file being the body: an upload into the citizen's store. */
export const UploadMyDocumentQuery = z.object({ name: DocumentFileName, title: requiredText(300) });
export type UploadMyDocumentQuery = z.infer<typeof UploadMyDocumentQuery>;

/** A document of the citizen's store (NĐ 45/2020 art. 16 as amended by NĐ 118/2025 art. 40). */
export const MyDocument = z.object({
  id: z.uuid(),
  /** What it is: the form field or checklist item it was uploaded for, or the result's procedure. */
  title: z.string(),
  fileName: z.string(),
  sha256: Sha256,
  mediaType: z.string(),
  size: z.int().min(0),
  pages: z.int().min(1).nullable(),
  source: z.enum(['upload', 'result']),
  createdAt: IsoInstant,
  /** How many dossiers it was given with. */
  uses: z.int().min(0),
  /** When an officer first received a dossier with it (checked at the counter); null before. */
  firstCheckedAt: IsoInstant.nullable(),
});
export type MyDocument = z.infer<typeof MyDocument>;

export const MyDocumentListQuery = PageQuery.extend({ q: z.string().trim().max(200).optional() });
export type MyDocumentListQuery = z.infer<typeof MyDocumentListQuery>;

/**
 * `GET /api/v1/my/documents/matches?procedureCode=…`: for each `file` field of the procedure's form, the store's
 * documents that can fill it (`storeMatches`): no document asked twice.
 */
export const StoreMatchesQuery = z.object({ procedureCode: z.string().trim().min(1).max(100) });
export const StoreMatches = z.record(z.string(), z.array(MyDocument));
export type StoreMatches = z.infer<typeof StoreMatches>;

/**
 * How an officer sees a document that came from a citizen's store (DESIGN §15): its origin and when it was first
 * checked at a counter (null: this reception is the first).
 */
export const StoreOrigin = z.object({ storeDocumentId: z.uuid(), firstCheckedAt: IsoInstant.nullable() });
export type StoreOrigin = z.infer<typeof StoreOrigin>;
