import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../db/database.ts';

/** The NOTIFY channel on which dossier transitions announce themselves to every server process. */
export const DOSSIER_CHANNEL = 'motcua_dossier';

/** What a notification says: which center and agency saw a dossier move (nothing personal). */
export const DossierChange = z.object({ centerId: z.string().min(1), agencyId: z.string().min(1) });
export type DossierChange = z.infer<typeof DossierChange>;

/**
 * Announces a dossier change. Call it inside the transition's transaction: PostgreSQL delivers a NOTIFY
 * only when its transaction commits, so a rolled-back transition never redraws a dashboard.
 */
export async function notifyDossierChanged(tx: Executor, change: DossierChange): Promise<void> {
  const { channel, payload } = dossierChangeNotice(change);
  await tx.execute(sql`select pg_notify(${channel}, ${payload})`);
}

/** The same announcement, to be queued in a write batch (sent with the command's last writes). */
export const dossierChangeNotice = (change: DossierChange) => ({
  channel: DOSSIER_CHANNEL,
  payload: JSON.stringify({ centerId: change.centerId, agencyId: change.agencyId }),
});
