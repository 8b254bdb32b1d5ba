import { inArray } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { appUser, citizenProfile } from '../../db/schema/index.ts';
import type { DemoAccount } from './accounts.ts';
import { demoCitizenProfile } from './citizen-profiles.ts';

/** The profiles of the demo citizen accounts just made (`demoCitizenProfile`), in the seed's transaction. */
export async function writeCitizenProfiles(tx: Transaction, accounts: readonly DemoAccount[], at: Date) {
  const citizens = accounts.filter((a) => a.person);
  if (citizens.length === 0) return;
  const ids = new Map(
    (
      await tx
        .select({ id: appUser.id, username: appUser.username })
        .from(appUser)
        .where(
          inArray(
            appUser.username,
            citizens.map((c) => c.username),
          ),
        )
    ).map((u) => [u.username, u.id]),
  );
  await tx.insert(citizenProfile).values(
    citizens.map((c) => {
      const { email: _email, identityVerified, ...profile } = demoCitizenProfile(c.username, c.person!);
      return {
        userId: ids.get(c.username)!,
        ...profile,
        identityVerifiedAt: identityVerified ? at : null,
        createdAt: at,
        updatedAt: at,
      };
    }),
  );
}
