import { z } from 'zod';

/**
 * Online service level (NĐ 42/2022/NĐ-CP art. 11): `full` = toàn trình (everything online, the result
 * returned online or by post), `partial` = một phần (some steps at the counter), `none` = not online.
 */
export const OnlineLevel = z.enum(['full', 'partial', 'none']);
export type OnlineLevel = z.infer<typeof OnlineLevel>;

/** The level of government that resolves a procedure since 2025-07-01: province or commune. */
export const ProcedureLevel = z.enum(['province', 'commune']);
export type ProcedureLevel = z.infer<typeof ProcedureLevel>;

/** How a document is submitted: bản chính, bản sao có chứng thực, bản sao (photocopy). */
export const DocumentForm = z.enum(['original', 'certified_copy', 'photocopy']);
export type DocumentForm = z.infer<typeof DocumentForm>;

/** Where the result is returned (DESIGN §6): at the counter, by public post, or as a signed PDF. */
export const ResultDelivery = z.enum(['counter', 'post', 'electronic']);
export type ResultDelivery = z.infer<typeof ResultDelivery>;
