import { formatDossierCode, sequenceDay, type Instant } from '@motcua/core';
import type { Executor } from '../../db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { createDossierWriteRepo } from './dossier-write-repo.ts';

/**
 * The agency's next dossier code of the day (DESIGN §6), for a reception and for each child of a composite:
 * taken inside the command's transaction, so a rolled-back number is never reused and none is skipped.
 */
export async function takeDossierCode(
  tx: Executor,
  agency: { id: string; code: string },
  at: Instant,
): Promise<string> {
  const sequence = await createDossierWriteRepo(tx).nextSequence(agency.id, sequenceDay(at));
  const formatted = formatDossierCode(agency.code, at, sequence);
  if (!formatted.ok) throw new AppError(formatted.code);
  return formatted.dossierCode;
}
