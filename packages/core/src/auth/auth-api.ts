import { z } from 'zod';
import { Role } from './role.ts';
import { requiredText } from '../validation.ts';

export const LoginRequest = z.object({
  // Usernames are stored lower-case (org `Username`): a branch's log-in is typed as its code (`000.30.01.A01.counter`).
  username: requiredText(100).transform((u) => u.toLowerCase()),
  password: requiredText(200, { trim: false }),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const AgencyRef = z.object({ code: z.string(), slug: z.string(), name: z.string() });
export type AgencyRef = z.infer<typeof AgencyRef>;

export const CenterRef = z.object({ code: z.string(), name: z.string() });
export type CenterRef = z.infer<typeof CenterRef>;

/** The signed-in user as `GET /api/v1/me` and the log-in answer return it. */
export const Me = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  roles: z.array(Role),
  agency: AgencyRef.nullable(),
  center: CenterRef.nullable(),
  /** A temporary password is in use: the app asks for a new one before anything else (DESIGN §13). */
  mustChangePassword: z.boolean(),
});
export type Me = z.infer<typeof Me>;
