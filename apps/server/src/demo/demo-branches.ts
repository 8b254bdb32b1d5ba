import { dayOfInstant, formatLocalDate } from '@motcua/core';
import type { Transaction } from '../db/database.ts';
import { appUser, center, counter } from '../db/schema/index.ts';
import { demoFullName } from './demo-people.ts';
import { branchCounterUsername, branchDirectorUsername, DEMO_BRANCH_CENTERS } from './demo-centers.ts';
import type { Progress } from './seed.ts';

/** Names of the branch officers start here, after the province center's people (same names on every machine). */
const NAME_OFFSET = 400;

/**
 * The district and commune centers under the province center (DESIGN §9, §13), each with one counter that receives
 * any procedure of the province (agency null, no fields: a branch routes by competence), a counter officer without
 * an agency and the center's own director. Returns the centers' ids by code.
 */
export async function seedDemoBranches(
  tx: Transaction,
  provinceCenterId: string,
  passwordHash: string,
  now: Date,
  progress: Progress,
): Promise<Map<string, string>> {
  const today = formatLocalDate(dayOfInstant(now.getTime()));
  // A center closed before the demo's "now" has its officers deactivated (DESIGN §13: never deleted).
  const closed = (c: (typeof DEMO_BRANCH_CENTERS)[number]) => c.effectiveTo !== null && c.effectiveTo < today;
  progress(`demo: ${DEMO_BRANCH_CENTERS.length} district and commune centers`);
  const inserted = await tx
    .insert(center)
    .values(DEMO_BRANCH_CENTERS.map((c) => ({ ...c, parentId: provinceCenterId })))
    .returning({ id: center.id, code: center.code });
  const ids = new Map(inserted.map((c) => [c.code, c.id]));
  const byCenter = DEMO_BRANCH_CENTERS.map((c, i) => ({ c, id: ids.get(c.code)!, i }));
  await tx.insert(counter).values(
    byCenter.map(({ c, id }) => ({
      centerId: id,
      number: 1,
      name: c.level === 'commune' ? 'Quầy tiếp nhận hồ sơ toàn tỉnh' : 'Quầy tiếp nhận và trả kết quả',
      agencyId: null,
      fieldCodes: [],
      effectiveFrom: c.effectiveFrom,
      effectiveTo: c.effectiveTo,
    })),
  );
  await tx.insert(appUser).values(
    byCenter.flatMap(({ c, id, i }) => [
      {
        centerId: id,
        agencyId: null,
        username: branchCounterUsername(c),
        fullName: demoFullName(NAME_OFFSET + 2 * i),
        passwordHash,
        roles: ['counter'],
        disabled: closed(c),
      },
      {
        centerId: id,
        agencyId: null,
        username: branchDirectorUsername(c),
        fullName: demoFullName(NAME_OFFSET + 2 * i + 1),
        passwordHash,
        roles: ['center_director'],
        disabled: closed(c),
      },
    ]),
  );
  return ids;
}
