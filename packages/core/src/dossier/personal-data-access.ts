import { z } from 'zod';
import type { Role } from '../auth/role.ts';
import { PageQuery, pageOf } from '../paging.ts';
import { InstantInput, IsoInstant } from './instant.ts';

/**
 * The personal-data access log (NĐ 13/2023/NĐ-CP art. 27, Luật Bảo vệ dữ liệu cá nhân 2025; DESIGN §14): every view
 * of a dossier's unmasked personal data or of its forms by an officer is recorded, with its ground.
 */
export const PersonalDataGround = z.enum(['own_agency', 'consultation', 'director']);
export type PersonalDataGround = z.infer<typeof PersonalDataGround>;

/**
 * What was opened: the dossier's JSON view, one of its forms, a file listing it, or a document the citizen gave from
 * their store (DESIGN §15: its use at the counter is logged).
 */
export const PersonalDataView = z.enum(['dossier', 'receipt', 'notice', 'control_sheet', 'ledger', 'store_document']);
export type PersonalDataView = z.infer<typeof PersonalDataView>;

/**
 * On what ground an officer reads a dossier: their agency handles it, it consults their agency, or they direct the
 * center. Null for anyone else (the applicant reading their own, who is not logged: it is their data).
 */
export function personalDataGround(
  dossier: { agencyId: string; consultations: readonly { agencyId: string }[] },
  reader: { agencyId: string | null; roles: readonly Role[] },
): PersonalDataGround | null {
  if (reader.agencyId !== null && reader.agencyId === dossier.agencyId) return 'own_agency';
  if (reader.agencyId !== null && dossier.consultations.some((c) => c.agencyId === reader.agencyId))
    return 'consultation';
  if (reader.roles.includes('director')) return 'director';
  return null;
}

/**
 * Whether a view is logged: the JSON view only when it showed the data unmasked (a masked view discloses nothing
 * the log must answer for); a form or a file always, for it names the applicant on paper that leaves the screen.
 */
export const logsPersonalDataView = (view: PersonalDataView, masked: boolean): boolean => view !== 'dossier' || !masked;

/** `GET /api/v1/personal-data-access`: the log, newest first, filtered. */
export const PersonalDataAccessQuery = PageQuery.extend({
  dossierId: z.uuid().optional(),
  officerId: z.uuid().optional(),
  from: InstantInput.optional(),
  to: InstantInput.optional(),
});
export type PersonalDataAccessQuery = z.infer<typeof PersonalDataAccessQuery>;

export const PersonalDataAccessEntry = z.object({
  id: z.string(),
  accessedAt: IsoInstant,
  dossier: z.object({ id: z.string(), code: z.string() }),
  agency: z.object({ id: z.string(), name: z.string() }),
  officer: z.object({ id: z.string(), fullName: z.string() }),
  ground: PersonalDataGround,
  view: PersonalDataView,
  requestId: z.string().nullable(),
});
export type PersonalDataAccessEntry = z.infer<typeof PersonalDataAccessEntry>;

export const PersonalDataAccessPage = pageOf(PersonalDataAccessEntry);
export type PersonalDataAccessPage = z.infer<typeof PersonalDataAccessPage>;
