import type { CitizenPersonInput, CitizenProfile, UpdateProfileRequest } from '@motcua/core';
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { appUser, citizenProfile, oneTimeCode, userSession } from '../../db/schema/index.ts';
import { NO_PASSWORD } from '../../platform/auth/password.ts';

export type CitizenAccount = { id: string; username: string; fullName: string; disabled: boolean };

const profileColumns = {
  username: appUser.username,
  email: appUser.email,
  emailVerifiedAt: appUser.emailVerifiedAt,
  fullName: appUser.fullName,
  passwordHash: appUser.passwordHash,
  createdAt: appUser.createdAt,
  cccd: citizenProfile.cccd,
  phone: citizenProfile.phone,
  birthDate: citizenProfile.birthDate,
  address: citizenProfile.address,
  identityVerifiedAt: citizenProfile.identityVerifiedAt,
};

/** Citizens' accounts and profiles (DESIGN §14, §15); the only file of the module that speaks SQL about them. */
export function createCitizenRepo(db: Executor) {
  return {
    /** The account that holds a verified e-mail (one at most: a unique index). */
    async findByVerifiedEmail(email: string): Promise<CitizenAccount | undefined> {
      const [row] = await db
        .select({ id: appUser.id, username: appUser.username, fullName: appUser.fullName, disabled: appUser.disabled })
        .from(appUser)
        .where(and(eq(appUser.email, email), isNotNull(appUser.emailVerifiedAt)));
      return row;
    },

    /** A citizen registered by e-mail: the e-mail is their username, verified by the code just typed. */
    async createByEmail(input: { email: string; passwordHash: string; person: CitizenPersonInput; at: Date }) {
      const { email, passwordHash, person, at } = input;
      const [user] = await db
        .insert(appUser)
        .values({
          username: email,
          fullName: person.fullName,
          passwordHash,
          roles: ['citizen'],
          email,
          emailVerifiedAt: at,
          passwordChangedAt: at,
          createdAt: at,
        })
        .returning({ id: appUser.id });
      await db.insert(citizenProfile).values({
        userId: user!.id,
        cccd: person.cccd,
        phone: person.phone,
        birthDate: person.birthDate,
        address: person.address,
        createdAt: at,
        updatedAt: at,
      });
      return user!.id;
    },

    async getProfile(userId: string): Promise<CitizenProfile> {
      const [r] = await db
        .select(profileColumns)
        .from(appUser)
        .leftJoin(citizenProfile, eq(citizenProfile.userId, appUser.id))
        .where(eq(appUser.id, userId));
      if (!r) throw new Error(`user ${userId} not found`);
      return {
        username: r.username,
        email: r.email,
        emailVerified: r.emailVerifiedAt !== null,
        fullName: r.fullName,
        cccd: r.cccd,
        phone: r.phone,
        birthDate: r.birthDate,
        address: r.address,
        identityVerified: r.identityVerifiedAt !== null,
        identityVerifiedAt: r.identityVerifiedAt?.toISOString() ?? null,
        hasPassword: r.passwordHash !== NO_PASSWORD,
        createdAt: r.createdAt.toISOString(),
      };
    },

    /** Writes the given fields; a profile is made if the account had none (the profile's number is required then). */
    async updateProfile(userId: string, patch: UpdateProfileRequest, at: Date): Promise<void> {
      if (patch.fullName !== undefined)
        await db.update(appUser).set({ fullName: patch.fullName }).where(eq(appUser.id, userId));
      const { fullName: _name, ...person } = patch;
      if (Object.keys(person).length === 0) return;
      const [had] = await db
        .update(citizenProfile)
        .set({ ...person, updatedAt: at })
        .where(eq(citizenProfile.userId, userId))
        .returning({ userId: citizenProfile.userId });
      if (!had && person.cccd !== undefined)
        await db.insert(citizenProfile).values({ userId, ...person, cccd: person.cccd, createdAt: at, updatedAt: at });
    },

    /**
     * Deletes an account as the law allows (DESIGN §14, §15): the profile goes; the row stays because the dossiers
     * and their events name it (and the law keeps the dossiers with their own applicant data), emptied of the
     * person, disabled, its sessions and codes gone, its username and e-mail freed for a new registration.
     */
    async deleteAccount(userId: string, at: Date): Promise<void> {
      await db.delete(citizenProfile).where(eq(citizenProfile.userId, userId));
      await db.delete(userSession).where(eq(userSession.userId, userId));
      await db.delete(oneTimeCode).where(eq(oneTimeCode.userId, userId));
      await db
        .update(appUser)
        .set({
          username: `deleted.${userId}`,
          fullName: '—',
          email: null,
          emailVerifiedAt: null,
          passwordHash: NO_PASSWORD,
          disabled: true,
          deletedAt: at,
        })
        .where(eq(appUser.id, userId));
    },
  };
}
export type CitizenRepo = ReturnType<typeof createCitizenRepo>;
