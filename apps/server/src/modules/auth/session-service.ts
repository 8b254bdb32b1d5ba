import type { SessionInfo } from '@motcua/core';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { createAuthRepo } from './auth-repo.ts';
import { hashToken } from './auth-service.ts';
import { createSessionRepo } from './session-repo.ts';

/** Everyone's own sessions (issue 18); `token` is the caller's own session's, which stays open. */
export function createSessionService(deps: { db: Database; now: () => Date }) {
  const { db, now } = deps;
  const sessions = createSessionRepo(db);
  return {
    list: (userId: string, token: string): Promise<SessionInfo[]> => sessions.list(userId, hashToken(token), now()),
    signOutOthers: (userId: string, token: string) => createAuthRepo(db).deleteSessions(userId, hashToken(token)),
    async end(userId: string, id: string): Promise<void> {
      if (!(await sessions.end(userId, id))) throw new AppError('account.session_not_found');
    },
  };
}
export type SessionService = ReturnType<typeof createSessionService>;
