import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { appUser } from './user.ts';

/**
 * A citizen's personal profile (DESIGN §14, §15): removed when the account is deleted (the dossiers keep their own
 * applicant data, as the law requires). `identity_verified_at` is set only by the national identity log-in: only such
 * an identity number is unique and links counter dossiers; a self-declared one links nothing.
 */
export const citizenProfile = pgTable(
  'citizen_profile',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    cccd: text('cccd').notNull(),
    phone: text('phone'),
    birthDate: date('birth_date'),
    address: text('address'),
    identityVerifiedAt: timestamp('identity_verified_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('citizen_profile_verified_cccd_unique')
      .on(t.cccd)
      .where(sql`${t.identityVerifiedAt} is not null`),
  ],
);

/**
 * A one-time code e-mailed to prove an address: a registration (its account is created only when the code is
 * entered, from `payload`) or a password reset (of `user_id`). Only the code's hash is kept; it is addressed by its
 * random id, which only the browser that asked holds, so a code mailed for someone else's try verifies nothing.
 */
export const oneTimeCode = pgTable(
  'one_time_code',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    purpose: text('purpose', { enum: ['register', 'reset'] }).notNull(),
    email: text('email').notNull(),
    userId: uuid('user_id').references(() => appUser.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    /** A registration's password hash and profile; null for a reset. Deleted with the row when it expires. */
    payload: jsonb('payload'),
    tries: integer('tries').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [
    index('one_time_code_expires_idx').on(t.expiresAt),
    check('one_time_code_purpose', sql`${t.purpose} in ('register', 'reset')`),
  ],
);

/**
 * A national identity log-in under way (authorization code + PKCE): the state's hash names it, the browser holds the
 * state in a cookie, so that any process of the app finishes it and a callback from another browser is refused.
 */
export const identityLogin = pgTable(
  'identity_login',
  {
    stateHash: text('state_hash').primaryKey(),
    codeVerifier: text('code_verifier').notNull(),
    nonce: text('nonce').notNull(),
    returnTo: text('return_to').notNull(),
    /** Set when a signed-in citizen links their account to their national identity. */
    linkUserId: uuid('link_user_id').references(() => appUser.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('identity_login_expires_idx').on(t.expiresAt)],
);
