import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { appUser } from './user.ts';

/** A signed-in session; the cookie holds a random token, the table only its sha256 (a leaked table signs no one in). */
export const userSession = pgTable(
  'user_session',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** The browser it was opened from, shortened (`Chrome trên Android`): the user's list of their sessions. */
    device: text('device'),
  },
  (t) => [index('user_session_user_idx').on(t.userId), index('user_session_expires_idx').on(t.expiresAt)],
);

/**
 * Failed log-ins counted per key (`account:<username>` or `address:<ip>`) within a window (DESIGN §10).
 * Kept in the database, not in memory, so that several server processes share it.
 */
export const loginFailure = pgTable('login_failure', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
});
