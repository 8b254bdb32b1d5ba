import { formatDossierCode, sequenceDay, type Instant } from '@motcua/core';
import type { Executor } from '../../db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { createDossierWriteRepo } from './dossier-write-repo.ts';

/**
 * The receiving unit's next dossier code of the day (DESIGN §6, §13: the agency's identifier at the province
 * center, a branch's own; core `routeDossier`), for a reception and for each child of a composite: taken inside
 * the command's transaction, so a rolled-back number is never reused and none is skipped.
 */
export async function takeDossierCode(tx: Executor, unitCode: string, at: Instant): Promise<string> {
  const sequence = await createDossierWriteRepo(tx).nextSequence(unitCode, sequenceDay(at));
  const formatted = formatDossierCode(unitCode, at, sequence);
  if (!formatted.ok) throw new AppError(formatted.code);
  return formatted.dossierCode;
}
