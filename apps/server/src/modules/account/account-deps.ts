import type { Database } from '../../db/database.ts';
import { createCenterRepo } from '../center/center-repo.ts';

export type AccountDeps = { db: Database; now: () => Date; publicUrl: () => string };

/** Who signs an account's mail: the province center once it exists, the one-door service before. */
export async function mailSender(deps: AccountDeps): Promise<{ sender: string; publicUrl: string }> {
  const name = await createCenterRepo(deps.db).findProvinceCenterName();
  return { sender: name ?? 'Dịch vụ công một cửa', publicUrl: deps.publicUrl() };
}
