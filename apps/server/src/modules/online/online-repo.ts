import type { OnlineForm } from '@motcua/core';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import type { DossierDetails } from '../dossier/dossier-repo.ts';
import { appUser, citizenDossierLink, citizenProfile, dossier, onlineDraft } from '../../db/schema/index.ts';

export type StoredDraft = {
  id: string;
  ownerId: string;
  procedureCode: string;
  form: OnlineForm;
  createdAt: Date;
  updatedAt: Date;
};

/** The reader of "my dossiers": their account, e-mail and profile (the cccd counts only once verified). */
export type Citizen = {
  fullName: string;
  email: string | null;
  cccd: string | null;
  phone: string | null;
  address: string | null;
  verifiedCccd: string | null;
};

/** The citizen's drafts, their dossiers and links (DESIGN §15): the only drizzle importer of the online module. */
export function createOnlineRepo(db: Executor) {
  return {
    async citizen(userId: string): Promise<Citizen | undefined> {
      const [row] = await db
        .select({
          fullName: appUser.fullName,
          email: appUser.email,
          cccd: citizenProfile.cccd,
          phone: citizenProfile.phone,
          address: citizenProfile.address,
          verifiedAt: citizenProfile.identityVerifiedAt,
        })
        .from(appUser)
        .leftJoin(citizenProfile, eq(citizenProfile.userId, appUser.id))
        .where(eq(appUser.id, userId));
      if (!row) return undefined;
      const { verifiedAt, ...rest } = row;
      return { ...rest, verifiedCccd: verifiedAt ? row.cccd : null };
    },

    async findDraft(id: string): Promise<StoredDraft | undefined> {
      const [row] = await db.select().from(onlineDraft).where(eq(onlineDraft.id, id));
      return row ? { ...row, form: row.form as OnlineForm } : undefined;
    },

    async insertDraft(ownerId: string, procedureCode: string, form: OnlineForm, at: Date): Promise<string> {
      const values = { ownerId, procedureCode, form, createdAt: at, updatedAt: at };
      const [row] = await db.insert(onlineDraft).values(values).returning({ id: onlineDraft.id });
      return row!.id;
    },

    updateDraft: (id: string, form: OnlineForm, at: Date) =>
      db.update(onlineDraft).set({ form, updatedAt: at }).where(eq(onlineDraft.id, id)),

    deleteDraft: (id: string) => db.delete(onlineDraft).where(eq(onlineDraft.id, id)).returning({ id: onlineDraft.id }),

    /** The owner of a dossier (null for a counter one), or undefined when there is none with that id. */
    async dossierOwner(id: string): Promise<{ ownerId: string | null } | undefined> {
      const [row] = await db.select({ ownerId: dossier.ownerId }).from(dossier).where(eq(dossier.id, id));
      return row;
    },

    async isLinked(userId: string, dossierId: string): Promise<boolean> {
      const rows = await db
        .select({ id: citizenDossierLink.dossierId })
        .from(citizenDossierLink)
        .where(and(eq(citizenDossierLink.userId, userId), eq(citizenDossierLink.dossierId, dossierId)));
      return rows.length > 0;
    },

    link: (userId: string, dossierId: string, at: Date) =>
      db.insert(citizenDossierLink).values({ userId, dossierId, linkedAt: at }).onConflictDoNothing(),

    async onlineForm(dossierId: string): Promise<OnlineForm | null> {
      const [row] = await db.select({ form: dossier.onlineForm }).from(dossier).where(eq(dossier.id, dossierId));
      return (row?.form as OnlineForm | null) ?? null;
    },

    setDetails: (dossierId: string, details: DossierDetails) =>
      db.update(dossier).set({ details }).where(eq(dossier.id, dossierId)),

    setOnlineForm: (dossierId: string, form: OnlineForm) =>
      db.update(dossier).set({ onlineForm: form }).where(eq(dossier.id, dossierId)),
  };
}
export type OnlineRepo = ReturnType<typeof createOnlineRepo>;
