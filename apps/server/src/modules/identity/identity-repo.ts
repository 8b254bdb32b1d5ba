import type { VerifiedIdentity } from '@motcua/core';
import { and, eq, isNotNull, lt } from 'drizzle-orm';
import type { Database, Executor } from '../../db/database.ts';
import { appUser, citizenProfile, identityLogin } from '../../db/schema/index.ts';
import { NO_PASSWORD } from '../../platform/auth/password.ts';

/** A log-in under way, named by its state's hash (the browser holds the state itself). */
export type PendingLogin = { codeVerifier: string; nonce: string; returnTo: string; linkUserId: string | null };

/** The account an identity log-in lands on, with what refuses it a session. */
export type IdentityAccount = { userId: string; disabled: boolean; deleted: boolean };

/** PostgreSQL's unique violation, through drizzle's wrapping: the verified-number index deciding a race. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause)
    if ((e as { code?: unknown }).code === '23505') return true;
  return false;
}

export function createIdentityRepo(db: Database) {
  return {
    async savePending(stateHash: string, login: PendingLogin, at: Date, expiresAt: Date): Promise<void> {
      // Abandoned log-ins go here, at the next start, rather than in a sweeper of their own.
      await db.delete(identityLogin).where(lt(identityLogin.expiresAt, at));
      await db.insert(identityLogin).values({ stateHash, ...login, createdAt: at, expiresAt });
    },

    /** Deletes and returns the log-in: one use only, so a replayed callback finds nothing. Null when unknown or expired. */
    async takePending(stateHash: string, at: Date): Promise<PendingLogin | null> {
      const [row] = await db.delete(identityLogin).where(eq(identityLogin.stateHash, stateHash)).returning();
      if (!row || row.expiresAt <= at) return null;
      return { codeVerifier: row.codeVerifier, nonce: row.nonce, returnTo: row.returnTo, linkUserId: row.linkUserId };
    },

    /** The account holding this number as verified by an identity log-in; a self-declared number is not looked at. */
    async findVerifiedOwner(tx: Executor, identityNumber: string): Promise<IdentityAccount | null> {
      const [row] = await tx
        .select({ userId: appUser.id, disabled: appUser.disabled, deletedAt: appUser.deletedAt })
        .from(citizenProfile)
        .innerJoin(appUser, eq(appUser.id, citizenProfile.userId))
        .where(and(eq(citizenProfile.cccd, identityNumber), isNotNull(citizenProfile.identityVerifiedAt)));
      return row ? { userId: row.userId, disabled: row.disabled, deleted: row.deletedAt !== null } : null;
    },

    /** The linking citizen's account; its row is locked so that two links of one account do not cross. */
    async findLinking(tx: Executor, userId: string) {
      const [row] = await tx
        .select({ disabled: appUser.disabled, deletedAt: appUser.deletedAt })
        .from(appUser)
        .where(eq(appUser.id, userId))
        .for('update');
      if (!row) return null;
      const [profile] = await tx
        .select({ cccd: citizenProfile.cccd })
        .from(citizenProfile)
        .where(and(eq(citizenProfile.userId, userId), isNotNull(citizenProfile.identityVerifiedAt)));
      return { disabled: row.disabled, deleted: row.deletedAt !== null, verifiedNumber: profile?.cccd ?? null };
    },

    /** The name, number and birth date the provider vouches for, on the account's profile (made if missing). */
    async markVerified(tx: Executor, userId: string, who: VerifiedIdentity, at: Date): Promise<void> {
      await tx.update(appUser).set({ fullName: who.fullName }).where(eq(appUser.id, userId));
      // A provider that gives no birth date leaves the one the citizen typed.
      const proven = {
        cccd: who.identityNumber,
        ...(who.birthDate ? { birthDate: who.birthDate } : {}),
        identityVerifiedAt: at,
        updatedAt: at,
      };
      await tx
        .insert(citizenProfile)
        .values({ userId, ...proven, createdAt: at })
        .onConflictDoUpdate({ target: citizenProfile.userId, set: proven });
    },

    /** A citizen known only by the national identity: no password, no e-mail, no center. */
    async createAccount(tx: Executor, username: string, who: VerifiedIdentity, at: Date): Promise<string> {
      const [user] = await tx
        .insert(appUser)
        .values({ username, fullName: who.fullName, passwordHash: NO_PASSWORD, roles: ['citizen'], createdAt: at })
        .returning({ id: appUser.id });
      await tx.insert(citizenProfile).values({
        userId: user!.id,
        cccd: who.identityNumber,
        birthDate: who.birthDate,
        identityVerifiedAt: at,
        createdAt: at,
        updatedAt: at,
      });
      return user!.id;
    },

    transaction: <T>(work: (tx: Executor) => Promise<T>): Promise<T> => db.transaction(work),
  };
}
export type IdentityRepo = ReturnType<typeof createIdentityRepo>;
