import { z } from 'zod';
import { IsoInstant } from '../dossier/instant.ts';

/** A desk of a center serving some fields (DESIGN §2 "Counter"): bound to one agency, or shared (agency null). */
export const Counter = z.object({
  id: z.string(),
  number: z.int().min(1),
  name: z.string(),
  agency: z.object({ slug: z.string(), name: z.string() }).nullable(),
  /** Codes of the fields served; empty for a shared desk (post, returns), which serves every field. */
  fields: z.array(z.string()),
});
export type Counter = z.infer<typeof Counter>;

/** The officer signed in at a counter now. */
export const CounterOccupant = z.object({ userId: z.string(), fullName: z.string(), startedAt: IsoInstant });
export type CounterOccupant = z.infer<typeof CounterOccupant>;

/** `GET /api/v1/counters`: the center's counters by number, each with who sits there now. Not paged: a center has tens of desks. */
export const CounterList = z.object({ items: z.array(Counter.extend({ occupant: CounterOccupant.nullable() })) });
export type CounterList = z.infer<typeof CounterList>;

/** `GET|POST /api/v1/counters/…/session`: the counter the caller is signed in at, since when. */
export const CounterSession = z.object({ counter: Counter, startedAt: IsoInstant });
export type CounterSession = z.infer<typeof CounterSession>;

/** `POST /api/v1/counters/{id}/session`: sign in at this counter (the id is all a sign-in says). */
export const CounterSignInRequest = z.object({ id: z.uuid() });
export type CounterSignInRequest = z.infer<typeof CounterSignInRequest>;
